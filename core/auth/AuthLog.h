#pragma once

#include <QLoggingCategory>

namespace sp {
// The logging categories of core/auth ("sellerpulse.core.auth"), declared once for the module.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
} // namespace sp
