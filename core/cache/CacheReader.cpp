#include "cache/CacheReader.h"

#include "cache/CacheQuery.h"
#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"
#include "cache/ReadProgress.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace sp {

namespace {
constexpr int kStaleCheckSteps = 10000; // SQLite VM steps between two looks at the lane (a mutex)
} // namespace

struct CacheReader::Lanes
{
    QMutex mutex;
    QHash<QString, quint64> newest; // lane -> id of its newest read
    quint64 nextId = 0;
    QString runningLane;
    quint64 runningId = 0;
    bool runningIdle = false; // the running read yields to any other
    bool closing = false;

    bool isNewest(const QString& lane, quint64 id)
    {
        QMutexLocker lock(&mutex);
        return !closing && newest.value(lane) == id;
    }
    // An idle read is stale too once anything was posted (or cancelled) after it.
    bool isCurrent(const QString& lane, quint64 id, bool idle)
    {
        QMutexLocker lock(&mutex);
        return !closing && newest.value(lane) == id && (!idle || nextId == id);
    }
};

CacheReader::CacheReader(std::unique_ptr<CipherDatabase> db, QObject* parent)
    : QObject(parent)
    , m_lanes(std::make_shared<Lanes>())
{
    m_db = db.get();
    m_query = new CacheQuery(std::move(db));
    m_query->moveToThread(&m_thread);
    m_db->restrictToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_query, &QObject::deleteLater);
    connect(m_query, &CacheQuery::damageFound, this, &CacheReader::damageFound);
    m_thread.setObjectName(QStringLiteral("sellerpulse-reader"));
    m_thread.start();
}

CacheReader::~CacheReader()
{
    {
        QMutexLocker lock(&m_lanes->mutex);
        m_lanes->closing = true;
        if (m_lanes->runningId != 0)
            m_db->interrupt();
    }
    m_thread.quit();
    m_thread.wait();
}

QString CacheReader::laneOf(const QObject* owner, const char* kind)
{
    return QString::number(quintptr(owner), 16) + QLatin1Char('/') + QLatin1String(kind);
}

void CacheReader::cancel(const QString& lane)
{
    QMutexLocker lock(&m_lanes->mutex);
    m_lanes->newest.insert(lane, ++m_lanes->nextId); // no read has this id: every older one is stale
    if (m_lanes->runningLane == lane && m_lanes->runningId != 0)
        m_db->interrupt();
}

void CacheReader::post(QObject* context, const QString& lane,
                       std::function<void(const CacheQuery&, ReadProgress&)> work, std::function<void()> deliver,
                       std::function<void(qint64, qint64)> progress, Priority priority)
{
    quint64 id = 0;
    const bool idle = priority == Priority::Idle;
    {
        QMutexLocker lock(&m_lanes->mutex);
        id = ++m_lanes->nextId;
        m_lanes->newest.insert(lane, id);
        // The running read of this lane is stale now, and an idle one yields to any read: stop it
        // (SQLITE_INTERRUPT, never "damage").
        if (m_lanes->runningId != 0 && (m_lanes->runningLane == lane || m_lanes->runningIdle))
            m_db->interrupt();
    }
    const std::shared_ptr<Lanes> lanes = m_lanes;
    const QPointer<QObject> receiver(context);
    QPointer<CacheReader> self(this);
    QMetaObject::invokeMethod(
        m_query,
        [lanes, lane, id, idle, work = std::move(work), deliver = std::move(deliver), progress = std::move(progress),
         receiver, self, query = m_query] {
            {
                QMutexLocker lock(&lanes->mutex);
                if (lanes->closing || lanes->newest.value(lane) != id || (idle && lanes->nextId != id))
                    return; // a newer read of the lane (or any, for an idle one) came first: never run this one
                lanes->runningLane = lane;
                lanes->runningId = id;
                lanes->runningIdle = idle;
            }
            // Reports go the way results go (through the reader, then only while still newest),
            // queued before the result, so they arrive in order and before it.
            ReadProgress reporter(
                [lanes, lane, id, progress, receiver, self](qint64 done, qint64 total) {
                    if (!progress)
                        return;
                    QMetaObject::invokeMethod(
                        self.data(),
                        [lanes, lane, id, progress, receiver, done, total] {
                            if (receiver && lanes->isNewest(lane, id))
                                progress(done, total);
                        },
                        Qt::QueuedConnection);
                },
                [lanes, lane, id] { return !lanes->isNewest(lane, id); });
            // sqlite3_interrupt stops only a statement already running: between two statements a
            // stale read would go on, so each statement also asks every so many steps.
            CipherDatabase& db = ReadConnection::of(*query);
            db.setProgressHandler(kStaleCheckSteps,
                                  [lanes, lane, id, idle] { return !lanes->isCurrent(lane, id, idle); });
            work(*query, reporter);
            db.setProgressHandler(0, nullptr);
            {
                QMutexLocker lock(&lanes->mutex);
                lanes->runningLane.clear();
                lanes->runningId = 0;
                lanes->runningIdle = false;
            }
            if (!lanes->isNewest(lane, id))
                return;
            // Delivered through the reader (which outlives this thread's work: its destructor
            // waits for it), then to the context if it is still there and the read still newest.
            QMetaObject::invokeMethod(
                self.data(),
                [lanes, lane, id, deliver, receiver] {
                    if (receiver && lanes->isNewest(lane, id))
                        deliver();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace sp
