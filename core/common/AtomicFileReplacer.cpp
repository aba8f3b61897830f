#include "common/AtomicFileReplacer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace sp {

AtomicFileReplacer::AtomicFileReplacer(const QString& targetPath)
    : m_target(QFileInfo(targetPath).absoluteFilePath())
{}

AtomicFileReplacer::~AtomicFileReplacer() { discard(); }

bool AtomicFileReplacer::fail(Failure failure, int systemError)
{
    m_failure = failure;
    m_systemError = systemError;
    return false;
}

bool AtomicFileReplacer::targetIsLink() const
{
#ifdef Q_OS_WIN
    return QFileInfo(m_target).isSymLink();
#else
    struct stat info;
    return ::lstat(QFile::encodeName(m_target).constData(), &info) == 0 && S_ISLNK(info.st_mode);
#endif
}

// The temporary name still names the file this descriptor wrote (nobody renamed, removed or
// replaced it by a link meanwhile).
bool AtomicFileReplacer::temporaryIsStillOurs() const
{
#ifdef Q_OS_WIN
    return !QFileInfo(m_temporaryPath).isSymLink();
#else
    struct stat written;
    struct stat named;
    if (::fstat(m_file.handle(), &written) != 0 || ::lstat(QFile::encodeName(m_temporaryPath).constData(), &named) != 0)
        return false;
    return S_ISREG(named.st_mode) && named.st_dev == written.st_dev && named.st_ino == written.st_ino;
#endif
}

bool AtomicFileReplacer::open()
{
    const QFileInfo target(m_target);
    if (targetIsLink())
        return fail(Failure::TargetIsLink, ELOOP);
    if (target.isDir())
        return fail(Failure::TargetIsFolder, EISDIR);
    // A hidden name beside the target: the rename stays on one file system. QTemporaryFile creates
    // it with O_CREAT|O_EXCL (an existing name, link or not, is never opened) and mode 0600.
    m_file.setFileTemplate(
        QDir(target.absolutePath()).filePath(QLatin1Char('.') + target.fileName() + QLatin1String(".XXXXXX.part")));
    m_file.setAutoRemove(false); // removed by name below, only while it is still ours
    errno = 0;
    if (!m_file.open())
        return fail(Failure::Create, errno ? errno : EACCES);
    m_temporaryPath = m_file.fileName();
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool AtomicFileReplacer::flushToDisk()
{
    if (!m_file.isOpen())
        return fail(Failure::Write, EBADF);
    errno = 0;
    if (!m_file.flush() || m_file.error() != QFileDevice::NoError)
        return fail(Failure::Write, errno ? errno : EIO);
#ifndef Q_OS_WIN
    if (::fsync(m_file.handle()) != 0)
        return fail(Failure::Write, errno);
#endif
    return true;
}

bool AtomicFileReplacer::commit()
{
    // The data reaches the disk before the rename makes it visible: after a power cut the target
    // holds the old file or the whole new one, never an empty one.
    if (!flushToDisk())
        return false;
    if (!temporaryIsStillOurs())
        return fail(Failure::Swapped, EEXIST);
    if (targetIsLink())
        return fail(Failure::TargetIsLink, ELOOP);
#ifdef Q_OS_WIN
    m_file.close(); // Windows renames no open file
    if (!MoveFileExW(reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(m_temporaryPath).utf16()),
                     reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(m_target).utf16()),
                     MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return fail(Failure::Rename, GetLastError() == ERROR_ACCESS_DENIED ? EACCES : EIO);
#else
    // rename(2) neither follows a link at the target nor at the temporary name: it moves names.
    if (std::rename(QFile::encodeName(m_temporaryPath).constData(), QFile::encodeName(m_target).constData()) != 0)
        return fail(Failure::Rename, errno);
    m_file.close();
    // The new name itself reaches the disk too.
    const int folder =
        ::open(QFile::encodeName(QFileInfo(m_target).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
#endif
    m_committed = true;
    m_failure = Failure::None;
    m_systemError = 0;
    return true;
}

void AtomicFileReplacer::discard()
{
    if (m_committed || m_temporaryPath.isEmpty())
        return;
    // Only our own file goes: a name someone else took over meanwhile is left alone.
    const bool ours = m_file.isOpen() && temporaryIsStillOurs();
    m_file.close();
    if (ours)
        QFile::remove(m_temporaryPath);
    m_temporaryPath.clear();
}

QString AtomicFileReplacer::errorString() const
{
    const QString name = QDir::toNativeSeparators(m_target);
    const QString system = m_systemError ? qt_error_string(m_systemError) : QString();
    switch (m_failure) {
    case Failure::None:
        return QString();
    case Failure::TargetIsLink:
        return QCoreApplication::translate("sp::AtomicFileReplacer",
                                           "%1 is a symbolic link. For safety SellerPulse does not write through "
                                           "links: choose the file itself or another name.")
            .arg(name);
    case Failure::TargetIsFolder:
        return QCoreApplication::translate("sp::AtomicFileReplacer", "%1 is a folder: choose a file name.").arg(name);
    case Failure::Create:
        return QCoreApplication::translate("sp::AtomicFileReplacer", "A file could not be created in %1: %2")
            .arg(QDir::toNativeSeparators(QFileInfo(m_target).absolutePath()), system);
    case Failure::Write:
        return QCoreApplication::translate("sp::AtomicFileReplacer", "%1 could not be written: %2").arg(name, system);
    case Failure::Swapped:
        return QCoreApplication::translate("sp::AtomicFileReplacer",
                                           "Another program changed the unfinished file while %1 was being "
                                           "written, so it was not saved. Please try again.")
            .arg(name);
    case Failure::Rename:
        return QCoreApplication::translate("sp::AtomicFileReplacer", "The file could not be saved as %1: %2")
            .arg(name, system);
    }
    return QString();
}

bool AtomicFileReplacer::writeWhole(const QString& path, const QByteArray& bytes, QString* error)
{
    AtomicFileReplacer out(path);
    QString reason;
    if (!out.open())
        reason = out.errorString();
    else if (out.file().write(bytes) != bytes.size())
        reason = out.file().errorString();
    else if (!out.commit())
        reason = out.errorString();
    else
        return true;
    if (error)
        *error = reason;
    return false;
}

} // namespace sp
