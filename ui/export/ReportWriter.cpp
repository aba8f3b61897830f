#include "ReportWriter.h"

#include "AtomicExport.h"

namespace sp {

ExportResult ReportWriter::write(const ReportTable& table, const QString& path, ExportControl* control)
{
    return AtomicExport::write(*this, table, path, control);
}

} // namespace sp
