#include "FileErrorText.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>

namespace sp {

namespace {

bool isDiskFull(int systemError)
{
#ifdef EDQUOT
    if (systemError == EDQUOT)
        return true;
#endif
    return systemError == ENOSPC;
}

bool isNoPermission(int systemError) { return systemError == EACCES || systemError == EPERM || systemError == EROFS; }

} // namespace

QString FileErrorText::forCreate(const QString& folder, int systemError, const QString& systemText)
{
    const QString shown = QDir::toNativeSeparators(folder);
    const QFileInfo info(folder);
    if (!info.exists())
        return tr("The folder %1 does not exist. Choose another folder.").arg(shown);
    if (!info.isDir())
        return tr("%1 is not a folder. Choose a folder to save the export in.").arg(shown);
    if (isDiskFull(systemError))
        return tr("The disk is full: there is no room for the export in %1. Free some space or choose "
                  "another folder.")
            .arg(shown);
    // ENOENT on an existing folder: a special file system (such as /proc) that refuses new files.
    if (isNoPermission(systemError) || systemError == ENOENT)
        return tr("The export cannot be saved in %1: the folder is read-only or you are not allowed to "
                  "write there. Choose another folder.")
            .arg(shown);
    return tr("The export cannot be saved in %1: %2").arg(shown, systemText);
}

QString FileErrorText::forWrite(const QString& path, int systemError, const QString& systemText)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (isDiskFull(systemError))
        return tr("The disk is full: the export to %1 could not be finished. Free some space or choose "
                  "another folder.")
            .arg(shown);
    if (isNoPermission(systemError))
        return tr("The export to %1 could not be written: the folder is read-only or you are not "
                  "allowed to write there.")
            .arg(shown);
    return tr("The export to %1 could not be written: %2").arg(shown, systemText);
}

QString FileErrorText::forWrite(const QString& path, const QFileDevice& file)
{
    // Qt reports ENOSPC as a ResourceError; PermissionsError covers a read-only file or folder.
    switch (file.error()) {
    case QFileDevice::ResourceError:
        return forWrite(path, ENOSPC, file.errorString());
    case QFileDevice::PermissionsError:
        return forWrite(path, EACCES, file.errorString());
    default:
        return forWrite(path, 0, file.errorString());
    }
}

QString FileErrorText::forRename(const QString& target, int systemError, const QString& systemText)
{
    const QString shown = QDir::toNativeSeparators(target);
    if (systemError == EISDIR)
        return tr("%1 is a folder: choose another file name.").arg(shown);
    if (isNoPermission(systemError) || systemError == EBUSY)
        return tr("The export could not replace %1: the file is read-only or in use.").arg(shown);
    return tr("The export could not be saved as %1: %2").arg(shown, systemText);
}

} // namespace sp
