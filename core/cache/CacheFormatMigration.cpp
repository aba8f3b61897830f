#include "cache/CacheFormatMigration.h"

#include "cache/CacheIntegrityCheck.h"
#include "cache/CacheLog.h"
#include "cache/CipherDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QMutex>
#include <QPair>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace sp {

namespace {

using TableCounts = QList<QPair<QString, qint64>>;

QString tr(const char* text) { return QCoreApplication::translate("sp::CacheFormatMigration", text); }

QMutex s_hookLock;
CacheFormatMigration::StepHook s_hook;

void reached(CacheFormatMigration::Step step)
{
    CacheFormatMigration::StepHook hook;
    {
        QMutexLocker locker(&s_hookLock);
        hook = s_hook;
    }
    if (hook)
        hook(step);
}

const char* const kCompanions[] = {"", "-journal", "-wal", "-shm"};

bool removeTemporary(const QString& temporary)
{
    bool removedAny = false;
    for (const char* suffix : kCompanions) {
        const QString file = temporary + QLatin1String(suffix);
        if (QFileInfo(file).exists() || QFileInfo(file).isSymLink())
            removedAny = QFile::remove(file) || removedAny;
    }
    return removedAny;
}

// Created here, 0600, never through a name someone else placed (O_EXCL, O_NOFOLLOW): SQLite then
// opens an existing empty file, which it reads as an empty database, and gives its journal the
// same mode.
bool createPrivateFile(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

// fsync of a file or a folder: the copy's bytes before the rename, the rename itself after it.
bool syncToDisk(const QString& path, bool folder)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | (folder ? O_DIRECTORY : O_NOFOLLOW));
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

QByteArray quoted(const QString& identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return (QLatin1Char('"') + escaped + QLatin1Char('"')).toUtf8();
}

// Every table's row count (names from the file's own schema, which its key authenticates).
bool countRows(CipherDatabase& db, TableCounts* counts)
{
    QStringList names;
    {
        auto tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 ORDER BY name");
        if (!tables.isValid())
            return false;
        CipherDatabase::Statement::Step step;
        while ((step = tables.step()) == CipherDatabase::Statement::Step::Row)
            names.append(tables.text(0));
        if (step == CipherDatabase::Statement::Step::Error)
            return false;
    }
    counts->clear();
    for (const QString& name : names) {
        const QByteArray sql = "SELECT count(*) FROM " + quoted(name);
        const qint64 count = db.scalar(sql.constData(), -1);
        if (count < 0)
            return false;
        counts->append({name, count});
    }
    return true;
}

qint64 totalRows(const TableCounts& counts)
{
    qint64 total = 0;
    for (const auto& table : counts)
        total += table.second;
    return total;
}

// The copy, opened alone the way the app opens its cache, must hold what the old file holds.
bool verifyCopy(const QString& temporary, const QByteArray& key, const TableCounts& expected, int userVersion,
                QString* problem)
{
    CipherDatabase::OpenError error = CipherDatabase::OpenError::None;
    QString message;
    auto copy = CipherDatabase::open(temporary, key, CipherDatabase::Role::Reader, &error, &message);
    if (!copy) {
        *problem = QStringLiteral("the copy does not open: %1").arg(message);
        return false;
    }
    const CacheIntegrityCheck::Result check = CacheIntegrityCheck::run(*copy);
    if (check.outcome != CacheIntegrityCheck::Outcome::Ok) {
        *problem = QStringLiteral("the copy fails its integrity check: %1 %2")
                       .arg(check.problems.join(QStringLiteral("; ")), check.message);
        return false;
    }
    if (copy->userVersion() != userVersion) {
        *problem = QStringLiteral("the copy's schema version is %1, not %2").arg(copy->userVersion()).arg(userVersion);
        return false;
    }
    TableCounts counts;
    if (!countRows(*copy, &counts) || counts != expected) {
        *problem = QStringLiteral("the copy's row counts differ from the old file's");
        return false;
    }
    return true;
}

} // namespace

const char* CacheFormatMigration::stepName(Step step)
{
    switch (step) {
    case Step::Detected:
        return "Detected";
    case Step::Checkpointed:
        return "Checkpointed";
    case Step::Exporting:
        return "Exporting";
    case Step::Exported:
        return "Exported";
    case Step::Verified:
        return "Verified";
    case Step::Swapped:
        return "Swapped";
    }
    return "";
}

QString CacheFormatMigration::temporaryPath(const QString& path) { return path + QStringLiteral(".migrating"); }

void CacheFormatMigration::setStepHookForTests(StepHook hook)
{
    QMutexLocker locker(&s_hookLock);
    s_hook = std::move(hook);
}

void CacheFormatMigration::removeLeftovers(const QString& path)
{
    // The cache opened in the current format, so a copy still lying beside it is an older attempt's.
    if (removeTemporary(temporaryPath(path)))
        qCInfo(lcCache) << "removed the leftovers of an interrupted cache conversion";
}

CacheFormatMigration::Outcome CacheFormatMigration::run(const QString& path, const QByteArray& key, QString* message)
{
    if (key.isEmpty())
        return Outcome::NotOldFormat;
    CipherDatabase::OpenError openError = CipherDatabase::OpenError::None;
    QString openMessage;
    auto old = CipherDatabase::open(path, key, CipherDatabase::Role::Writer, &openError, &openMessage,
                                    CipherDatabase::Format::Sqlcipher3);
    if (!old) {
        qCInfo(lcCache) << "the cache does not read as an SQLCipher 3 file either; it is not converted";
        return Outcome::NotOldFormat;
    }
    qCInfo(lcCache) << "the cache was written by SQLCipher 3; converting it to SQLCipher 4's format";
    reached(Step::Detected);
    const QString temporary = temporaryPath(path);
    // The main file still is the old one, so any copy beside it is an interrupted attempt's: start over.
    if (removeTemporary(temporary))
        qCInfo(lcCache) << "discarded what an interrupted conversion left beside the cache";

    auto failed = [&](const QString& problem, bool diskFull) {
        qCWarning(lcCache).noquote() << "cache conversion failed, the old file is kept:" << problem;
        old.reset();
        removeTemporary(temporary);
        if (message)
            *message = diskFull ? tr("The offline copy on this computer could not be converted to the new format: "
                                     "the disk is full. Free some space and start the app again.")
                                : tr("The offline copy on this computer could not be converted to the new format. "
                                     "You can reset it and download your data again.");
        return diskFull ? Outcome::DiskFull : Outcome::Failed;
    };

    TableCounts counts;
    const int userVersion = old->userVersion();
    if (!countRows(*old, &counts) || userVersion < 0)
        return failed(QStringLiteral("the old file could not be read: %1").arg(old->lastError()), false);
    // Leaving WAL mode checkpoints the old -wal into the file and deletes it: a -wal must never
    // outlive its file, since SQLite would replay it into the new file that takes the name.
    {
        // SQLite answers the mode it is in: "wal" still when another connection holds the file.
        auto leaveWal = old->prepare("PRAGMA journal_mode = DELETE");
        const bool left = leaveWal.isValid() && leaveWal.step() == CipherDatabase::Statement::Step::Row
                          && leaveWal.text(0) == QLatin1String("delete");
        if (!left)
            return failed(QStringLiteral("checkpoint: %1").arg(old->lastError()), old->lastErrorIsDiskFull());
    }
    reached(Step::Checkpointed);

    if (!createPrivateFile(temporary)) {
        const int code = errno;
        return failed(QStringLiteral("cannot create the copy: %1").arg(QString::fromLocal8Bit(strerror(code))),
                      code == ENOSPC);
    }
    if (!old->attach(temporary, "migrated", key))
        return failed(QStringLiteral("attach: %1").arg(old->lastError()), old->lastErrorIsDiskFull());
    // SQLCipher 4's defaults for the copy, named (the old connection runs with 3's), as
    // CipherDatabase::open reads every current file. No journal on disk: a half-written copy is
    // discarded anyway, and the copy is flushed to disk before the swap.
    if (!old->exec("PRAGMA migrated.cipher_compatibility = 4") || !old->exec("PRAGMA migrated.journal_mode = MEMORY")
        || !old->exec("PRAGMA migrated.synchronous = OFF"))
        return failed(QStringLiteral("preparing the copy: %1").arg(old->lastError()), false);
    {
        QMutexLocker locker(&s_hookLock);
        if (s_hook)
            old->setProgressHandler(10000, [] {
                reached(Step::Exporting);
                return false;
            });
    }
    const bool exported = old->exec("SELECT sqlcipher_export('migrated')");
    old->setProgressHandler(0, nullptr);
    if (!exported)
        return failed(QStringLiteral("export: %1").arg(old->lastError()), old->lastErrorIsDiskFull());
    // sqlcipher_export (4.6.1) leaves user_version at 0 (measured): the schema migrations read it.
    const QByteArray version = "PRAGMA migrated.user_version = " + QByteArray::number(userVersion);
    if (!old->exec(version.constData()) || !old->exec("DETACH DATABASE migrated"))
        return failed(QStringLiteral("finishing the copy: %1").arg(old->lastError()), old->lastErrorIsDiskFull());
    old.reset(); // closes the old file: no -wal, no hot journal is left beside it
    reached(Step::Exported);

    QString problem;
    if (!verifyCopy(temporary, key, counts, userVersion, &problem))
        return failed(problem, false);
    reached(Step::Verified);

    if (!syncToDisk(temporary, false)) {
        const int code = errno;
        return failed(QStringLiteral("flushing the copy failed"), code == ENOSPC);
    }
    // The old file is closed in rollback mode: no -wal and no hot journal of it may remain, or SQLite
    // would apply it to the new file under the same name. A non-empty one means someone else writes.
    for (const char* suffix : {"-wal", "-journal"}) {
        if (QFileInfo(path + QLatin1String(suffix)).size() > 0)
            return failed(QStringLiteral("the old file's %1 is not empty").arg(QLatin1String(suffix)), false);
    }
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    const QByteArray from = QFile::encodeName(temporary), to = QFile::encodeName(path);
    if (::rename(from.constData(), to.constData()) != 0) {
        const int code = errno;
        return failed(QStringLiteral("rename: %1").arg(QString::fromLocal8Bit(strerror(code))), false);
    }
    reached(Step::Swapped);
    // Makes the rename itself durable; the old file's blocks are freed with it.
    if (!syncToDisk(QFileInfo(path).absolutePath(), true))
        qCWarning(lcCache) << "the cache folder could not be flushed after the conversion";
    qCInfo(lcCache).noquote() << QStringLiteral("cache converted to SQLCipher 4's format: %1 tables, %2 rows, "
                                                "checked; the old file is gone")
                                     .arg(counts.size())
                                     .arg(totalRows(counts));
    return Outcome::Migrated;
}

} // namespace sp
