#include "AppLog.h"

namespace sp {
Q_LOGGING_CATEGORY(lcApp, "sellerpulse.app")
} // namespace sp
