#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sp {

class Profile;

// Where an account's cache lives and how its files are created and removed: folders 0700, files
// 0600 (the -wal and -shm files included).
class CacheFiles
{
public:
    // <profile data dir>/cache/<account id>; empty when the id cannot name a folder.
    static QString accountDir(const Profile& profile, const QString& accountId);
    static QString databasePath(const QString& accountDir); // .../cache.db
    // Creates the folders (0700) and, if missing, an empty file with 0600 before SQLite sees it:
    // SQLite gives the -wal and -shm files the database file's mode, so no umask widens them.
    static bool prepareFile(const QString& databasePath, QString* message);
    static void restrictPermissions(const QString& databasePath);
    // Deletes the database, -wal, -shm (and -journal), any damaged copy set aside, the partial copy of
    // an interrupted format conversion (cache.db.migrating) and the folder;
    // returns what was deleted.
    static QStringList removeAll(const QString& accountDir, bool* ok);
    // A damaged cache is never deleted on its own and never shown as empty: it is renamed to
    // cache.db.damaged-<UTC yyyyMMddThhmmssZ> (with its -wal) in the same 0700 folder, for support;
    // an older damaged copy goes (one is enough to look at). Returns the new name, empty on failure.
    static QString setAside(const QString& accountDir, const QDateTime& nowUtc, QString* message);
    // The damaged copies in the folder (file names, newest first).
    static QStringList damagedCopies(const QString& accountDir);
};

} // namespace sp
