#pragma once

#include "ExportResult.h"
#include "reports/ReportTypes.h"

#include <QString>

namespace sp {

class ExportControl;
class ReportWriter;

// Writes a report so that the target file either appears whole or not at all, and never through a
// link: the writer fills the open temporary file of an AtomicFileReplacer in the target's folder
// (same file system, so the final rename is atomic), which is flushed to disk and renamed over the
// target; on failure or cancel it is removed.
class AtomicExport
{
public:
    static ExportResult write(ReportWriter& writer, const ReportTable& table, const QString& targetPath,
                              ExportControl* control);
};

} // namespace sp
