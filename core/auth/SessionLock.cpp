#include "auth/SessionLock.h"

#include <QDir>
#include <QFile>

namespace sp {

SessionLock::SessionLock(const QString& profileDir)
    : m_lock(path(profileDir))
{
    // Never stale by age: the app holds it for its whole run. A dead holder is still detected (its
    // pid no longer runs) and the lock taken over.
    m_lock.setStaleLockTime(0);
}

QString SessionLock::path(const QString& profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("session.lock"));
}

bool SessionLock::tryLock()
{
    if (m_lock.isLocked())
        return true;
    if (!m_lock.tryLock(0))
        return false;
    QFile::setPermissions(m_lock.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

qint64 SessionLock::holderPid() const
{
    qint64 pid = 0;
    QString host, application;
    return m_lock.getLockInfo(&pid, &host, &application) ? pid : 0;
}

} // namespace sp
