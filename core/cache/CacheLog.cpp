#include "cache/CacheLog.h"

namespace sp {
Q_LOGGING_CATEGORY(lcCache, "sellerpulse.core.cache")
Q_LOGGING_CATEGORY(lcIntegrity, "sellerpulse.core.cache.integrity")
} // namespace sp
