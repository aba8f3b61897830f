#pragma once

#include <QLoggingCategory>

namespace sp {
// The logging categories of core/account ("sellerpulse.core.account"), declared once for the module.
Q_DECLARE_LOGGING_CATEGORY(lcAccount)
} // namespace sp
