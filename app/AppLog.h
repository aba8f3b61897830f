#pragma once

#include <QLoggingCategory>

namespace sp {
// The app module's one logging category ("sellerpulse.app").
Q_DECLARE_LOGGING_CATEGORY(lcApp)
} // namespace sp
