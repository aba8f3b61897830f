#pragma once

#include "cache/CacheIntegrityCheck.h"
#include "cache/CipherDatabase.h"
#include "cache/SecureBytes.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <QThreadPool>

#include <functional>

namespace sp {

class CacheQuery;
class CacheReader;
class CacheWriter;
class Clock;
class Profile;
class SecretStore;

// The encrypted offline copy of one account on this computer: opens it with its key from the
// keychain, owns the writer (CacheWriter, in a worker thread of its own) and the read side
// (CacheQuery), checks it, resets it, and removes it (crypto-shredding). It knows nothing of the
// sync: SyncController drives it and writes through writer().
class AccountCache : public QObject
{
    Q_OBJECT
public:
    // Unreadable: wrong key, key really gone (keychain unlocked), or a damaged file: Reset offered,
    // nothing deleted. KeychainLocked: the keychain did not give the key and may be locked; Retry,
    // never Reset.
    enum class State { Closed, Opening, Open, Failed, Unreadable, KeychainLocked };
    Q_ENUM(State)

    AccountCache(SecretStore* secrets, Profile* profile, const Clock* clock, QObject* parent = nullptr);
    // Starts SQLite's and OpenSSL's one-time set-up on a pool thread (CipherDatabase::warmUp), for a start
    // that will open a cache once the keychain has answered: the first open then skips 1-2 ms.
    static void warmUpLibraries() { QThreadPool::globalInstance()->start(&CipherDatabase::warmUp); }
    ~AccountCache() override; // the writer commits what it holds and closes the file

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    CacheQuery* query() const { return m_query; }    // while Open; on this object's thread (core, tests)
    CacheReader* reader() const { return m_reader; } // while Open: the views' reads, on a thread of its own
    CacheWriter* writer() const { return m_writer; } // lives in the worker thread; null before the first open
    QString accountDir() const { return m_accountDir; }

    // Key from the keychain (created for a new cache), open, migrate; opened() follows. Another
    // account's open cache is closed first. Works offline.
    void open(const QString& accountId);
    void retryKeychain(); // after KeychainLocked: read the key again
    // Drops the reader, closes the writer's file (aboutToClose() first), then runs `then`.
    void close(std::function<void()> then = {});
    // The user's "Reset the cache and download again". A damaged or unreadable file is set aside
    // (CacheFiles::setAside) and the key kept; otherwise the key is deleted and, once the keychain
    // confirms the deletion, the files; then the cache opens again. Refused (KeychainLocked, nothing
    // touched) while the keychain is locked or unavailable. `accountId`: the account whose cache to
    // reset when none was opened yet.
    void reset(const QString& accountId);
    // Crypto-shred: the key first (without it the files are noise), then the files;
    // localDataRemoved(summary) follows. `accountId` as for reset().
    void removeLocalData(const QString& accountId);
    // Reads every page in the background (Help > "Check the offline copy"); integrityChecked follows.
    void checkIntegrity() { startCheck(true); }
    // Benchmarks only: the cache without encryption. The app never calls it.
    void setUnencryptedForBenchmark(bool on) { m_unencrypted = on; }

signals:
    void stateChanged(sp::AccountCache::State state);
    // The file is open and query() is set: what it says about the sync so far.
    void opened(const QHash<QString, QString>& cursors, const QHash<QString, qint64>& itemCounts,
                const QDateTime& lastSyncedAt);
    void aboutToClose(); // whatever writes through writer() stops now
    // Damage was found: the cache closes and goes Unreadable right after this signal.
    void damaged(const QString& message);
    void unreadable(const QString& message);                // offer reset, never auto-delete
    void keychainLocked(const QString& message);            // offer Retry and say how to unlock; never Reset
    void integrityChecked(bool ok, const QString& message); // the end of a check the user asked for
    void localDataRemoved(const QString& summary);

private:
    // One attempt at opening (or resetting) the file, alive until close() retires it: the context of
    // the keychain's and the writer's answers about it, and the holder of the key until the reader
    // connection is open. A late answer of a retired attempt finds nothing to act on.
    class Attempt : public QObject
    {
    public:
        using QObject::QObject;
        SecureBytes key;
    };
    void setState(State next);
    void startThread();
    void openWith(Attempt* attempt, const QByteArray& key);
    void onWriterOpened(Attempt* attempt, CipherDatabase::OpenError error, const QString& message,
                        const QHash<QString, QString>& cursors, const QHash<QString, qint64>& counts,
                        const QDateTime& at);
    void fail(const QString& message);
    void locked(const QString& message);
    void setUnreadable(const QString& message);
    void onDamage(bool certain);
    void closeAsDamaged(const QStringList& problems);
    void startCheck(bool byUser);
    void runCheck(const QByteArray& key);
    void onCheckFinished(const CacheIntegrityCheck::Result& result);
    void ensurePaths(const QString& accountId);
    void resetClosed(bool setAside);
    void reopenAfterReset();
    void removeClosedFiles(bool keyOk, const QString& keyMessage);
    bool isCurrent(const QObject* attempt) const { return attempt && attempt == m_attempt; }
    void retireAttempt();

    QPointer<SecretStore> m_secrets;
    Profile* m_profile;
    const Clock* m_clock;
    State m_state = State::Closed;
    QString m_lastError;
    bool m_unencrypted = false;
    QString m_accountId, m_accountDir, m_dbPath, m_keyName;

    QThread m_thread;
    CacheWriter* m_writer = nullptr; // lives in m_thread
    CacheQuery* m_query = nullptr;
    CacheReader* m_reader = nullptr; // a second read connection, for the views
    // The open (or opening) file: the context of every keychain and writer answer about it. close()
    // retires it, so a late answer never acts on a file that was closed, reset or removed.
    Attempt* m_attempt = nullptr;
    std::function<void()> m_afterClose;

    // Integrity checks (after an unclean exit, on request, after a suspicious failure).
    CacheIntegrityCheck* m_check = nullptr;
    QPointer<QObject> m_checkedAttempt; // the file the running check reads
    bool m_checkByUser = false;
    bool m_suspectChecked = false; // one check per open for failures that only may be damage
};

} // namespace sp
