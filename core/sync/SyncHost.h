#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace sp {

class Session;
class SessionHost;
class SyncController;

// Keeps one SyncController for the signed-in account of the current session: created and opened
// (then synced) at each sign-in, and already while a remembered session is being restored (its
// account is known locally), closed when the session ends or is replaced. A sign-in to another
// account than the one whose cache is open closes that cache first. The cache stays
// encrypted on disk when closed.
class SyncHost : public QObject
{
    Q_OBJECT
public:
    explicit SyncHost(SessionHost* host, QObject* parent = nullptr);
    ~SyncHost() override;

    SyncController* controller() const { return m_controller; } // null while signed out

    // Tests: adjusts each new controller (e.g. short retry delays) before it opens.
    void setControllerSetup(std::function<void(SyncController*)> setup) { m_setup = std::move(setup); }

signals:
    // A new controller (just opening), or null when the cache was closed.
    void controllerChanged(sp::SyncController* controller);

private:
    void bindSession(Session* session);
    void onSignedIn();
    void onRestoring();
    void close();

    SessionHost* m_host;
    QPointer<Session> m_session;
    QPointer<SyncController> m_controller;
    QString m_accountId;
    std::function<void(SyncController*)> m_setup;
};

} // namespace sp
