#include "UiLog.h"

namespace sp {
Q_LOGGING_CATEGORY(lcUi, "sellerpulse.ui")
} // namespace sp
