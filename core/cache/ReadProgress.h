#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

#include <functional>

namespace sp {

// What a long read (a job: the whole-cache archive, a report build) sees of itself on the reader's
// thread: it reports how far it got, and asks whether it is still wanted (a newer read of its lane
// or CacheReader::cancel makes it stale; a job checks between rows, because sqlite3_interrupt only
// stops a statement that is running). Reports are throttled here, on the job's thread, so a job may
// call report() per row: the first goes out at once (the UI can show the job at once), then at
// most one per kInterval, and the last (done == total) always.
class ReadProgress
{
public:
    using Send = std::function<void(qint64 done, qint64 total)>;
    using Stale = std::function<bool()>;
    static constexpr qint64 kIntervalMs = 100; // at most ~10 reports a second reach the UI

    ReadProgress(Send send, Stale stale);
    Q_DISABLE_COPY_MOVE(ReadProgress)

    void report(qint64 done, qint64 total);
    bool isCancelled() const;

private:
    Send m_send;
    Stale m_stale;
    QElapsedTimer m_sinceSent; // invalid until the first report
    qint64 m_lastDone = -1;
};

} // namespace sp
