#pragma once

#include <QLoggingCategory>

namespace sp {
// The logging categories of core/startup ("sellerpulse.core.startup"), declared once for the module.
Q_DECLARE_LOGGING_CATEGORY(lcStartup)
} // namespace sp
