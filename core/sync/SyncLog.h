#pragma once

#include <QLoggingCategory>

namespace sp {
// The logging categories of core/sync ("sellerpulse.core.sync"), declared once for the module.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
} // namespace sp
