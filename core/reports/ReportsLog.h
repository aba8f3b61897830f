#pragma once

#include <QLoggingCategory>

namespace sp {
// The logging categories of core/reports ("sellerpulse.core.reports"), declared once for the module.
Q_DECLARE_LOGGING_CATEGORY(lcReports)
} // namespace sp
