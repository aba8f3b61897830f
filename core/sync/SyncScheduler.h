#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace sp {

class Profile;

// When a sync starts by itself: every intervalMinutes (the setting sync/intervalMinutes); again and
// again, with a growing delay, while the server cannot be reached (Offline); and once the disk that
// was full has room again (a look at the disk every 30 s, not a request to the server).
// SyncController starts the runs; this class only says when.
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    explicit SyncScheduler(Profile* profile, QObject* parent = nullptr);

    int intervalMinutes() const;
    void setIntervalMinutes(int minutes); // 0 = only on demand; stored in the settings
    void restartInterval(bool cacheOpen); // the interval counts from now (stopped while the cache is closed)
    void stop();                          // the cache closes: no interval, no offline retry

    // A run starts: no offline retry or space check is pending any more.
    void runStarting();
    // A run completed: the next outage starts again from the first offline delay.
    void runSucceeded();
    // The server could not be reached: offlineRetryDue() after a jittered, growing delay (capped).
    void scheduleOfflineRetry();
    void setOfflineRetryDelaysMs(qint64 firstMs, qint64 maxMs);

    // The disk was full: runs wait until `neededBytes` are free and, when not asked by the user,
    // room was really freed since (`freeAtDiskFull` plus a margin: a quota is not retried forever).
    void waitForSpace(qint64 neededBytes, qint64 freeAtDiskFull);
    bool waitingForSpace() const { return m_waitingForSpace; }
    bool enoughSpace(bool byUser) const;
    void startSpaceChecks(); // roomAgain() once enoughSpace(false)
    void setSpaceCheckIntervalMs(int ms) { m_spaceTimer.setInterval(qMax(1, ms)); }
    QString diskFullMessage() const;
    void setAccountDir(const QString& dir) { m_accountDir = dir; }

    // What the user reads when the disk that holds `accountDir` needs `neededBytes` more.
    static QString diskFullMessage(qint64 neededBytes, const QString& accountDir);
    static qint64 freeBytes(const QString& dir); // -1: unknown
    // After a full disk the sync waits for this much free space at least before it writes again.
    static constexpr qint64 kMinFreeBytesAfterDiskFull = 1024 * 1024;

signals:
    void intervalDue();
    void offlineRetryDue();
    void roomAgain();

private:
    Profile* m_profile;
    QTimer m_intervalTimer, m_offlineTimer, m_spaceTimer;
    qint64 m_offlineFirstMs = 5000, m_offlineMaxMs = 5 * 60 * 1000, m_offlineDelayMs = 5000;
    bool m_waitingForSpace = false;
    qint64 m_neededBytes = 0, m_freeAtDiskFull = 0;
    QString m_accountDir;
};

} // namespace sp
