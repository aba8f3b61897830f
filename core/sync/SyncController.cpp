#include "sync/SyncController.h"

#include "auth/Session.h"
#include "cache/AccountCache.h"
#include "common/Clock.h"
#include "sync/SyncRun.h"
#include "sync/SyncScheduler.h"

namespace sp {

// The facade: joins AccountCache (the file), SyncScheduler (when) and one SyncRun into the State the UI shows.
struct SyncController::Impl
{
    SyncController* q;
    QPointer<Session> session;
    const Clock* clock;
    std::unique_ptr<AccountCache> cache;
    std::unique_ptr<SyncScheduler> scheduler;
    SyncRun* run = nullptr; // the running sync, or null
    SyncRun::Settings settings{};

    State state = State::Closed;
    QDateTime lastSyncedAt{};
    QString lastError{};
    qint64 lastRunBytes = 0;
    QHash<QString, QString> cursors{};   // as committed by the last run (or read at open)
    QHash<QString, qint64> itemCounts{}; // after the last complete sync, for estimates

    QString accountId() const { return session ? session->account().id : QString(); }
    void setState(State next)
    {
        if (state == next)
            return;
        state = next;
        emit q->stateChanged(next);
    }

    void onCacheState(AccountCache::State cacheState)
    {
        using Cache = AccountCache::State;
        if (cacheState == Cache::Failed || cacheState == Cache::Unreadable || cacheState == Cache::KeychainLocked)
            lastError = cache->lastError();
        switch (cacheState) {
        case Cache::Open:
            return; // onOpened follows
        case Cache::Closed:
            return setState(State::Closed);
        case Cache::Opening:
            return setState(State::Opening);
        case Cache::Failed:
            return setState(State::Failed);
        case Cache::Unreadable:
            return setState(State::CacheUnreadable);
        case Cache::KeychainLocked:
            return setState(State::KeychainLocked);
        }
    }

    void onOpened(const QHash<QString, QString>& storedCursors, const QHash<QString, qint64>& counts,
                  const QDateTime& at)
    {
        cursors = storedCursors;
        itemCounts = counts;
        if (lastSyncedAt != at) {
            lastSyncedAt = at;
            emit q->lastSyncedAtChanged(at);
        }
        lastError.clear();
        setState(State::Idle);
        emit q->opened();
        emit q->dataChanged();
        scheduler->setAccountDir(cache->accountDir());
        scheduler->restartInterval(true);
        startRun();
    }

    // A closing cache stops the sync at once: the run's late replies go with it.
    void dropRun() { delete std::exchange(run, nullptr); }

    void startRun(bool byUser = false)
    {
        if (!cache->query() || run)
            return;
        // Waiting for space: the message again (e.g. Retry with the disk still full), and no request to
        // the server: nothing could be stored.
        if (scheduler->waitingForSpace() && !scheduler->enoughSpace(byUser))
            return stopped(scheduler->diskFullMessage(), false, false, true);
        scheduler->runStarting();
        run = new SyncRun(session, cache->writer(), clock, cache->accountDir(), settings, cursors, itemCounts, q);
        QObject::connect(run, &SyncRun::progress, q, &SyncController::progress);
        QObject::connect(run, &SyncRun::dataChanged, q, &SyncController::dataChanged);
        QObject::connect(run, &SyncRun::finished, q,
                         [this](SyncRun::Outcome outcome, const QString& message) { onRunFinished(outcome, message); });
        setState(State::Syncing);
        run->start();
    }

    void onRunFinished(SyncRun::Outcome outcome, const QString& message)
    {
        SyncRun* ended = std::exchange(run, nullptr);
        ended->deleteLater(); // this runs inside its finished()
        cursors = ended->cursors();
        lastRunBytes = ended->bytes();
        q->m_lastErrorDetails = outcome == SyncRun::Outcome::Succeeded ? QString() : ended->errorDetails();
        switch (outcome) {
        case SyncRun::Outcome::Succeeded:
            itemCounts = ended->itemCounts();
            scheduler->runSucceeded();
            lastError.clear();
            lastSyncedAt = clock->nowUtc();
            emit q->lastSyncedAtChanged(lastSyncedAt);
            setState(State::Idle);
            emit q->dataChanged();
            emit q->syncFinished(true, message);
            return;
        case SyncRun::Outcome::Offline: // the scheduler retries in the background
            lastError = message;
            setState(State::Offline);
            emit q->syncFinished(false, message);
            return scheduler->scheduleOfflineRetry();
        case SyncRun::Outcome::Failed:
        case SyncRun::Outcome::Cancelled:
            if (ended->stoppedForSpace())
                scheduler->waitForSpace(ended->neededBytes(), ended->freeAtDiskFull());
            return stopped(message, outcome == SyncRun::Outcome::Cancelled, ended->anyAnswer(),
                           ended->stoppedForSpace());
        }
    }

    // A run failed or was cancelled (`rowsCommitted`: views refresh), or could not start for lack of space.
    void stopped(const QString& message, bool cancelled, bool rowsCommitted, bool forSpace)
    {
        if (!cancelled)
            lastError = message;
        setState(cancelled ? State::Idle : State::Failed);
        if (rowsCommitted)
            emit q->dataChanged();
        emit q->syncFinished(false, message);
        if (forSpace && !cancelled) {
            emit q->diskFull(message);
            scheduler->startSpaceChecks();
        }
    }
};

SyncController::SyncController(Session* session, SecretStore* secrets, Profile* profile, const Clock* clock,
                               QObject* parent)
    : QObject(parent)
    , d(new Impl{this, session, clock, std::make_unique<AccountCache>(secrets, profile, clock),
                 std::make_unique<SyncScheduler>(profile)})
{
    qRegisterMetaType<sp::SyncProgress>();
    AccountCache* cache = d->cache.get();
    connect(cache, &AccountCache::stateChanged, this, [this](AccountCache::State s) { d->onCacheState(s); });
    connect(cache, &AccountCache::opened, this,
            [this](const QHash<QString, QString>& cursors, const QHash<QString, qint64>& counts, const QDateTime& at) {
                d->onOpened(cursors, counts, at);
            });
    connect(cache, &AccountCache::aboutToClose, this, [this] {
        d->dropRun();
        d->scheduler->stop();
    });
    connect(cache, &AccountCache::damaged, this, [this](const QString& message) {
        if (d->run)
            emit syncFinished(false, message);
    });
    connect(cache, &AccountCache::unreadable, this, &SyncController::cacheUnreadable);
    connect(cache, &AccountCache::keychainLocked, this, &SyncController::keychainLocked);
    connect(cache, &AccountCache::integrityChecked, this, &SyncController::integrityChecked);
    connect(cache, &AccountCache::localDataRemoved, this, &SyncController::localDataRemoved);
    SyncScheduler* scheduler = d->scheduler.get();
    connect(scheduler, &SyncScheduler::intervalDue, this, [this] {
        if (d->state == State::Idle || d->state == State::Failed)
            d->startRun();
    });
    connect(scheduler, &SyncScheduler::offlineRetryDue, this, [this] { d->startRun(); });
    connect(scheduler, &SyncScheduler::roomAgain, this, [this] { d->startRun(); }); // no run: nothing to stop
    if (session)
        connect(session, &Session::ended, this, [this] {
            if (d->run)
                d->run->stop(tr("Your session has ended. Sign in again to sync."));
        });
}

SyncController::~SyncController()
{
    d->dropRun(); // then the cache stops its worker: the writer commits what it holds and closes the file
}

SyncController::State SyncController::state() const { return d->state; }
QDateTime SyncController::lastSyncedAt() const { return d->lastSyncedAt; }
QString SyncController::lastError() const { return d->lastError; }
CacheQuery* SyncController::query() const { return d->cache->query(); }
CacheReader* SyncController::reader() const { return d->cache->reader(); }
AccountCache* SyncController::cache() const { return d->cache.get(); }
int SyncController::intervalMinutes() const { return d->scheduler->intervalMinutes(); }
qint64 SyncController::lastRunBytes() const { return d->lastRunBytes; }

bool SyncController::waitingForSpace() const
{
    return d->scheduler->waitingForSpace() || (d->run && d->run->stoppedForSpace());
}

void SyncController::open()
{
    if (d->state != State::Opening && d->state != State::Syncing)
        d->cache->open(d->accountId());
}

void SyncController::syncNow()
{
    if (d->state == State::Idle || d->state == State::Offline || d->state == State::Failed)
        d->startRun(true);
}

void SyncController::cancel()
{
    if (d->run)
        d->run->cancel();
}

void SyncController::setIntervalMinutes(int minutes)
{
    d->scheduler->setIntervalMinutes(minutes);
    d->scheduler->restartInterval(d->cache->query() != nullptr);
}

void SyncController::resetCache() { d->cache->reset(d->accountId()); }
void SyncController::checkIntegrity() { d->cache->checkIntegrity(); }
void SyncController::removeLocalData() { d->cache->removeLocalData(d->accountId()); }

void SyncController::retryKeychain()
{
    if (d->state == State::KeychainLocked)
        d->cache->open(d->accountId());
}

void SyncController::setRetryBudgetMs(qint64 ms) { d->settings.retry.setBudgetMs(ms); }
void SyncController::setRetryBaseDelayMs(qint64 ms) { d->settings.retry.setBaseDelayMs(ms); }
void SyncController::setPageLimit(int rows) { d->settings.pageLimit = qBound(1, rows, 1000); }
void SyncController::setRequestDeadlineMs(int ms) { d->settings.requestDeadlineMs = qMax(0, ms); }
void SyncController::setCursorGuardRowFloor(qint64 rows) { d->settings.guardRowFloor = qMax<qint64>(1, rows); }
void SyncController::setSpaceCheckIntervalMs(int ms) { d->scheduler->setSpaceCheckIntervalMs(ms); }
void SyncController::setUnencryptedForBenchmark(bool on) { d->cache->setUnencryptedForBenchmark(on); }
void SyncController::setOfflineRetryDelaysMs(qint64 firstMs, qint64 maxMs)
{
    d->scheduler->setOfflineRetryDelaysMs(firstMs, maxMs);
}

} // namespace sp
