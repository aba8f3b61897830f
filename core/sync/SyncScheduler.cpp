#include "sync/SyncScheduler.h"

#include "profile/Profile.h"
#include "sync/RetryPolicy.h"
#include "sync/SyncLog.h"

#include <QDir>
#include <QStorageInfo>

namespace sp {

namespace {

const char* const kIntervalSetting = "sync/intervalMinutes";
constexpr int kDefaultIntervalMinutes = 15;
constexpr int kSpaceCheckMs = 30 * 1000;

} // namespace

SyncScheduler::SyncScheduler(Profile* profile, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
{
    m_offlineTimer.setSingleShot(true);
    connect(&m_offlineTimer, &QTimer::timeout, this, &SyncScheduler::offlineRetryDue);
    connect(&m_intervalTimer, &QTimer::timeout, this, &SyncScheduler::intervalDue);
    m_spaceTimer.setInterval(kSpaceCheckMs);
    connect(&m_spaceTimer, &QTimer::timeout, this, [this] {
        if (!m_waitingForSpace) {
            m_spaceTimer.stop();
            return;
        }
        if (enoughSpace(false)) {
            qCInfo(lcSync) << "free space is back; the sync resumes";
            emit roomAgain();
        }
    });
}

int SyncScheduler::intervalMinutes() const
{
    return m_profile->settings().value(QLatin1String(kIntervalSetting), kDefaultIntervalMinutes).toInt();
}

void SyncScheduler::setIntervalMinutes(int minutes)
{
    m_profile->settings().setValue(QLatin1String(kIntervalSetting), qMax(0, minutes));
    m_profile->sync();
}

void SyncScheduler::restartInterval(bool cacheOpen)
{
    const int minutes = intervalMinutes();
    if (minutes <= 0 || !cacheOpen) {
        m_intervalTimer.stop();
        return;
    }
    m_intervalTimer.start(minutes * 60 * 1000);
}

void SyncScheduler::stop()
{
    m_offlineTimer.stop();
    m_intervalTimer.stop();
    m_spaceTimer.stop();
}

void SyncScheduler::runStarting()
{
    m_waitingForSpace = false;
    m_spaceTimer.stop();
    m_offlineTimer.stop();
}

void SyncScheduler::runSucceeded() { m_offlineDelayMs = m_offlineFirstMs; }

void SyncScheduler::scheduleOfflineRetry()
{
    // Back-off with jitter, capped; nothing in the cache changes while offline.
    const qint64 delay = RetryPolicy::jittered(m_offlineDelayMs);
    m_offlineDelayMs = qMin(m_offlineMaxMs, m_offlineDelayMs * 2);
    qCInfo(lcSync) << "offline; next attempt in" << delay << "ms";
    m_offlineTimer.start(int(delay));
}

void SyncScheduler::setOfflineRetryDelaysMs(qint64 firstMs, qint64 maxMs)
{
    m_offlineFirstMs = qMax<qint64>(1, firstMs);
    m_offlineMaxMs = qMax(m_offlineFirstMs, maxMs);
    m_offlineDelayMs = m_offlineFirstMs;
}

void SyncScheduler::waitForSpace(qint64 neededBytes, qint64 freeAtDiskFull)
{
    m_waitingForSpace = true;
    m_neededBytes = neededBytes;
    m_freeAtDiskFull = freeAtDiskFull;
}

qint64 SyncScheduler::freeBytes(const QString& dir)
{
    QStorageInfo storage(dir);
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

// The user's Retry: enough room now. A timer's look: besides, room was really freed since the
// failure (a disk full for other reasons, e.g. a quota, is not retried every half minute).
bool SyncScheduler::enoughSpace(bool byUser) const
{
    const qint64 free = freeBytes(m_accountDir);
    if (free < 0)
        return byUser;
    if (free < m_neededBytes)
        return false;
    return byUser || free >= m_freeAtDiskFull + kMinFreeBytesAfterDiskFull;
}

void SyncScheduler::startSpaceChecks()
{
    if (!m_spaceTimer.isActive())
        m_spaceTimer.start();
}

QString SyncScheduler::diskFullMessage() const { return diskFullMessage(m_neededBytes, m_accountDir); }

QString SyncScheduler::diskFullMessage(qint64 neededBytes, const QString& accountDir)
{
    const qint64 megabytes = (neededBytes + 1024 * 1024 - 1) / (1024 * 1024);
    return tr("The disk is full: free at least %1 MB on the disk that holds %2. The sync continues by itself "
              "once there is room (or click Retry); everything downloaded so far is kept.")
        .arg(megabytes)
        .arg(QDir::toNativeSeparators(accountDir));
}

} // namespace sp
