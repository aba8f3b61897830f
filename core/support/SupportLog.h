#pragma once

#include <QLoggingCategory>

namespace sp {
// The logging categories of core/support ("sellerpulse.core.support"), declared once for the module.
Q_DECLARE_LOGGING_CATEGORY(lcSupport)
} // namespace sp
