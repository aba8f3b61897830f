#pragma once

#include <QLoggingCategory>

namespace sp {
// The logging categories of core/cache ("sellerpulse.core.cache", "sellerpulse.core.cache.integrity"), declared once for the module.
Q_DECLARE_LOGGING_CATEGORY(lcCache)
Q_DECLARE_LOGGING_CATEGORY(lcIntegrity)
} // namespace sp
