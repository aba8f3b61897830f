#include "account/AccountLog.h"

namespace sp {
Q_LOGGING_CATEGORY(lcAccount, "sellerpulse.core.account")
} // namespace sp
