#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace sp {

class CacheQuery;
class CipherDatabase;
class ReadProgress;

// The views' reads of the offline cache, off the UI thread. A thread of its own owns a read
// connection (a CacheQuery on it); a view posts a read, a function of that CacheQuery, and gets the
// result on its own thread by a queued call. Reads are grouped in lanes ("this model's rows"): a
// newer read of a lane drops the older ones still queued and interrupts the one running, whose
// result is never delivered, so typing a search never queues work behind a stale one.
// The connection refuses to be used on any other thread (a debug build aborts: see
// CipherDatabase::restrictToThread).
class CacheReader : public QObject
{
    Q_OBJECT
public:
    // Takes an open read connection.
    explicit CacheReader(std::unique_ptr<CipherDatabase> db, QObject* parent = nullptr);
    // Interrupts the running read and waits for the thread: no result is delivered afterwards.
    ~CacheReader() override;

    // Runs `work` on the reader's thread; `done(result)` runs on this object's thread unless the
    // lane got a newer read meanwhile or `context` is gone. `context` lives on this object's thread.
    template <typename Result>
    void read(QObject* context, const QString& lane, std::function<Result(const CacheQuery&)> work,
              std::function<void(Result)> done)
    {
        auto result = std::make_shared<Result>();
        post(
            context, lane,
            [work = std::move(work), result](const CacheQuery& query, ReadProgress&) { *result = work(query); },
            [done = std::move(done), result] { done(std::move(*result)); }, {}, Priority::Normal);
    }
    // The same for work that may wait (a page index: see PageJumps): it runs only when nothing was
    // posted after it, and any read posted while it runs interrupts it (its result is then dropped).
    template <typename Result>
    void readWhenIdle(QObject* context, const QString& lane, std::function<Result(const CacheQuery&)> work,
                      std::function<void(Result)> done)
    {
        auto result = std::make_shared<Result>();
        post(
            context, lane,
            [work = std::move(work), result](const CacheQuery& query, ReadProgress&) { *result = work(query); },
            [done = std::move(done), result] { done(std::move(*result)); }, {}, Priority::Idle);
    }
    // A job: the same, and `work` reports its progress (ReadProgress, throttled on the reader's
    // thread), which reaches `progress(done, total)` on this object's thread only while the job is
    // the lane's newest and `context` is there; every report arrives before `done`. A job cancelled
    // (cancel(lane)) stops early when it checks ReadProgress::isCancelled, or at its running
    // statement's interrupt; its result is never delivered, so whatever it prepared for `done` (an
    // unfinished file) is dropped with the result on the reader's side, never shown.
    template <typename Result>
    void read(QObject* context, const QString& lane, std::function<Result(const CacheQuery&, ReadProgress&)> work,
              std::function<void(Result)> done, std::function<void(qint64 done, qint64 total)> progress)
    {
        auto result = std::make_shared<Result>();
        post(
            context, lane,
            [work = std::move(work), result](const CacheQuery& query, ReadProgress& reporter) {
                *result = work(query, reporter);
            },
            [done = std::move(done), result] { done(std::move(*result)); }, std::move(progress), Priority::Normal);
    }
    // Drops the lane's queued reads and interrupts its running one (a view that went away or reset,
    // the user's Cancel of a job): none of them delivers anything any more, progress included.
    void cancel(const QString& lane);

    // A unique lane name for `owner`'s reads of one `kind` ("rows", "count").
    static QString laneOf(const QObject* owner, const char* kind);

signals:
    // A read failed with SQLITE_CORRUPT/NOTADB (`certain`) or in a way an integrity check must judge.
    void damageFound(bool certain);

private:
    struct Lanes; // the newest read of each lane, and the running one (shared with the thread)
    enum class Priority { Normal, Idle };
    void post(QObject* context, const QString& lane, std::function<void(const CacheQuery&, ReadProgress&)> work,
              std::function<void()> deliver, std::function<void(qint64, qint64)> progress, Priority priority);

    std::shared_ptr<Lanes> m_lanes;
    QThread m_thread;
    CacheQuery* m_query = nullptr;  // lives in m_thread; deleted there when it finishes
    CipherDatabase* m_db = nullptr; // m_query's connection, for interrupting from this thread
};

} // namespace sp
