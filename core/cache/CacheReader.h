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
            context, lane, [work = std::move(work), result](const CacheQuery& query) { *result = work(query); },
            [done = std::move(done), result] { done(std::move(*result)); });
    }
    // Drops the lane's queued reads and interrupts its running one (a view that went away or reset).
    void cancel(const QString& lane);

    // A unique lane name for `owner`'s reads of one `kind` ("rows", "count").
    static QString laneOf(const QObject* owner, const char* kind);

signals:
    // A read failed with SQLITE_CORRUPT/NOTADB (`certain`) or in a way an integrity check must judge.
    void damageFound(bool certain);

private:
    struct Lanes; // the newest read of each lane, and the running one (shared with the thread)
    void post(QObject* context, const QString& lane, std::function<void(const CacheQuery&)> work,
              std::function<void()> deliver);

    std::shared_ptr<Lanes> m_lanes;
    QThread m_thread;
    CacheQuery* m_query = nullptr;  // lives in m_thread; deleted there when it finishes
    CipherDatabase* m_db = nullptr; // m_query's connection, for interrupting from this thread
};

} // namespace sp
