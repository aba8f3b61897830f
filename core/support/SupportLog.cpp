#include "support/SupportLog.h"

namespace sp {
Q_LOGGING_CATEGORY(lcSupport, "sellerpulse.core.support")
} // namespace sp
