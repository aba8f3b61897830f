#include "alerts/AlertsLog.h"

namespace sp {
Q_LOGGING_CATEGORY(lcAlerts, "sellerpulse.core.alerts")
} // namespace sp
