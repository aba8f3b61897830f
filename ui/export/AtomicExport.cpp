#include "AtomicExport.h"

#include "ExportControl.h"
#include "ExportLog.h"
#include "FileErrorText.h"
#include "ReportWriter.h"
#include "common/AtomicFileReplacer.h"

#include <QFileInfo>

namespace sp {

namespace {

QString failureText(const AtomicFileReplacer& file, const QString& targetPath)
{
    const int systemError = file.systemError();
    switch (file.failure()) {
    case AtomicFileReplacer::Failure::Create:
        return FileErrorText::forCreate(QFileInfo(targetPath).absolutePath(), systemError,
                                        qt_error_string(systemError));
    case AtomicFileReplacer::Failure::Write:
        return FileErrorText::forWrite(targetPath, systemError, qt_error_string(systemError));
    case AtomicFileReplacer::Failure::Rename:
    case AtomicFileReplacer::Failure::TargetIsFolder:
        return FileErrorText::forRename(targetPath, systemError, qt_error_string(systemError));
    case AtomicFileReplacer::Failure::TargetIsLink:
    case AtomicFileReplacer::Failure::Swapped:
    case AtomicFileReplacer::Failure::None:
        break;
    }
    return file.errorString();
}

} // namespace

ExportResult AtomicExport::write(ReportWriter& writer, const ReportTable& table, const QString& targetPath,
                                 ExportControl* control)
{
    AtomicFileReplacer file(targetPath); // removes the unfinished file on every early return
    if (!file.open()) {
        qCWarning(lcExport) << "cannot start the export file, errno" << file.systemError();
        return ExportResult::failed(failureText(file, targetPath));
    }

    ExportResult result = writer.writeTo(table, file.file(), targetPath, control);
    if (!result.isOk())
        return result;
    if (control && control->isCancelled())
        return ExportResult::cancelled();

    if (!file.commit()) {
        qCWarning(lcExport) << "could not move the export into place, failure" << int(file.failure()) << "errno"
                            << file.systemError();
        return ExportResult::failed(failureText(file, targetPath));
    }
    qCInfo(lcExport) << "exported" << table.rows.size() << "rows as" << writer.suffix();
    return ExportResult::ok(file.targetPath());
}

} // namespace sp
