#include "secrets/SecretsLog.h"

namespace sp {
Q_LOGGING_CATEGORY(lcSecrets, "sellerpulse.core.secrets")
} // namespace sp
