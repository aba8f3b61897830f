#pragma once

#include <QLoggingCategory>

namespace sp {
// The logging categories of core/secrets ("sellerpulse.core.secrets"), declared once for the module.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
} // namespace sp
