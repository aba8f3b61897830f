#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace sp {

class AccountCache;
class CacheQuery;
class CacheReader;
class Clock;
class Profile;
class SecretStore;
class Session;
class SyncRun;

struct SyncProgress
{
    QString resource; // "marketplaces", "products", "inventory", "orders", "financial-events",
                      // "unit-costs"
    qint64 done = 0;
    qint64 estimatedTotal = -1; // -1: unknown
};

// The offline cache of the signed-in account and its synchronisation with the server: opens the
// encrypted cache (key from the keychain), syncs on demand and on an interval, goes Offline and
// retries when the server cannot be reached. The database work runs in a worker thread.
// A facade: AccountCache holds the file, SyncScheduler says when to sync, a SyncRun syncs once.
//
// Sign-out with removal: call removeLocalData() first and Session::signOut() once
// localDataRemoved() arrived (the key and the files are gone even if the server is unreachable).
class SyncController : public QObject
{
    Q_OBJECT
public:
    // CacheUnreadable: wrong key, key really gone (keychain unlocked), or a damaged file (any read
    // or write, or an integrity check, found a damaged page): Reset offered, nothing deleted.
    // KeychainLocked: the keychain did not give the key and may be locked; Retry, never Reset.
    enum class State { Closed, Opening, Idle, Syncing, Offline, Failed, CacheUnreadable, KeychainLocked };
    Q_ENUM(State)

    SyncController(Session* session, SecretStore* secrets, Profile* profile, const Clock* clock,
                   QObject* parent = nullptr);
    ~SyncController() override; // stops the worker cleanly

    State state() const;
    QDateTime lastSyncedAt() const; // "data as of"; invalid before the first complete sync
    QString lastError() const;      // readable
    CacheQuery* query() const;      // nullptr until the cache is open; dropped after stateChanged(Closed)
    CacheReader* reader() const;    // the same file's reads off the UI thread, for the views; same lifetime
    AccountCache* cache() const;    // the offline copy itself (e.g. for AccountDeletion); lives as long as this
    int intervalMinutes() const;
    qint64 lastRunBytes() const; // response bytes of the last sync (statistics, benchmarks)
    // The last failed run's request, for support (request id, HTTP status); not in lastError().
    QString lastErrorDetails() const { return m_lastErrorDetails; }
    // The disk that holds the cache was full: no sync runs (and no request is sent) until there is
    // room again, checked every 30 s, at syncNow() and at the interval. Ends with the next run.
    bool waitingForSpace() const;

    // For session->account(): key from the keychain (created on first use), open, migrate; then a
    // first sync starts. Works offline (the key is in the keychain).
    void open();
    void syncNow();                       // ignored while a sync runs or before the cache is open
    void cancel();                        // stops after the current transaction
    void setIntervalMinutes(int minutes); // 0 = only on demand; stored in settings sync/intervalMinutes
    // The user's "Reset the cache and download again". A damaged or unreadable file is set aside
    // (CacheFiles::setAside) and the key kept; otherwise the key is deleted and, once the keychain
    // confirms the deletion, the files. Refused (KeychainLocked, nothing touched) while the keychain
    // is locked or unavailable.
    void resetCache();
    void retryKeychain(); // after KeychainLocked: read the key again
    // Help > "Check the offline copy": reads every page in the background; integrityChecked follows.
    void checkIntegrity();
    void removeLocalData(); // crypto-shred; emits localDataRemoved(summary)

    // Tests: the total time retries of one sync may take before it fails (default 2 minutes), and
    // the first and largest offline retry delay (defaults 5 s and 5 minutes).
    void setRetryBudgetMs(qint64 ms);
    // The first wait after a transient error (doubling from there); tests shorten it.
    void setRetryBaseDelayMs(qint64 ms);
    void setOfflineRetryDelaysMs(qint64 firstMs, qint64 maxMs);
    void setPageLimit(int rows); // rows per page requested (1..1000, default 500); tests use small pages
    // Tests: the overall deadline of each page request (default: ApiClient's), the rows a listing may
    // bring in one run beyond twice its previous count (CursorGuard), how often a sync waiting for
    // disk space looks again.
    void setRequestDeadlineMs(int ms);
    void setCursorGuardRowFloor(qint64 rows);
    void setSpaceCheckIntervalMs(int ms);
    // Benchmarks only: open the cache without encryption. The app never calls it.
    void setUnencryptedForBenchmark(bool on);

signals:
    void stateChanged(sp::SyncController::State state);
    void progress(const sp::SyncProgress& progress);
    void syncFinished(bool ok, const QString& message);
    void lastSyncedAtChanged(const QDateTime& at);
    void cacheUnreadable(const QString& message);           // wrong key or damaged file: offer reset, never auto-delete
    void keychainLocked(const QString& message);            // offer Retry and say how to unlock; never Reset
    void integrityChecked(bool ok, const QString& message); // the end of a check the user asked for
    void localDataRemoved(const QString& summary);
    void dataChanged(); // rows were committed: views refresh
    void opened();      // the cache is open and query() is set
    // The disk that holds the cache is full (after syncFinished(false, message)): the sync waits for
    // space, see waitingForSpace().
    void diskFull(const QString& message);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    QString m_lastErrorDetails; // kept here, not in Impl: the facade's file stays small
};

} // namespace sp

Q_DECLARE_METATYPE(sp::SyncProgress)
