#include "reports/ReportsLog.h"

namespace sp {
Q_LOGGING_CATEGORY(lcReports, "sellerpulse.core.reports")
} // namespace sp
