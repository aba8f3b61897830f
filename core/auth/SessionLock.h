#pragma once

#include <QLockFile>
#include <QString>

namespace sp {

// One writer of the session per profile. Whoever restores, refreshes or signs in holds
// <profile>/session.lock: a refresh rotates the refresh token, so a second process refreshing the
// same remembered session (a smoke test beside the window) would make the first one's next refresh
// read as "reused" and sign the seller out. A lock left behind by a process that died is taken over.
class SessionLock
{
public:
    explicit SessionLock(const QString& profileDir);

    // False while another live process holds the lock (or it cannot be created).
    bool tryLock();
    bool isLocked() const { return m_lock.isLocked(); }
    // The holder, when tryLock() failed because another process holds it; 0 if unknown.
    qint64 holderPid() const;

    static QString path(const QString& profileDir);

private:
    QLockFile m_lock;
};

} // namespace sp
