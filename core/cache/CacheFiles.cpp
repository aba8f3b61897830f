#include "cache/CacheFiles.h"

#include "cache/CacheFormatMigration.h"
#include "profile/Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

#include <fcntl.h>
#include <unistd.h>

namespace sp {

namespace {

const QFileDevice::Permissions kFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
const QFileDevice::Permissions kFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const char* const kSuffixes[] = {"", "-wal", "-shm", "-journal"};

// Makes the folder private when this call creates it. A folder that is there already keeps its
// permissions: the cache may be opened in a folder it does not own alone (a test's file in /tmp,
// whose parent is /tmp itself), and the profile's folders above are private already (Profile).
bool makeFolder(const QString& path)
{
    if (QFileInfo(path).isDir())
        return true;
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, kFolder);
}

} // namespace

QString CacheFiles::accountDir(const Profile& profile, const QString& accountId)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    if (!safe.match(accountId).hasMatch())
        return QString();
    return profile.dataDir() + QStringLiteral("/cache/") + accountId;
}

QString CacheFiles::databasePath(const QString& accountDir) { return accountDir + QStringLiteral("/cache.db"); }

bool CacheFiles::prepareFile(const QString& databasePath, QString* message)
{
    const QFileInfo info(databasePath);
    const QString accountDir = info.absolutePath();
    if (!makeFolder(QFileInfo(accountDir).absolutePath()) || !makeFolder(accountDir)) {
        if (message)
            *message = QCoreApplication::translate("sp::CacheFiles", "The cache folder %1 could not be created.")
                           .arg(QDir::toNativeSeparators(accountDir));
        return false;
    }
    if (!info.exists()) {
        const QByteArray native = QFile::encodeName(databasePath);
        const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST) {
            if (message)
                *message = QCoreApplication::translate("sp::CacheFiles", "The cache file %1 could not be created.")
                               .arg(QDir::toNativeSeparators(databasePath));
            return false;
        }
        if (fd >= 0)
            ::close(fd);
    }
    restrictPermissions(databasePath);
    return true;
}

void CacheFiles::restrictPermissions(const QString& databasePath)
{
    for (const char* suffix : kSuffixes) {
        const QString path = databasePath + QLatin1String(suffix);
        if (QFileInfo::exists(path))
            QFile::setPermissions(path, kFile);
    }
}

QStringList CacheFiles::damagedCopies(const QString& accountDir)
{
    QDir dir(accountDir);
    // The timestamp in the name sorts by time; -wal companions are not copies of their own.
    QStringList names = dir.entryList({QStringLiteral("cache.db.damaged-*")}, QDir::Files, QDir::Name | QDir::Reversed);
    names.erase(std::remove_if(names.begin(), names.end(),
                               [](const QString& name) { return name.endsWith(QLatin1String("-wal")); }),
                names.end());
    return names;
}

QString CacheFiles::setAside(const QString& accountDir, const QDateTime& nowUtc, QString* message)
{
    const QString db = databasePath(accountDir);
    const QString aside =
        db + QStringLiteral(".damaged-") + nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QStringList older = damagedCopies(accountDir);
    if (QFileInfo::exists(db) && !QFile::rename(db, aside)) {
        if (message)
            *message =
                QCoreApplication::translate("sp::CacheFiles", "The damaged cache file %1 could not be moved aside.")
                    .arg(QDir::toNativeSeparators(db));
        return QString();
    }
    // The -wal holds committed pages of the same file; the -shm is only an index of it.
    if (QFileInfo::exists(db + QStringLiteral("-wal")))
        QFile::rename(db + QStringLiteral("-wal"), aside + QStringLiteral("-wal"));
    QFile::remove(db + QStringLiteral("-shm"));
    QFile::remove(db + QStringLiteral("-journal"));
    restrictPermissions(aside);
    for (const QString& name : older) {
        const QString path = QDir(accountDir).filePath(name);
        if (path == aside)
            continue;
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
    }
    return QFileInfo(aside).fileName();
}

QStringList CacheFiles::removeAll(const QString& accountDir, bool* ok)
{
    QStringList removed;
    bool allOk = true;
    const QString db = databasePath(accountDir);
    for (const QString& name : damagedCopies(accountDir)) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            const QString path = QDir(accountDir).filePath(name + suffix);
            if (!QFileInfo::exists(path))
                continue;
            if (QFile::remove(path))
                removed.append(name + suffix);
            else
                allOk = false;
        }
    }
    // The cache and, if a conversion to SQLCipher 4's format was interrupted, its partial copy.
    for (const QString& base : {db, CacheFormatMigration::temporaryPath(db)}) {
        for (const char* suffix : kSuffixes) {
            const QString path = base + QLatin1String(suffix);
            if (!QFileInfo::exists(path))
                continue;
            if (QFile::remove(path))
                removed.append(QFileInfo(path).fileName());
            else
                allOk = false;
        }
    }
    QDir dir(accountDir);
    if (dir.exists()) {
        // Only our own files were in it; anything else stays, and so does the folder then.
        if (QDir().rmdir(accountDir))
            removed.append(QFileInfo(accountDir).fileName() + QLatin1Char('/'));
        else
            allOk = false;
    }
    if (ok)
        *ok = allOk;
    return removed;
}

} // namespace sp
