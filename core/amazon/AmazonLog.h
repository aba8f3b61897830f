#pragma once

#include <QLoggingCategory>

namespace sp {
// The logging categories of core/amazon ("sellerpulse.core.amazon"), declared once for the module.
Q_DECLARE_LOGGING_CATEGORY(lcAmazon)
} // namespace sp
