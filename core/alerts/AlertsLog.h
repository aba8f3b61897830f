#pragma once

#include <QLoggingCategory>

namespace sp {
// The logging categories of core/alerts ("sellerpulse.core.alerts"), declared once for the module.
Q_DECLARE_LOGGING_CATEGORY(lcAlerts)
} // namespace sp
