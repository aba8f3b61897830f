#include "sync/SyncController.h"

#include "api/ApiClient.h"
#include "auth/Session.h"
#include "cache/CacheFiles.h"
#include "cache/CacheIntegrityCheck.h"
#include "cache/CacheKey.h"
#include "cache/CacheQuery.h"
#include "cache/CacheWriter.h"
#include "cache/CipherDatabase.h"
#include "cache/SecureBytes.h"
#include "common/Clock.h"
#include "profile/Profile.h"
#include "secrets/SecretStore.h"
#include "sync/CursorGuard.h"
#include "support/RunMarker.h"
#include "sync/RetryPolicy.h"
#include "sync/SyncLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QStorageInfo>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QThread>

namespace sp {

namespace {

const char* const kIntervalSetting = "sync/intervalMinutes";
constexpr int kDefaultIntervalMinutes = 15;
constexpr qint64 kDataChangedEveryMs = 1000; // views refresh at most this often during a sync
// Pages received but not yet committed: beyond this the next fetch waits (memory stays bounded
// when the network is faster than the disk).
constexpr int kMaxPendingWrites = 32;

struct Resource
{
    const char* name;
    const char* path;
    bool paged;
    const char* rowsKey; // the page's array of rows
};
// The order matters: orders and events refer to marketplaces and products.
const Resource kResources[] = {
    {"marketplaces", "/v1/marketplaces", false, "marketplaces"},
    {"products", "/v1/products", true, "products"},
    {"unit-costs", "/v1/unit-costs", true, "unit_costs"},
    {"inventory", "/v1/inventory", true, "inventory"},
    {"orders", "/v1/orders", true, "orders"},
    {"financial-events", "/v1/financial-events", true, "financial_events"},
};
constexpr int kResourceCount = int(sizeof(kResources) / sizeof(kResources[0]));

bool isUnreachable(const ApiError& error)
{
    // A server that answers too slowly (ApiClient's deadline) is reachable: not "Offline".
    return error.kind == ApiError::Kind::Network
           || (error.kind == ApiError::Kind::Timeout && error.code != QLatin1String("deadline"));
}

// After a full disk the sync waits for this much free space at least before it writes again.
constexpr qint64 kMinFreeBytesAfterDiskFull = 1024 * 1024;
constexpr qint64 kAssumedBytesPerRow = 2048; // before any row of the run was counted
constexpr int kSpaceCheckMs = 30 * 1000;

bool isTransient(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Decode: // truncated or malformed page: fetched again
        return true;
    case ApiError::Kind::Problem:
        return error.httpStatus >= 500 || error.httpStatus == 408;
    default:
        return false;
    }
}

} // namespace

struct SyncController::Impl
{
    SyncController* q;
    QPointer<Session> session;
    QPointer<SecretStore> secrets;
    Profile* profile;
    const Clock* clock;

    State state = State::Closed;
    QDateTime lastSyncedAt;
    QString lastError;
    bool unencrypted = false;
    int pageLimit = 500;

    QThread thread;
    CacheWriter* writer = nullptr; // lives in `thread`
    CacheQuery* query = nullptr;
    QString accountDir, dbPath, keyName;
    quint64 generation = 0; // bumped by close/reset/remove: late keychain or writer answers are dropped

    // The running sync.
    quint64 run = 0;
    bool running = false;
    bool cancelRequested = false;
    bool failed = false;           // a fetch or write failed; waiting to resume
    bool retryDue = false;         // the back-off has passed
    bool fetchDone = false;        // every resource's last page has arrived
    int fetchIndex = 0;            // resource being fetched
    int resumeIndex = kResourceCount; // on failure: the earliest resource to fetch again
    quint64 fetchGeneration = 0;   // responses of an abandoned fetch are dropped
    int pendingWrites = 0;
    bool fetchDeferred = false;    // the next page waits for the writer (kMaxPendingWrites)
    bool anyAnswer = false;        // the server answered at least once in this run
    int unreachableStreak = 0;
    QHash<QString, QString> committed;   // resource -> stored cursor (after the last commit)
    QHash<QString, qint64> itemCounts;   // after the last complete sync, for estimates
    QHash<QString, qint64> done;
    QHash<QString, bool> fullSync;       // no cursor at the start of the run
    QString fetchCursor;
    CursorGuard guards[kResourceCount]; // one per listing: every run ends (see CursorGuard)
    qint64 guardRowFloor = CursorGuard::kDefaultRowFloor;
    int requestDeadlineMs = 0;          // 0: ApiClient's default for a page
    QString stopMessage;                // the run stops with it once the pages in the writer are committed
    // A full disk: no retries until there is room again (checked without the network).
    bool diskFullSeen = false;          // the writer said so; its failed pages follow
    bool waitingForSpace = false;
    qint64 neededBytes = 0;
    qint64 freeAtDiskFull = 0;
    QTimer spaceTimer;
    ApiError lastFailure;
    QString lastFailureText;
    RetryPolicy retry;
    QTimer retryTimer;
    qint64 runBytes = 0, lastRunBytes = 0;
    QElapsedTimer sinceDataChanged;

    // Offline: background retries with back-off.
    QTimer offlineTimer;
    qint64 offlineFirstMs = 5000, offlineMaxMs = 5 * 60 * 1000, offlineDelayMs = 5000;
    QTimer intervalTimer;

    std::function<void()> afterClose;

    // Integrity checks (after an unclean exit, on request, after a suspicious failure).
    CacheIntegrityCheck* check = nullptr;
    quint64 checkGeneration = 0;
    bool checkByUser = false;
    bool suspectChecked = false; // one check per open for failures that only may be damage

    void setState(State next)
    {
        if (state == next)
            return;
        state = next;
        emit q->stateChanged(next);
    }

    void startThread()
    {
        if (writer)
            return;
        writer = new CacheWriter;
        writer->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, writer, &QObject::deleteLater);
        QObject::connect(writer, &CacheWriter::opened, q,
                         [this](int error, const QString& message, const QHash<QString, QString>& cursors,
                                const QHash<QString, qint64>& counts, const QDateTime& at) {
                             onOpened(error, message, cursors, counts, at);
                         });
        QObject::connect(writer, &CacheWriter::pageWritten, q,
                         [this](quint64 r, const QString& resource, int status, qint64 rows, const QString& cursor,
                                const QString& error) { onPageWritten(r, resource, status, rows, cursor, error); });
        QObject::connect(writer, &CacheWriter::diskFull, q, [this](quint64 r) {
            if (r == run && running)
                diskFullSeen = true; // the failed page or run end that follows stops for space
        });
        QObject::connect(writer, &CacheWriter::runFinished, q,
                         [this](quint64 r, bool ok, const QString& error) { onRunFinished(r, ok, error); });
        QObject::connect(writer, &CacheWriter::damageFound, q, [this](bool certain) { onDamage(certain); });
        QObject::connect(writer, &CacheWriter::closed, q, [this] {
            if (auto action = std::exchange(afterClose, nullptr))
                action();
        });
        thread.setObjectName(QStringLiteral("sellerpulse-cache"));
        thread.start();
    }

    // ---- open --------------------------------------------------------------------------------

    void open()
    {
        if (state != State::Closed && state != State::Failed && state != State::CacheUnreadable
            && state != State::Idle && state != State::Offline && state != State::KeychainLocked)
            return;
        const QString accountId = session ? session->account().id : QString();
        const QString wantedDir = CacheFiles::accountDir(*profile, accountId);
        if (query) {
            if (wantedDir == accountDir)
                return; // already open for this account
            // Another account signed in: close this one's cache first, then open the new one.
            close([this] { open(); });
            return;
        }
        accountDir = wantedDir;
        if (accountDir.isEmpty()) {
            fail(tr("Sign in to open this computer's copy of your data."));
            return;
        }
        dbPath = CacheFiles::databasePath(accountDir);
        keyName = CacheKey::secretName(*profile, accountId);
        setState(State::Opening);
        startThread();
        const quint64 gen = ++generation;
        if (unencrypted) {
            openWith(QByteArray(), gen);
            return;
        }
        if (!secrets) {
            fail(tr("The keychain is not available; the offline cache cannot be opened."));
            return;
        }
        // A key is created only for a new cache: a missing key for an existing file means the file
        // can never be read again, and the user decides (reset); nothing is deleted here. "Not
        // found" from a locked keychain is told apart by CacheKey::open (KeychainLocked).
        const QFileInfo file(dbPath);
        const bool fileExists = file.exists() && file.size() > 0;
        CacheKey::open(secrets, profile, accountId, fileExists, q,
                       [this, gen](CacheKey::Status status, const QByteArray& key, const QString& message) {
                           if (gen != generation)
                               return;
                           switch (status) {
                           case CacheKey::Status::Ok:
                               openWith(key, gen);
                               return;
                           case CacheKey::Status::NotFound:
                               unreadable(tr("The key of the offline cache is missing from the keychain, which "
                                             "is unlocked. You can reset the cache and download your data again."));
                               return;
                           case CacheKey::Status::Unavailable:
                           case CacheKey::Status::Locked:
                               locked(message);
                               return;
                           case CacheKey::Status::Error:
                               fail(tr("The keychain did not give the key of the offline cache (%1). "
                                       "Unlock the keychain and try again.")
                                        .arg(message));
                               return;
                           }
                       });
    }

    void openWith(const QByteArray& key, quint64 gen)
    {
        // The reader connection opens after the writer has migrated the schema; the key waits here.
        pendingKey = SecureBytes(QByteArrayView(key));
        const QString path = dbPath;
        CacheWriter* w = writer;
        QByteArray keyCopy(key.constData(), key.size());
        QMetaObject::invokeMethod(writer, [w, path, keyCopy]() mutable {
            w->open(path, keyCopy);
            SecureBytes::wipe(keyCopy);
        }, Qt::QueuedConnection);
        SecureBytes::wipe(keyCopy);
        Q_UNUSED(gen)
    }

    SecureBytes pendingKey;

    void onOpened(int error, const QString& message, const QHash<QString, QString>& cursors,
                  const QHash<QString, qint64>& counts, const QDateTime& at)
    {
        SecureBytes key = std::move(pendingKey);
        if (state != State::Opening)
            return;
        const auto kind = CipherDatabase::OpenError(error);
        if (kind == CipherDatabase::OpenError::WrongKeyOrDamaged) {
            unreadable(message);
            return;
        }
        if (kind != CipherDatabase::OpenError::None) {
            fail(message);
            return;
        }
        CipherDatabase::OpenError readerError = CipherDatabase::OpenError::None;
        QString readerMessage;
        QByteArray keyBytes = key.toByteArray();
        auto reader = CipherDatabase::open(dbPath, keyBytes, CipherDatabase::Role::Reader, &readerError,
                                           &readerMessage);
        SecureBytes::wipe(keyBytes);
        if (!reader) {
            fail(readerMessage);
            return;
        }
        query = new CacheQuery(std::move(reader), q);
        suspectChecked = false;
        // Queued: the view whose read failed is still inside its call to the query.
        QObject::connect(query, &CacheQuery::damageFound, q, [this](bool certain) { onDamage(certain); },
                         Qt::QueuedConnection);
        committed = cursors;
        itemCounts = counts;
        if (lastSyncedAt != at) {
            lastSyncedAt = at;
            emit q->lastSyncedAtChanged(at);
        }
        lastError.clear();
        setState(State::Idle);
        emit q->opened();
        emit q->dataChanged();
        restartInterval();
        startRun();
        // The previous run ended without closing the file: read every page once, in the background.
        if (RunMarker::cacheCheckPending(profile->dir()))
            startCheck(false);
    }

    void fail(const QString& message)
    {
        lastError = message;
        qCWarning(lcSync).noquote() << "sync controller failed:" << message;
        setState(State::Failed);
    }

    void locked(const QString& message)
    {
        lastError = message;
        qCWarning(lcSync).noquote() << "keychain locked or unavailable:" << message;
        setState(State::KeychainLocked);
        emit q->keychainLocked(message);
    }

    // ---- damage ------------------------------------------------------------------------------

    // A statement failed on the file: certain damage closes the cache at once (a view never shows
    // a damaged table as empty); anything else is judged by an integrity check.
    void onDamage(bool certain)
    {
        if (!query || state == State::CacheUnreadable)
            return;
        if (!certain) {
            if (!std::exchange(suspectChecked, true))
                startCheck(false);
            return;
        }
        damaged(QStringList());
    }

    void damaged(const QStringList& problems)
    {
        qCWarning(lcSync).noquote() << "the offline copy is damaged" << problems.join(QStringLiteral("; "));
        const QString message = tr("The offline copy on this computer is damaged. Reset it to download your data "
                                   "again; the damaged file is then kept aside for support.");
        if (running)
            emit q->syncFinished(false, message);
        close([this, message] { unreadable(message); });
    }

    void startCheck(bool byUser)
    {
        if (!query) {
            if (byUser)
                emit q->integrityChecked(false, tr("The offline copy is not open, so it cannot be checked now."));
            return;
        }
        checkByUser = checkByUser || byUser;
        if (check && check->isRunning())
            return;
        const quint64 gen = generation;
        if (unencrypted) {
            runCheck(QByteArray(), gen);
            return;
        }
        if (!secrets)
            return;
        CacheKey::load(secrets, keyName, false, q,
                       [this, gen](CacheKey::Status status, const QByteArray& key, const QString& message) {
                           if (gen != generation)
                               return;
                           if (status != CacheKey::Status::Ok) {
                               if (std::exchange(checkByUser, false))
                                   emit q->integrityChecked(
                                       false, tr("The offline copy could not be checked: %1").arg(message));
                               return;
                           }
                           runCheck(key, gen);
                       });
    }

    void runCheck(const QByteArray& key, quint64 gen)
    {
        if (!check) {
            check = new CacheIntegrityCheck(q);
            QObject::connect(check, &CacheIntegrityCheck::finished, q,
                             [this](const CacheIntegrityCheck::Result& result) { onCheckFinished(result); });
        }
        checkGeneration = gen;
        check->start(dbPath, key);
    }

    void onCheckFinished(const CacheIntegrityCheck::Result& result)
    {
        const bool byUser = std::exchange(checkByUser, false);
        if (checkGeneration != generation)
            return; // the file was closed or reset meanwhile
        switch (result.outcome) {
        case CacheIntegrityCheck::Outcome::Damaged:
            damaged(result.problems);
            if (byUser)
                emit q->integrityChecked(false, tr("The offline copy is damaged."));
            return;
        case CacheIntegrityCheck::Outcome::Ok:
            RunMarker::setCacheCheckPending(profile->dir(), false);
            qCInfo(lcSync) << "the offline copy passed its integrity check";
            if (byUser)
                emit q->integrityChecked(true, tr("The offline copy was checked: no damage was found."));
            return;
        case CacheIntegrityCheck::Outcome::NotChecked:
            qCWarning(lcSync).noquote() << "integrity check not done:" << result.message;
            if (byUser)
                emit q->integrityChecked(false, result.message);
            return;
        }
    }

    void unreadable(const QString& message)
    {
        lastError = message;
        qCWarning(lcSync).noquote() << "cache unreadable:" << message;
        setState(State::CacheUnreadable);
        emit q->cacheUnreadable(message);
    }

    // ---- the sync ----------------------------------------------------------------------------

    void startRun(bool byUser = false)
    {
        if (!query || running)
            return;
        if (waitingForSpace && !enoughSpace(byUser)) {
            reportDiskFull(); // again, with no request to the server: nothing could be stored
            return;
        }
        waitingForSpace = false;
        spaceTimer.stop();
        offlineTimer.stop();
        running = true;
        ++run;
        cancelRequested = failed = retryDue = fetchDone = fetchDeferred = false;
        anyAnswer = false;
        unreachableStreak = 0;
        pendingWrites = 0;
        runBytes = 0;
        done.clear();
        fullSync.clear();
        stopMessage.clear();
        diskFullSeen = false;
        for (int i = 0; i < kResourceCount; ++i) {
            const QString name = QLatin1String(kResources[i].name);
            fullSync.insert(name, committed.value(name).isEmpty());
            guards[i].setRowFloor(guardRowFloor);
            guards[i].begin(itemCounts.value(name, 0), pageLimit);
        }
        retry.start();
        sinceDataChanged.start();
        setState(State::Syncing);
        startFetch(0);
    }

    void startFetch(int index)
    {
        ++fetchGeneration;
        fetchIndex = index;
        failed = false;
        fetchCursor = committed.value(QLatin1String(kResources[index].name));
        // From here on the listings start again at their stored cursors: seen before, honestly.
        for (int i = index; i < kResourceCount; ++i)
            guards[i].resume();
        fetchPage();
    }

    void fetchPage()
    {
        const Resource& resource = kResources[fetchIndex];
        ApiRequest request;
        request.path = QLatin1String(resource.path);
        if (resource.paged) {
            if (!fetchCursor.isEmpty())
                request.query.addQueryItem(QStringLiteral("cursor"), fetchCursor);
            request.query.addQueryItem(QStringLiteral("limit"), QString::number(pageLimit));
        }
        request.deadlineMs = requestDeadlineMs;
        if (!session) {
            stopRun(false, tr("Not signed in."));
            return;
        }
        const quint64 r = run, fg = fetchGeneration;
        const QString fromCursor = fetchCursor;
        const int index = fetchIndex;
        session->sendAuthorized(request, q, [this, r, fg, index, fromCursor](const ApiResponse& response) {
            if (r != run || fg != fetchGeneration || !running)
                return;
            onResponse(index, fromCursor, response);
        });
    }

    void onResponse(int index, const QString& fromCursor, const ApiResponse& response)
    {
        const QString name = QLatin1String(kResources[index].name);
        if (!response.error.ok()) {
            onFailure(index, response.error, response.error.userMessage());
            return;
        }
        anyAnswer = true;
        unreachableStreak = 0;
        runBytes += response.bodyBytes;
        const QJsonObject json = response.json;
        if (!passesGuard(index, fromCursor, json))
            return;
        ++pendingWrites;
        CacheWriter* w = writer;
        const quint64 r = run;
        QMetaObject::invokeMethod(writer, [w, r, name, fromCursor, json] { w->write(r, name, fromCursor, json); },
                                  Qt::QueuedConnection);
        if (cancelRequested)
            return;
        // Pipelining: the next page is fetched while this one is written; the writer commits in
        // order and refuses a page that does not continue from the stored cursor.
        const bool hasMore = kResources[index].paged && json.value(QLatin1String("has_more")).toBool(false);
        const QString next = json.value(QLatin1String("next_cursor")).toString();
        if (hasMore && !next.isEmpty()) {
            fetchCursor = next;
            fetchNextWhenWriterKeepsUp();
        } else if (index + 1 < kResourceCount) {
            // The next resource starts from its own stored cursor.
            ++fetchGeneration;
            fetchIndex = index + 1;
            fetchCursor = committed.value(QLatin1String(kResources[fetchIndex].name));
            fetchNextWhenWriterKeepsUp();
        } else {
            fetchDone = true;
            maybeFinish();
        }
    }

    // A listing that would never end stops the run (the page is not written: its rows came before).
    bool passesGuard(int index, const QString& fromCursor, const QJsonObject& json)
    {
        if (!kResources[index].paged)
            return true;
        const bool hasMore = json.value(QLatin1String("has_more")).toBool(false);
        const QString next = json.value(QLatin1String("next_cursor")).toString();
        const qint64 rows = json.value(QLatin1String(kResources[index].rowsKey)).toArray().size();
        CursorGuard& guard = guards[index];
        switch (guard.nextPage(fromCursor, next, hasMore, rows)) {
        case CursorGuard::Verdict::Continue:
            return true;
        case CursorGuard::Verdict::Repeats:
            qCWarning(lcSync) << "sync of" << kResources[index].name << "stopped: the server repeats a cursor after"
                              << guard.pages() << "pages";
            stopAfterWrites(index, tr("The sync stopped because the server's answer repeats itself (it keeps "
                                      "sending pages it already sent). Everything downloaded before is kept. Try "
                                      "again later or contact support."));
            return false;
        case CursorGuard::Verdict::TooManyPages:
            qCWarning(lcSync) << "sync of" << kResources[index].name << "stopped after" << guard.pages()
                              << "pages (cap" << guard.pageCap() << ")";
            stopAfterWrites(index, tr("The sync stopped because the server sent far more pages (%1) than this "
                                      "account can have. Everything downloaded before is kept. Try again later or "
                                      "contact support.")
                                       .arg(guard.pages()));
            return false;
        }
        return false;
    }

    // Fetching ends now; the run stops with `message` once the pages already sent to the writer
    // are committed (so the controller's cursors match the file's for the next run).
    void stopAfterWrites(int index, const QString& message)
    {
        ++fetchGeneration;
        fetchDeferred = false;
        retryTimer.stop();
        resumeIndex = index;
        if (stopMessage.isEmpty())
            stopMessage = message;
        if (pendingWrites == 0)
            stopRun(false, std::exchange(stopMessage, QString()));
    }

    // ---- a full disk -------------------------------------------------------------------------

    qint64 freeBytes() const
    {
        QStorageInfo storage(accountDir);
        return storage.isValid() ? storage.bytesAvailable() : -1;
    }

    // The user's Retry: enough room now. A timer's look: besides, room was really freed since the
    // failure (a disk full for other reasons, e.g. a quota, is not retried every half minute).
    bool enoughSpace(bool byUser) const
    {
        const qint64 free = freeBytes();
        if (free < 0)
            return byUser;
        if (free < neededBytes)
            return false;
        return byUser || free >= freeAtDiskFull + kMinFreeBytesAfterDiskFull;
    }

    // What the rest of the sync may need: the rows still expected (the previous count of a first
    // sync's listings, else a few pages) at this run's bytes per row, twice (indexes, journal).
    qint64 estimateNeededBytes(int index) const
    {
        qint64 rowsDone = 0;
        for (auto it = done.cbegin(); it != done.cend(); ++it)
            rowsDone += it.value();
        const qint64 bytesPerRow = rowsDone > 0 ? qMax<qint64>(256, runBytes / rowsDone) : kAssumedBytesPerRow;
        qint64 rowsLeft = 0;
        for (int i = qMax(0, index); i < kResourceCount; ++i) {
            const QString name = QLatin1String(kResources[i].name);
            const qint64 expected = itemCounts.value(name, 0);
            rowsLeft += fullSync.value(name) && expected > 0 ? qMax<qint64>(0, expected - done.value(name))
                                                              : qint64(pageLimit) * 4;
        }
        return qMax(kMinFreeBytesAfterDiskFull, 2 * rowsLeft * bytesPerRow);
    }

    QString diskFullMessage() const
    {
        const qint64 megabytes = (neededBytes + 1024 * 1024 - 1) / (1024 * 1024);
        return tr("The disk is full: free at least %1 MB on the disk that holds %2. The sync continues by itself "
                  "once there is room (or click Retry); everything downloaded so far is kept.")
            .arg(megabytes)
            .arg(QDir::toNativeSeparators(accountDir));
    }

    void stopForSpace(int index)
    {
        neededBytes = estimateNeededBytes(index);
        freeAtDiskFull = qMax<qint64>(0, freeBytes());
        waitingForSpace = true;
        qCWarning(lcSync) << "disk full; the sync waits for" << neededBytes << "free bytes";
        stopAfterWrites(index, diskFullMessage());
    }

    // Waiting for space (no run): the message again, e.g. after Retry with the disk still full.
    void reportDiskFull()
    {
        const QString message = diskFullMessage();
        lastError = message;
        setState(State::Failed);
        emit q->syncFinished(false, message);
        emit q->diskFull(message);
        if (!spaceTimer.isActive())
            spaceTimer.start();
    }

    void onSpaceTimer()
    {
        if (!waitingForSpace || running || !query) {
            spaceTimer.stop();
            return;
        }
        if (enoughSpace(false)) {
            qCInfo(lcSync) << "free space is back; the sync resumes";
            startRun();
        }
    }

    void fetchNextWhenWriterKeepsUp()
    {
        if (pendingWrites >= kMaxPendingWrites) {
            fetchDeferred = true;
            return;
        }
        fetchDeferred = false;
        fetchPage();
    }

    void onPageWritten(quint64 r, const QString& resource, int status, qint64 rows, const QString& cursor,
                       const QString& error)
    {
        if (r != run || !running)
            return;
        --pendingWrites;
        const auto result = CacheWriter::WriteStatus(status);
        if (result == CacheWriter::WriteStatus::Failed && diskFullSeen && !waitingForSpace) {
            stopForSpace(indexOf(resource));
            if (!running)
                return;
        }
        if (!stopMessage.isEmpty()) {
            // Stopping: what the writer committed still counts; nothing is fetched again.
            if (result == CacheWriter::WriteStatus::Written) {
                committed.insert(resource, cursor);
                done[resource] += rows;
            }
            if (pendingWrites == 0)
                stopRun(false, std::exchange(stopMessage, QString()));
            return;
        }
        if (result == CacheWriter::WriteStatus::Written) {
            committed.insert(resource, cursor);
            done[resource] += rows;
            retry.succeeded();
            SyncProgress p;
            p.resource = resource;
            p.done = done.value(resource);
            p.estimatedTotal = fullSync.value(resource) ? itemCounts.value(resource, -1) : -1;
            if (p.estimatedTotal <= 0)
                p.estimatedTotal = -1;
            emit q->progress(p);
            if (rows > 0 && sinceDataChanged.elapsed() >= kDataChangedEveryMs) {
                sinceDataChanged.restart();
                emit q->dataChanged();
            }
        } else if (result == CacheWriter::WriteStatus::Failed) {
            ApiError decode;
            decode.kind = ApiError::Kind::Decode;
            onFailure(indexOf(resource), decode, error);
            return;
        }
        // Stale pages follow a failure; the resumed fetch brings them again.
        if (cancelRequested) {
            maybeFinish();
        } else if (failed) {
            maybeResume();
        } else {
            if (fetchDeferred && pendingWrites < kMaxPendingWrites) {
                fetchDeferred = false;
                fetchPage();
            }
            maybeFinish();
        }
    }

    static int indexOf(const QString& resource)
    {
        int index = 0;
        while (index < kResourceCount - 1 && resource != QLatin1String(kResources[index].name))
            ++index;
        return index;
    }

    void onFailure(int index, const ApiError& error, const QString& text)
    {
        qCInfo(lcSync).noquote() << "sync of" << kResources[index].name << "failed:" << ApiError::kindName(error.kind)
                                 << error.httpStatus;
        ++fetchGeneration; // later answers of this fetch are dropped
        fetchDeferred = false;
        if (!failed) {
            failed = true;
            resumeIndex = index;
        } else {
            resumeIndex = qMin(resumeIndex, index);
        }
        fetchDone = false;
        lastFailure = error;
        lastFailureText = text;
        if (cancelRequested) {
            maybeFinish();
            return;
        }
        if (error.kind == ApiError::Kind::SessionEnded || error.httpStatus == 401) {
            stopRun(false, error.kind == ApiError::Kind::SessionEnded
                               ? text
                               : tr("Your session has ended. Sign in again to sync."));
            return;
        }
        if (!isTransient(error)) {
            stopRun(false, text);
            return;
        }
        // Unreachable before any answer (three times in a row, so that one dropped connection is
        // not taken for an outage): Offline at once, with the background retries.
        unreachableStreak = isUnreachable(error) ? unreachableStreak + 1 : 0;
        if (!anyAnswer && unreachableStreak >= 3) {
            goOffline(text);
            return;
        }
        const qint64 delay = retry.nextDelayMs(error.retryAfterSeconds);
        if (delay < 0) {
            const QString message = tr("The sync stopped after retrying for %1 s: %2")
                                        .arg(retry.elapsedMs() / 1000)
                                        .arg(text);
            if (isUnreachable(error))
                goOffline(message);
            else
                stopRun(false, message);
            return;
        }
        retryDue = false;
        retryTimer.start(int(delay));
    }

    void onRetryTimer()
    {
        if (!running || !failed)
            return;
        retryDue = true;
        maybeResume();
    }

    // After a failure: once the back-off has passed and the pages in the writer's queue are
    // committed, fetching resumes from the earliest failed resource's stored cursor.
    void maybeResume()
    {
        if (!retryDue || pendingWrites > 0 || cancelRequested)
            return;
        retryDue = false;
        startFetch(resumeIndex);
    }

    void maybeFinish()
    {
        if (pendingWrites > 0)
            return;
        if (cancelRequested) {
            stopRun(false, tr("The sync was cancelled. Everything downloaded so far is kept."), true);
            return;
        }
        if (!fetchDone || failed)
            return;
        CacheWriter* w = writer;
        const quint64 r = run;
        const QDateTime at = clock->nowUtc();
        QMetaObject::invokeMethod(writer, [w, r, at] { w->finish(r, at); }, Qt::QueuedConnection);
        fetchDone = false; // wait for runFinished
    }

    void onRunFinished(quint64 r, bool ok, const QString& error)
    {
        if (r != run || !running)
            return;
        if (!ok && diskFullSeen) {
            stopForSpace(kResourceCount - 1);
            return;
        }
        if (!ok) {
            stopRun(false, error);
            return;
        }
        running = false;
        lastRunBytes = runBytes;
        retryTimer.stop();
        offlineDelayMs = offlineFirstMs;
        for (auto it = done.cbegin(); it != done.cend(); ++it)
            if (fullSync.value(it.key()))
                itemCounts.insert(it.key(), it.value());
        lastError.clear();
        lastSyncedAt = clock->nowUtc();
        emit q->lastSyncedAtChanged(lastSyncedAt);
        setState(State::Idle);
        emit q->dataChanged();
        emit q->syncFinished(true, tr("Your data is up to date."));
    }

    void stopRun(bool ok, const QString& message, bool cancelled = false)
    {
        running = false;
        stopMessage.clear();
        lastRunBytes = runBytes;
        ++fetchGeneration;
        retryTimer.stop();
        if (!cancelled) {
            lastError = message;
            recordError(message);
        }
        setState(cancelled ? State::Idle : State::Failed);
        if (anyAnswer)
            emit q->dataChanged();
        emit q->syncFinished(ok, message);
        if (waitingForSpace && !cancelled) {
            emit q->diskFull(message);
            spaceTimer.start();
        }
    }

    void recordError(const QString& message)
    {
        const QString resource = QLatin1String(kResources[qBound(0, resumeIndex, kResourceCount - 1)].name);
        CacheWriter* w = writer;
        QMetaObject::invokeMethod(writer, [w, resource, message] { w->recordError(resource, message); },
                                  Qt::QueuedConnection);
    }

    void goOffline(const QString& message)
    {
        running = false;
        lastRunBytes = runBytes;
        ++fetchGeneration;
        retryTimer.stop();
        lastError = message;
        setState(State::Offline);
        emit q->syncFinished(false, message);
        // Back-off with jitter, capped; nothing in the cache changes while offline.
        const qint64 delay = RetryPolicy::jittered(offlineDelayMs);
        offlineDelayMs = qMin(offlineMaxMs, offlineDelayMs * 2);
        qCInfo(lcSync) << "offline; next attempt in" << delay << "ms";
        offlineTimer.start(int(delay));
    }

    void cancel()
    {
        if (!running || cancelRequested)
            return;
        cancelRequested = true;
        ++fetchGeneration;
        retryTimer.stop();
        maybeFinish();
    }

    void restartInterval()
    {
        const int minutes = q->intervalMinutes();
        if (minutes <= 0 || !query) {
            intervalTimer.stop();
            return;
        }
        intervalTimer.start(minutes * 60 * 1000);
    }

    // ---- close, reset, remove ----------------------------------------------------------------

    // Stops any sync, drops the reader, closes the writer, then runs `then`.
    void close(std::function<void()> then)
    {
        ++generation;
        ++run;
        running = false;
        ++fetchGeneration;
        retryTimer.stop();
        offlineTimer.stop();
        intervalTimer.stop();
        pendingKey.clear();
        if (query) {
            CacheQuery* old = std::exchange(query, nullptr);
            setState(State::Closed);
            old->deleteLater();
        }
        if (!writer) {
            setState(State::Closed);
            then();
            return;
        }
        afterClose = std::move(then);
        CacheWriter* w = writer;
        QMetaObject::invokeMethod(writer, [w] { w->close(); }, Qt::QueuedConnection);
    }

    void ensurePaths()
    {
        if (!accountDir.isEmpty())
            return;
        const QString accountId = session ? session->account().id : QString();
        accountDir = CacheFiles::accountDir(*profile, accountId);
        dbPath = CacheFiles::databasePath(accountDir);
        keyName = CacheKey::secretName(*profile, accountId);
    }

    QString accountIdOfDir() const { return QFileInfo(accountDir).fileName(); }

    // Nothing is deleted on the strength of an unconfirmed keychain answer: an unreadable file is
    // set aside with its key kept, a healthy one goes only after the keychain confirmed the key's
    // deletion; a locked keychain refuses the reset.
    void reset()
    {
        ensurePaths();
        if (accountDir.isEmpty()) {
            open();
            return;
        }
        const bool setAside = state == State::CacheUnreadable;
        close([this, setAside] {
            const quint64 gen = generation;
            auto refused = [this, gen](const QString& why) {
                if (gen != generation)
                    return;
                locked(tr("The offline copy was not reset, and nothing was deleted: %1").arg(why));
            };
            auto reopen = [this, gen] {
                if (gen != generation)
                    return;
                lastError.clear();
                open();
            };
            if (!secrets || unencrypted) {
                CacheFiles::removeAll(accountDir, nullptr);
                reopen();
                return;
            }
            if (setAside) {
                CacheKey::probeUnlocked(secrets, *profile, q, [this, gen, refused, reopen](bool unlocked,
                                                                                           const QString& message) {
                    if (gen != generation)
                        return;
                    if (!unlocked) {
                        refused(message);
                        return;
                    }
                    QString error;
                    const QString aside = CacheFiles::setAside(accountDir, clock->nowUtc(), &error);
                    if (aside.isEmpty()) {
                        fail(error);
                        return;
                    }
                    qCInfo(lcSync).noquote() << "cache reset: the unreadable file was set aside as" << aside;
                    reopen();
                });
                return;
            }
            CacheKey::removeConfirmed(secrets, profile, accountIdOfDir(), q,
                                      [this, gen, refused, reopen](bool ok, const QString& message) {
                                          if (gen != generation)
                                              return;
                                          if (!ok) {
                                              refused(message);
                                              return;
                                          }
                                          bool filesOk = true;
                                          const QStringList removed = CacheFiles::removeAll(accountDir, &filesOk);
                                          qCInfo(lcSync).noquote() << "cache reset: key deleted, files" << removed;
                                          reopen();
                                      });
        });
    }

    // The key first (crypto-shredding: without it the files are noise), then the files.
    void shred(std::function<void(const QString& summary, bool ok)> then)
    {
        ensurePaths();
        if (accountDir.isEmpty()) {
            then(tr("No local data was found for this account."), true);
            return;
        }
        close([this, then] {
            setState(State::Closed);
            auto removeFiles = [this, then](bool keyOk, const QString& keyMessage) {
                bool filesOk = true;
                const QStringList removed = CacheFiles::removeAll(accountDir, &filesOk);
                if (keyOk)
                    CacheKey::setCreated(profile, accountIdOfDir(), false);
                QStringList lines;
                lines << (keyOk ? tr("The cache key was deleted from the keychain.")
                                : tr("The cache key could not be deleted from the keychain (%1).").arg(keyMessage));
                lines << (removed.isEmpty() ? tr("No cache files were on this computer.")
                                            : tr("Deleted: %1.").arg(removed.join(QStringLiteral(", "))));
                if (!filesOk)
                    lines << tr("Some files could not be deleted from %1.").arg(accountDir);
                qCInfo(lcSync).noquote() << "local data removed; key deleted:" << keyOk << "files:" << removed;
                then(lines.join(QLatin1Char(' ')), keyOk && filesOk);
            };
            if (!secrets || unencrypted) {
                removeFiles(secrets != nullptr, QString());
                return;
            }
            CacheKey::remove(secrets, keyName, q, removeFiles);
        });
    }
};

SyncController::SyncController(Session* session, SecretStore* secrets, Profile* profile, const Clock* clock,
                               QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>())
{
    qRegisterMetaType<sp::SyncProgress>();
    d->q = this;
    d->session = session;
    d->secrets = secrets;
    d->profile = profile;
    d->clock = clock;
    d->retryTimer.setSingleShot(true);
    // A coarse timer may fire a little early, before a Retry-After has passed.
    d->retryTimer.setTimerType(Qt::PreciseTimer);
    d->offlineTimer.setSingleShot(true);
    connect(&d->retryTimer, &QTimer::timeout, this, [this] { d->onRetryTimer(); });
    connect(&d->offlineTimer, &QTimer::timeout, this, [this] { d->startRun(); });
    // Waiting for free space is a look at the disk, not a request to the server.
    d->spaceTimer.setInterval(kSpaceCheckMs);
    connect(&d->spaceTimer, &QTimer::timeout, this, [this] { d->onSpaceTimer(); });
    connect(&d->intervalTimer, &QTimer::timeout, this, [this] {
        if (d->state == State::Idle || d->state == State::Failed)
            d->startRun();
    });
    if (session) {
        connect(session, &Session::ended, this, [this] {
            if (d->running)
                d->stopRun(false, tr("Your session has ended. Sign in again to sync."));
        });
    }
}

SyncController::~SyncController()
{
    delete std::exchange(d->check, nullptr); // interrupts a running check and waits for it
    d->retryTimer.stop();
    d->offlineTimer.stop();
    if (d->writer) {
        CacheWriter* w = d->writer;
        // The writer finishes the transaction in progress and closes the file before the thread ends.
        QMetaObject::invokeMethod(w, [w] { w->closeFile(); }, Qt::BlockingQueuedConnection);
        d->thread.quit();
        d->thread.wait();
    }
}

SyncController::State SyncController::state() const
{
    return d->state;
}

QDateTime SyncController::lastSyncedAt() const
{
    return d->lastSyncedAt;
}

QString SyncController::lastError() const
{
    return d->lastError;
}

CacheQuery* SyncController::query() const
{
    return d->query;
}

int SyncController::intervalMinutes() const
{
    return d->profile->settings().value(QLatin1String(kIntervalSetting), kDefaultIntervalMinutes).toInt();
}

qint64 SyncController::lastRunBytes() const
{
    return d->lastRunBytes;
}

void SyncController::open()
{
    d->open();
}

void SyncController::syncNow()
{
    if (d->state == State::Idle || d->state == State::Offline || d->state == State::Failed)
        d->startRun(true);
}

void SyncController::cancel()
{
    d->cancel();
}

void SyncController::setIntervalMinutes(int minutes)
{
    d->profile->settings().setValue(QLatin1String(kIntervalSetting), qMax(0, minutes));
    d->profile->sync();
    d->restartInterval();
}

void SyncController::resetCache()
{
    d->reset();
}

void SyncController::retryKeychain()
{
    if (d->state == State::KeychainLocked)
        d->open();
}

void SyncController::checkIntegrity()
{
    d->startCheck(true);
}

void SyncController::removeLocalData()
{
    d->shred([this](const QString& summary, bool) { emit localDataRemoved(summary); });
}

void SyncController::setRetryBudgetMs(qint64 ms)
{
    d->retry.setBudgetMs(ms);
}

void SyncController::setOfflineRetryDelaysMs(qint64 firstMs, qint64 maxMs)
{
    d->offlineFirstMs = qMax<qint64>(1, firstMs);
    d->offlineMaxMs = qMax(d->offlineFirstMs, maxMs);
    d->offlineDelayMs = d->offlineFirstMs;
}

void SyncController::setPageLimit(int rows)
{
    d->pageLimit = qBound(1, rows, 1000);
}

bool SyncController::waitingForSpace() const
{
    return d->waitingForSpace;
}

void SyncController::setRequestDeadlineMs(int ms)
{
    d->requestDeadlineMs = qMax(0, ms);
}

void SyncController::setCursorGuardRowFloor(qint64 rows)
{
    d->guardRowFloor = qMax<qint64>(1, rows);
}

void SyncController::setSpaceCheckIntervalMs(int ms)
{
    d->spaceTimer.setInterval(qMax(1, ms));
}

void SyncController::setUnencryptedForBenchmark(bool on)
{
    d->unencrypted = on;
}

} // namespace sp
