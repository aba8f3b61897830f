#include "auth/AuthLog.h"

namespace sp {
Q_LOGGING_CATEGORY(lcAuth, "sellerpulse.core.auth")
} // namespace sp
