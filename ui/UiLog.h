#pragma once

#include <QLoggingCategory>

namespace sp {
// The ui module's one logging category ("sellerpulse.ui").
Q_DECLARE_LOGGING_CATEGORY(lcUi)
} // namespace sp
