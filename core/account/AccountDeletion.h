#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

namespace sp {

class Session;
class AccountCache;

// Deletes the account: the server schedules the deletion (within 30 days, except what the law
// keeps) and ends every session; then this computer's data of the account goes (the cache files
// and their keychain key, AccountCache::removeLocalData), and the session signs out (its
// keychain entry goes too).
class AccountDeletion : public QObject
{
    Q_OBJECT
public:
    // `cache`: the cache of the account (SyncController::cache()), or null when none is open.
    AccountDeletion(Session* session, AccountCache* cache, QObject* parent = nullptr);

    // POST /v1/account/deletion with the password (not kept after sending).
    void start(const QString& password);
    bool isRunning() const { return m_running; }

    // The plain statement the UI shows before asking for the password ("sp::AccountDeletion").
    static QString whatHappens();

signals:
    // The server scheduled the deletion; `summary` says what was removed here. The session signs
    // out right after this signal.
    void finished(const QDateTime& scheduledFor, const QString& summary);
    void failed(const QString& message); // nothing was deleted; e.g. a wrong password

private:
    void removeLocalDataThenSignOut(const QDateTime& scheduledFor);

    QPointer<Session> m_session;
    QPointer<AccountCache> m_cache;
    bool m_running = false;
};

} // namespace sp
