#pragma once

#include <QLoggingCategory>

namespace sp {
// The logging categories of core/profile ("sellerpulse.core.profile"), declared once for the module.
Q_DECLARE_LOGGING_CATEGORY(lcProfile)
} // namespace sp
