#pragma once

#include "startup/CommandLineOptions.h"
#include "profile/Profile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace sp {

class Clock;
class LocalSandbox;
class PrefetchingSecretStore;
class SessionLock;
class RunMarker;
class SessionHost;
class SupportActions;
class WindowCoordinator;

// Wires core and ui for one run of the app: the profile, the keychain, the server (or the local
// sandbox) and the windows. Reports a fatal problem (e.g. the sandbox would not start) as a value.
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(CommandLineOptions options, QObject* parent = nullptr);
    ~AppController() override;

    // False with a translated reason when the profile or the server cannot be used.
    bool start(QString* error);

    WindowCoordinator* windows() const { return m_windows.get(); }
    SessionHost* sessionHost() const { return m_host; }
    PrefetchingSecretStore* secretStore() const { return m_secrets; } // the keychain, as the app reads it
    // A smoke test or screenshot run found the session held by another process (the running app):
    // nothing was started, so that it cannot rotate that process's refresh token.
    bool sessionOwnedElsewhere() const { return m_sessionOwnedElsewhere; }
    SupportActions* support() const { return m_support; }

signals:
    // Something the app cannot go on without (the sandbox failed); translated, one line.
    void fatalError(const QString& message);
    void quitRequested();
    void restartRequested(); // quit, then start again (a new language)

private:
    void onSandboxReady(const QUrl& url, const QString& certPath, const QString& demoEmail,
                        const QString& demoPassword);
    void onReady();
    // The first screen is on screen (or a dialog waits for the user): the held TLS builds go, the icon is set.
    void onFirstScreen();
    // Once this process holds the profile's session lock: the sandbox, then the windows.
    void startSession();
    void startSandbox(quint16 preferredPort);
    // The running sandbox stopped: the app goes on offline from its cache, and starts the sandbox
    // again on the same port (the session is bound to it) a few times before it gives up.
    void onSandboxLost(const QString& message);
    void startLogging();
    void createSupportActions();

    CommandLineOptions m_options;
    std::optional<Profile> m_profile;
    std::unique_ptr<SessionLock> m_sessionLock; // released last (declared before what uses the session)
    QTimer* m_sessionLockRetry = nullptr;
    bool m_sessionOwnedElsewhere = false;
    bool m_sandboxReady = false;
    bool m_firstScreenShown = false;
    int m_sandboxRestarts = 0;
    std::unique_ptr<Clock> m_clock;
    QNetworkAccessManager* m_nam = nullptr;
    PrefetchingSecretStore* m_secrets = nullptr;
    SessionHost* m_host = nullptr;
    std::unique_ptr<WindowCoordinator> m_windows;
    QPointer<LocalSandbox> m_sandbox;
    std::unique_ptr<RunMarker> m_runMarker;
    SupportActions* m_support = nullptr;
};

} // namespace sp
