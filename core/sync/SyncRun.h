#pragma once

#include "cache/CacheWriter.h"
#include "sync/CursorGuard.h"
#include "sync/RetryPolicy.h"
#include "sync/SyncController.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace sp {

class Clock;
class Session;
struct ApiError;
struct ApiResponse;

// One sync: fetches every resource from its stored cursor, page by page, while the writer commits
// them (a bounded number of pages ahead), retries transient errors within the run's budget, and
// stops a listing that would never end (CursorGuard). One object per run: its requests and the
// writer's answers use it as their context, so dropping it drops its late replies.
class SyncRun : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int pageLimit = 500;
        int requestDeadlineMs = 0; // 0: ApiClient's default for a page
        qint64 guardRowFloor = CursorGuard::kDefaultRowFloor;
        RetryPolicy retry;
    };
    enum class Outcome { Succeeded, Failed, Cancelled, Offline };

    // `cursors`: resource -> stored cursor; `itemCounts`: rows after the last complete sync.
    SyncRun(Session* session, CacheWriter* writer, const Clock* clock, const QString& accountDir,
            const Settings& settings, const QHash<QString, QString>& cursors, const QHash<QString, qint64>& itemCounts,
            QObject* parent = nullptr);

    void start();
    void cancel();                     // stops after the current transaction
    void stop(const QString& message); // e.g. the session ended: stops now, as a failure

    bool isRunning() const { return m_running; }
    QHash<QString, QString> cursors() const { return m_committed; }    // as committed so far
    QHash<QString, qint64> itemCounts() const { return m_itemCounts; } // updated by a complete run
    qint64 bytes() const { return m_bytes; }
    bool anyAnswer() const { return m_anyAnswer; }
    // The last failed request's lines for support (request id, status), kept out of the message.
    QString errorDetails() const { return m_errorDetails; }
    // The run stopped because the disk is full: what it still needs, and what was free then.
    bool stoppedForSpace() const { return m_stoppedForSpace; }
    qint64 neededBytes() const { return m_neededBytes; }
    qint64 freeAtDiskFull() const { return m_freeAtDiskFull; }

signals:
    void progress(const sp::SyncProgress& progress);
    void dataChanged(); // rows were committed (at most once a second)
    // The last signal of the run.
    void finished(sp::SyncRun::Outcome outcome, const QString& message);

private:
    void startFetch(int index);
    void fetchPage();
    void onResponse(int index, const QString& fromCursor, const ApiResponse& response);
    bool passesGuard(int index, const QString& fromCursor, const QJsonObject& json);
    void stopAfterWrites(int index, const QString& message);
    qint64 estimateNeededBytes(int index) const;
    void stopForSpace(int index);
    void fetchNextWhenWriterKeepsUp();
    void onPageWritten(const QString& resource, CacheWriter::WriteStatus result, qint64 rows, const QString& cursor,
                       const QString& error);
    void onFailure(int index, const ApiError& error, const QString& text);
    void onRetryTimer();
    void maybeResume();
    void maybeFinish();
    void onRunFinished(bool ok, const QString& error);
    void end(Outcome outcome, const QString& message);
    void abandonFetch();

    QPointer<Session> m_session;
    CacheWriter* m_writer; // lives in the cache's thread
    const Clock* m_clock;
    QString m_accountDir;
    Settings m_settings;
    const quint64 m_id;         // tags this run's pages in the writer's queue
    QObject* m_fetch = nullptr; // the context of the current fetch's requests: replaced to drop them

    QString m_errorDetails; // the last failed request's, for support
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_failed = false;    // a fetch or write failed; waiting to resume
    bool m_retryDue = false;  // the back-off has passed
    bool m_fetchDone = false; // every resource's last page has arrived
    int m_fetchIndex = 0;     // resource being fetched
    int m_resumeIndex;        // on failure: the earliest resource to fetch again
    int m_pendingWrites = 0;
    bool m_fetchDeferred = false; // the next page waits for the writer (too many pending)
    bool m_anyAnswer = false;     // the server answered at least once in this run
    int m_unreachableStreak = 0;
    QHash<QString, QString> m_committed; // resource -> stored cursor (after the last commit)
    QHash<QString, qint64> m_itemCounts;
    QHash<QString, qint64> m_done;
    QHash<QString, qint64> m_remaining; // the server's estimate of the rows after the last page fetched
    QHash<QString, bool> m_fullSync; // no cursor at the start of the run
    QString m_fetchCursor;
    QList<CursorGuard> m_guards; // one per listing: every run ends
    QString m_stopMessage;       // the run stops with it once the pages in the writer are committed
    bool m_diskFullSeen = false; // the writer said so; its failed pages follow
    bool m_stoppedForSpace = false;
    qint64 m_neededBytes = 0, m_freeAtDiskFull = 0;
    QTimer m_retryTimer;
    qint64 m_bytes = 0;
    QElapsedTimer m_sinceDataChanged;
};

} // namespace sp
