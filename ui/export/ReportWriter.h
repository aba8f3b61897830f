#pragma once

#include "ExportResult.h"
#include "reports/ReportTypes.h"

#include <QString>

class QFileDevice;

namespace sp {

class ExportControl;

// Writes a ReportTable into one file format. A writer writes into a device it is given (the open
// temporary file of AtomicExport) and never opens a file by name, so nobody can redirect it with a
// link; write() is the whole atomic export into `path`. Runs on any thread; touches no widget.
class ReportWriter
{
public:
    virtual ~ReportWriter() = default;

    // The file name suffix without the dot ("csv").
    virtual QString suffix() const = 0;
    // Writes the whole table into `out` (open for writing; left open). `shownPath` names the file
    // in error messages. `control` (may be null) receives progress and can cancel.
    virtual ExportResult writeTo(const ReportTable& table, QFileDevice& out, const QString& shownPath,
                                 ExportControl* control) = 0;
    // The atomic export of `table` into `path` (AtomicExport::write).
    ExportResult write(const ReportTable& table, const QString& path, ExportControl* control);

protected:
    ReportWriter() = default;
    Q_DISABLE_COPY_MOVE(ReportWriter)
};

} // namespace sp
