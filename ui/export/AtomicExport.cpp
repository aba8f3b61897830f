#include "AtomicExport.h"

#include "ExportControl.h"
#include "ExportLog.h"
#include "FileErrorText.h"
#include "ReportWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace sp {

namespace {

// Replaces `to` by `from` in one step (rename(2) replaces an existing file atomically).
bool replaceFile(const QString& from, const QString& to, int* systemError)
{
#ifdef Q_OS_WIN
    if (MoveFileExW(reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(from).utf16()),
                    reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(to).utf16()),
                    MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return true;
    *systemError = GetLastError() == ERROR_ACCESS_DENIED ? EACCES : 0;
    return false;
#else
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    *systemError = errno;
    return false;
#endif
}

// The data reaches the disk before the rename makes it visible: after a power cut the target holds
// the old file or the whole new one, never an empty one.
bool syncToDisk(const QString& path, int* systemError)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path);
    Q_UNUSED(systemError);
    return true;
#else
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *systemError = errno;
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    if (!ok)
        *systemError = errno;
    ::close(fd);
    return ok;
#endif
}

} // namespace

ExportResult AtomicExport::write(ReportWriter& writer, const ReportTable& table, const QString& targetPath,
                                 ExportControl* control)
{
    const QFileInfo target(targetPath);
    const QString folder = target.absolutePath();
    if (target.isDir())
        return ExportResult::failed(FileErrorText::forRename(targetPath, EISDIR, QString()));

    // A hidden name beside the target: the rename stays on one file system.
    QTemporaryFile temporary(QDir(folder).filePath(QLatin1Char('.') + target.fileName()
                                                   + QLatin1String(".XXXXXX.part")));
    temporary.setAutoRemove(false);
    errno = 0;
    if (!temporary.open()) {
        const int systemError = errno;
        qCWarning(lcExport) << "cannot create a file in the export folder:" << temporary.errorString();
        return ExportResult::failed(FileErrorText::forCreate(folder, systemError, temporary.errorString()));
    }
    const QString temporaryPath = temporary.fileName();
    temporary.close();
    bool keep = false;
    const auto removeTemporary = qScopeGuard([&] {
        if (!keep && QFile::exists(temporaryPath) && !QFile::remove(temporaryPath))
            qCWarning(lcExport) << "could not remove the unfinished export" << temporaryPath;
    });

    ExportResult result = writer.write(table, temporaryPath, control);
    if (!result.isOk())
        return result;
    if (control && control->isCancelled())
        return ExportResult::cancelled();

    int systemError = 0;
    if (!syncToDisk(temporaryPath, &systemError))
        return ExportResult::failed(FileErrorText::forWrite(targetPath, systemError, qt_error_string(systemError)));
    if (!replaceFile(temporaryPath, target.absoluteFilePath(), &systemError)) {
        qCWarning(lcExport) << "could not move the export into place, errno" << systemError;
        return ExportResult::failed(FileErrorText::forRename(targetPath, systemError, qt_error_string(systemError)));
    }
    keep = true;
    qCInfo(lcExport) << "exported" << table.rows.size() << "rows as" << writer.suffix();
    return ExportResult::ok(target.absoluteFilePath());
}

} // namespace sp
