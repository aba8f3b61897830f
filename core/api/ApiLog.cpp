#include "api/ApiLog.h"

namespace sp {
Q_LOGGING_CATEGORY(lcApi, "sellerpulse.core.api")
} // namespace sp
