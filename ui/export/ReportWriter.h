#pragma once

#include "ExportResult.h"
#include "reports/ReportTypes.h"

#include <QString>

namespace sp {

class ExportControl;

// Writes a ReportTable into one file format. Writers write straight to `path`; the atomic
// temp-file-and-rename is ExportJob's work, so a writer used on its own may leave a partial file.
// Runs on any thread; touches no widget.
class ReportWriter
{
public:
    virtual ~ReportWriter() = default;

    // The file name suffix without the dot ("csv").
    virtual QString suffix() const = 0;
    // Writes the whole table; `control` (may be null) receives progress and can cancel.
    virtual ExportResult write(const ReportTable& table, const QString& path, ExportControl* control) = 0;

protected:
    ReportWriter() = default;
    Q_DISABLE_COPY_MOVE(ReportWriter)
};

} // namespace sp
