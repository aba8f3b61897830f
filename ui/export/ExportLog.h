#pragma once

#include <QLoggingCategory>

namespace sp {
// The export module's one logging category ("sellerpulse.ui.export"). Never logs cell values.
Q_DECLARE_LOGGING_CATEGORY(lcExport)
} // namespace sp
