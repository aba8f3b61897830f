#include "sync/SyncRun.h"

#include "api/ApiClient.h"
#include "auth/Session.h"
#include "common/Clock.h"
#include "sync/SyncLog.h"
#include "sync/SyncResources.h"
#include "sync/SyncScheduler.h"

#include <QJsonArray>
#include <QJsonObject>

#include <atomic>

namespace sp {

namespace {

constexpr qint64 kDataChangedEveryMs = 1000; // views refresh at most this often during a sync
// Pages received but not yet committed: beyond this the next fetch waits (memory stays bounded
// when the network is faster than the disk).
constexpr int kMaxPendingWrites = 32;
constexpr qint64 kAssumedBytesPerRow = 2048; // before any row of the run was counted
constexpr qint64 kMaxRemaining = qint64(1) << 40; // a "remaining" past this is not an estimate

std::atomic<quint64> g_lastRunId{0};

} // namespace

SyncRun::SyncRun(Session* session, CacheWriter* writer, const Clock* clock, const QString& accountDir,
                 const Settings& settings, const QHash<QString, QString>& cursors,
                 const QHash<QString, qint64>& itemCounts, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_writer(writer)
    , m_clock(clock)
    , m_accountDir(accountDir)
    , m_settings(settings)
    , m_id(++g_lastRunId)
    , m_resumeIndex(kSyncResourceCount)
    , m_committed(cursors)
    , m_itemCounts(itemCounts)
    , m_guards(kSyncResourceCount)
{
    qRegisterMetaType<sp::SyncProgress>();
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire a little early, before a Retry-After has passed.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncRun::onRetryTimer);
    // The writer tags each page with the run that sent it: pages of an earlier run still in its
    // queue are not this run's.
    connect(m_writer, &CacheWriter::pageWritten, this,
            [this](quint64 run, const QString& resource, CacheWriter::WriteStatus status, qint64 rows,
                   const QString& cursor, const QString& error) {
                if (run == m_id && m_running)
                    onPageWritten(resource, status, rows, cursor, error);
            });
    connect(m_writer, &CacheWriter::diskFull, this, [this](quint64 run) {
        if (run == m_id && m_running)
            m_diskFullSeen = true; // the failed page or run end that follows stops for space
    });
    connect(m_writer, &CacheWriter::runFinished, this, [this](quint64 run, bool ok, const QString& error) {
        if (run == m_id && m_running)
            onRunFinished(ok, error);
    });
}

void SyncRun::start()
{
    m_running = true;
    for (int i = 0; i < kSyncResourceCount; ++i) {
        const QString name = QLatin1String(kSyncResources[i].name);
        m_fullSync.insert(name, m_committed.value(name).isEmpty());
        m_guards[i].setRowFloor(m_settings.guardRowFloor);
        m_guards[i].begin(m_itemCounts.value(name, 0), m_settings.pageLimit);
    }
    m_settings.retry.start();
    m_sinceDataChanged.start();
    startFetch(0);
}

// Answers of the fetch so far are dropped (a fetch after a failure, a stop, a cancel).
void SyncRun::abandonFetch()
{
    if (m_fetch)
        m_fetch->deleteLater(); // later: this may run inside one of its answers
    m_fetch = new QObject(this);
}

void SyncRun::startFetch(int index)
{
    abandonFetch();
    m_fetchIndex = index;
    m_failed = false;
    m_fetchCursor = m_committed.value(QLatin1String(kSyncResources[index].name));
    // From here on the listings start again at their stored cursors: seen before, honestly.
    for (int i = index; i < kSyncResourceCount; ++i)
        m_guards[i].resume();
    fetchPage();
}

void SyncRun::fetchPage()
{
    const SyncResource& resource = kSyncResources[m_fetchIndex];
    ApiRequest request;
    request.path = QLatin1String(resource.path);
    if (resource.paged) {
        if (!m_fetchCursor.isEmpty())
            request.query.addQueryItem(QStringLiteral("cursor"), m_fetchCursor);
        request.query.addQueryItem(QStringLiteral("limit"), QString::number(m_settings.pageLimit));
    }
    request.deadlineMs = m_settings.requestDeadlineMs;
    if (!m_session) {
        end(Outcome::Failed, tr("Not signed in."));
        return;
    }
    QObject* fetch = m_fetch;
    const QString fromCursor = m_fetchCursor;
    const int index = m_fetchIndex;
    m_session->sendAuthorized(request, fetch, [this, fetch, index, fromCursor](const ApiResponse& response) {
        if (fetch == m_fetch && m_running)
            onResponse(index, fromCursor, response);
    });
}

void SyncRun::onResponse(int index, const QString& fromCursor, const ApiResponse& response)
{
    const QString name = QLatin1String(kSyncResources[index].name);
    if (!response.error.ok()) {
        onFailure(index, response.error, response.error.userMessage());
        return;
    }
    m_anyAnswer = true;
    m_unreachableStreak = 0;
    m_bytes += response.bodyBytes;
    const QJsonObject json = response.json;
    if (!passesGuard(index, fromCursor, json))
        return;
    // How far the download is (contract: PageInfo.remaining, optional); a nonsense value is ignored.
    const qint64 remaining = json.value(QLatin1String("remaining")).toInteger(-1);
    if (remaining >= 0 && remaining < kMaxRemaining)
        m_remaining.insert(name, remaining);
    ++m_pendingWrites;
    CacheWriter* w = m_writer;
    const quint64 r = m_id;
    QMetaObject::invokeMethod(
        m_writer, [w, r, name, fromCursor, json] { w->write(r, name, fromCursor, json); }, Qt::QueuedConnection);
    if (m_cancelRequested)
        return;
    // Pipelining: the next page is fetched while this one is written; the writer commits in
    // order and refuses a page that does not continue from the stored cursor.
    const bool hasMore = kSyncResources[index].paged && json.value(QLatin1String("has_more")).toBool(false);
    const QString next = json.value(QLatin1String("next_cursor")).toString();
    if (hasMore && !next.isEmpty()) {
        m_fetchCursor = next;
        fetchNextWhenWriterKeepsUp();
    } else if (index + 1 < kSyncResourceCount) {
        // The next resource starts from its own stored cursor.
        abandonFetch();
        m_fetchIndex = index + 1;
        m_fetchCursor = m_committed.value(QLatin1String(kSyncResources[m_fetchIndex].name));
        fetchNextWhenWriterKeepsUp();
    } else {
        m_fetchDone = true;
        maybeFinish();
    }
}

// A listing that would never end stops the run (the page is not written: its rows came before).
bool SyncRun::passesGuard(int index, const QString& fromCursor, const QJsonObject& json)
{
    if (!kSyncResources[index].paged)
        return true;
    const bool hasMore = json.value(QLatin1String("has_more")).toBool(false);
    const QString next = json.value(QLatin1String("next_cursor")).toString();
    const qint64 rows = json.value(QLatin1String(kSyncResources[index].rowsKey)).toArray().size();
    CursorGuard& guard = m_guards[index];
    switch (guard.nextPage(fromCursor, next, hasMore, rows)) {
    case CursorGuard::Verdict::Continue:
        return true;
    case CursorGuard::Verdict::Repeats:
        qCWarning(lcSync) << "sync of" << kSyncResources[index].name << "stopped: the server repeats a cursor after"
                          << guard.pages() << "pages";
        stopAfterWrites(index, tr("The sync stopped because the server's answer repeats itself (it keeps "
                                  "sending pages it already sent). Everything downloaded before is kept. Try "
                                  "again later or contact support."));
        return false;
    case CursorGuard::Verdict::TooManyPages:
        qCWarning(lcSync) << "sync of" << kSyncResources[index].name << "stopped after" << guard.pages() << "pages (cap"
                          << guard.pageCap() << ")";
        stopAfterWrites(index, tr("The sync stopped because the server sent far more pages (%1) than this "
                                  "account can have. Everything downloaded before is kept. Try again later or "
                                  "contact support.")
                                   .arg(guard.pages()));
        return false;
    }
    return false;
}

// Fetching ends now; the run stops with `message` once the pages already sent to the writer are
// committed (so the cursors handed back match the file's for the next run).
void SyncRun::stopAfterWrites(int index, const QString& message)
{
    abandonFetch();
    m_fetchDeferred = false;
    m_retryTimer.stop();
    m_resumeIndex = index;
    if (m_stopMessage.isEmpty())
        m_stopMessage = message;
    if (m_pendingWrites == 0)
        end(Outcome::Failed, std::exchange(m_stopMessage, QString()));
}

// What the rest of the sync may need: the rows still expected (the previous count of a first
// sync's listings, else a few pages) at this run's bytes per row, twice (indexes, journal).
qint64 SyncRun::estimateNeededBytes(int index) const
{
    qint64 rowsDone = 0;
    for (auto it = m_done.cbegin(); it != m_done.cend(); ++it)
        rowsDone += it.value();
    const qint64 bytesPerRow = rowsDone > 0 ? qMax<qint64>(256, m_bytes / rowsDone) : kAssumedBytesPerRow;
    qint64 rowsLeft = 0;
    for (int i = qMax(0, index); i < kSyncResourceCount; ++i) {
        const QString name = QLatin1String(kSyncResources[i].name);
        const qint64 expected = m_itemCounts.value(name, 0);
        rowsLeft += m_fullSync.value(name) && expected > 0 ? qMax<qint64>(0, expected - m_done.value(name))
                                                           : qint64(m_settings.pageLimit) * 4;
    }
    return qMax(SyncScheduler::kMinFreeBytesAfterDiskFull, 2 * rowsLeft * bytesPerRow);
}

void SyncRun::stopForSpace(int index)
{
    m_neededBytes = estimateNeededBytes(index);
    m_freeAtDiskFull = qMax<qint64>(0, SyncScheduler::freeBytes(m_accountDir));
    m_stoppedForSpace = true;
    qCWarning(lcSync) << "disk full; the sync waits for" << m_neededBytes << "free bytes";
    stopAfterWrites(index, SyncScheduler::diskFullMessage(m_neededBytes, m_accountDir));
}

void SyncRun::fetchNextWhenWriterKeepsUp()
{
    if (m_pendingWrites >= kMaxPendingWrites) {
        m_fetchDeferred = true;
        return;
    }
    m_fetchDeferred = false;
    fetchPage();
}

void SyncRun::onPageWritten(const QString& resource, CacheWriter::WriteStatus result, qint64 rows,
                            const QString& cursor, const QString& error)
{
    --m_pendingWrites;
    if (result == CacheWriter::WriteStatus::Failed && m_diskFullSeen && !m_stoppedForSpace) {
        stopForSpace(syncResourceIndex(resource));
        if (!m_running)
            return;
    }
    if (!m_stopMessage.isEmpty()) {
        // Stopping: what the writer committed still counts; nothing is fetched again.
        if (result == CacheWriter::WriteStatus::Written) {
            m_committed.insert(resource, cursor);
            m_done[resource] += rows;
        }
        if (m_pendingWrites == 0)
            end(Outcome::Failed, std::exchange(m_stopMessage, QString()));
        return;
    }
    if (result == CacheWriter::WriteStatus::Written) {
        m_committed.insert(resource, cursor);
        m_done[resource] += rows;
        m_settings.retry.succeeded();
        SyncProgress p;
        p.resource = resource;
        p.done = m_done.value(resource);
        p.estimatedTotal = m_remaining.contains(resource) ? p.done + m_remaining.value(resource)
                           : m_fullSync.value(resource)  ? m_itemCounts.value(resource, -1)
                                                         : -1;
        if (p.estimatedTotal <= 0)
            p.estimatedTotal = -1;
        emit progress(p);
        if (rows > 0 && m_sinceDataChanged.elapsed() >= kDataChangedEveryMs) {
            m_sinceDataChanged.restart();
            emit dataChanged();
        }
    } else if (result == CacheWriter::WriteStatus::Failed) {
        ApiError decode;
        decode.kind = ApiError::Kind::Decode;
        onFailure(syncResourceIndex(resource), decode, error);
        return;
    }
    // A slot of progress() or dataChanged() may have cancelled the run, which ends it at once when no
    // write is pending: it must not end twice.
    if (!m_running)
        return;
    // Stale pages follow a failure; the resumed fetch brings them again.
    if (m_cancelRequested) {
        maybeFinish();
    } else if (m_failed) {
        maybeResume();
    } else {
        if (m_fetchDeferred && m_pendingWrites < kMaxPendingWrites) {
            m_fetchDeferred = false;
            fetchPage();
        }
        maybeFinish();
    }
}

void SyncRun::onFailure(int index, const ApiError& error, const QString& text)
{
    qCInfo(lcSync).noquote() << "sync of" << kSyncResources[index].name << "failed:" << ApiError::kindName(error.kind)
                             << error.httpStatus;
    abandonFetch(); // later answers of this fetch are dropped
    m_errorDetails = error.details();
    m_fetchDeferred = false;
    if (!m_failed) {
        m_failed = true;
        m_resumeIndex = index;
    } else {
        m_resumeIndex = qMin(m_resumeIndex, index);
    }
    m_fetchDone = false;
    if (m_cancelRequested) {
        maybeFinish();
        return;
    }
    if (error.kind == ApiError::Kind::SessionEnded || error.httpStatus == 401) {
        end(Outcome::Failed,
            error.kind == ApiError::Kind::SessionEnded ? text : tr("Your session has ended. Sign in again to sync."));
        return;
    }
    if (!RetryPolicy::isTransient(error)) {
        end(Outcome::Failed, text);
        return;
    }
    // Unreachable before any answer (three times in a row, so that one dropped connection is
    // not taken for an outage): Offline at once, with the background retries.
    m_unreachableStreak = RetryPolicy::isUnreachable(error) ? m_unreachableStreak + 1 : 0;
    if (!m_anyAnswer && m_unreachableStreak >= 3) {
        end(Outcome::Offline, text);
        return;
    }
    const qint64 delay = m_settings.retry.nextDelayMs(error.retryAfterSeconds);
    if (delay < 0) {
        const QString message =
            tr("The sync stopped after retrying for %1 s: %2").arg(m_settings.retry.elapsedMs() / 1000).arg(text);
        end(RetryPolicy::isUnreachable(error) ? Outcome::Offline : Outcome::Failed, message);
        return;
    }
    m_retryDue = false;
    m_retryTimer.start(int(delay));
}

void SyncRun::onRetryTimer()
{
    if (!m_running || !m_failed)
        return;
    m_retryDue = true;
    maybeResume();
}

// After a failure: once the back-off has passed and the pages in the writer's queue are
// committed, fetching resumes from the earliest failed resource's stored cursor.
void SyncRun::maybeResume()
{
    if (!m_retryDue || m_pendingWrites > 0 || m_cancelRequested)
        return;
    m_retryDue = false;
    startFetch(m_resumeIndex);
}

void SyncRun::maybeFinish()
{
    if (m_pendingWrites > 0)
        return;
    if (m_cancelRequested) {
        end(Outcome::Cancelled, tr("The sync was cancelled. Everything downloaded so far is kept."));
        return;
    }
    if (!m_fetchDone || m_failed)
        return;
    CacheWriter* w = m_writer;
    const quint64 r = m_id;
    const QDateTime at = m_clock->nowUtc();
    QMetaObject::invokeMethod(
        m_writer, [w, r, at] { w->finish(r, at); }, Qt::QueuedConnection);
    m_fetchDone = false; // wait for runFinished
}

void SyncRun::onRunFinished(bool ok, const QString& error)
{
    if (!ok && m_diskFullSeen) {
        stopForSpace(kSyncResourceCount - 1);
        return;
    }
    if (!ok) {
        end(Outcome::Failed, error);
        return;
    }
    for (auto it = m_done.cbegin(); it != m_done.cend(); ++it)
        if (m_fullSync.value(it.key()))
            m_itemCounts.insert(it.key(), it.value());
    end(Outcome::Succeeded, tr("Your data is up to date."));
}

void SyncRun::cancel()
{
    if (!m_running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    abandonFetch();
    m_retryTimer.stop();
    maybeFinish();
}

void SyncRun::stop(const QString& message)
{
    if (m_running)
        end(Outcome::Failed, message);
}

// A failed run's error stays in the file (sync_state.last_error of the resource it stopped at).
void SyncRun::end(Outcome outcome, const QString& message)
{
    m_running = false;
    m_stopMessage.clear();
    abandonFetch();
    m_retryTimer.stop();
    if (outcome == Outcome::Failed) {
        const QString resource = QLatin1String(kSyncResources[qBound(0, m_resumeIndex, kSyncResourceCount - 1)].name);
        CacheWriter* w = m_writer;
        QMetaObject::invokeMethod(
            m_writer, [w, resource, message] { w->recordError(resource, message); }, Qt::QueuedConnection);
    }
    emit finished(outcome, message);
}

} // namespace sp
