#include "ExportLog.h"

namespace sp {
Q_LOGGING_CATEGORY(lcExport, "sellerpulse.ui.export")
} // namespace sp
