#pragma once

#include <QLoggingCategory>

namespace sp {
// The logging categories of core/api ("sellerpulse.core.api"), declared once for the module.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
} // namespace sp
