#include "sync/SyncLog.h"

namespace sp {
Q_LOGGING_CATEGORY(lcSync, "sellerpulse.core.sync")
} // namespace sp
