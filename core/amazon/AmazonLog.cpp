#include "amazon/AmazonLog.h"

namespace sp {
Q_LOGGING_CATEGORY(lcAmazon, "sellerpulse.core.amazon")
} // namespace sp
