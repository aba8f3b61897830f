#include "startup/StartupLog.h"

namespace sp {
Q_LOGGING_CATEGORY(lcStartup, "sellerpulse.core.startup")
} // namespace sp
