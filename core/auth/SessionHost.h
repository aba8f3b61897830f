#pragma once

#include "api/ServerChoice.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace sp {

class ApiClient;
class Clock;
class Profile;
class SecretStore;
class Session;

// Owns the ApiClient and the Session for the server the user chose. A Session talks to one server
// for its whole life, so choosing another server replaces both (only while signed out).
class SessionHost : public QObject
{
    Q_OBJECT
public:
    SessionHost(QNetworkAccessManager* nam, SecretStore* secrets, Profile* profile, const Clock* clock,
                QObject* parent = nullptr);
    ~SessionHost() override;

    // Makes `choice` the current server. Keeps the current session when nothing changes; otherwise
    // replaces it (sessionReplaced). False with a translated reason when the choice is refused or a
    // session is signed in or busy.
    bool useServer(const ServerChoice& choice, QString* error);

    Session* session() const { return m_session; } // never null
    ServerChoice server() const { return m_server; }
    Profile* profile() const { return m_profile; }
    SecretStore* secrets() const { return m_secrets; }
    const Clock* clock() const { return m_clock; }

    // The server of the last successful sign-in, from the profile's settings (non-secret), if any.
    // Static: read before a SessionHost exists, while the keychain's first read is being started.
    static ServerChoice rememberedServer(Profile& profile);
    // Off for servers that move (the local sandbox gets a new port on every start).
    void setRememberServer(bool remember) { m_rememberServer = remember; }

signals:
    void sessionReplaced(sp::Session* session);

private:
    void saveServer();

    QPointer<QNetworkAccessManager> m_nam;
    SecretStore* m_secrets;
    Profile* m_profile;
    const Clock* m_clock;
    ServerChoice m_server;
    ApiClient* m_api = nullptr;
    Session* m_session = nullptr;
    bool m_rememberServer = true;
};

} // namespace sp
