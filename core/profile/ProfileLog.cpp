#include "profile/ProfileLog.h"

namespace sp {
Q_LOGGING_CATEGORY(lcProfile, "sellerpulse.core.profile")
} // namespace sp
