#include "AppController.h"

#include "AppLog.h"
#include "SessionHost.h"
#include "WindowCoordinator.h"
#include "app/LocalSandbox.h"
#include "auth/Session.h"
#include "common/Clock.h"
#include "secrets/QtKeychainSecretStore.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

namespace sp {

AppController::AppController(CommandLineOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

AppController::~AppController()
{
    // Windows first: they hold pointers into the session. Then the sessions, which use the profile
    // and the clock that die with this object's members (children would go only after those).
    // The sandbox stops with this object.
    m_windows.reset();
    delete m_host;
}

bool AppController::start(QString* error)
{
    m_profile = Profile::open(m_options.profileDir, error);
    if (!m_profile)
        return false;

    m_clock = std::make_unique<Clock>();
    m_nam = new QNetworkAccessManager(this);
    m_secrets = new QtKeychainSecretStore(QStringLiteral("SellerPulse"), this);
    m_host = new SessionHost(m_nam, m_secrets, &*m_profile, m_clock.get(), this);
    m_windows = std::make_unique<WindowCoordinator>(m_host);
    connect(m_windows.get(), &WindowCoordinator::quitRequested, this, &AppController::quitRequested);
    connect(m_windows.get(), &WindowCoordinator::ready, this, &AppController::onReady);

    if (m_options.sandbox) {
        // The sandbox gets a new port on every start: never remember it as "the" server.
        m_host->setRememberServer(false);
        m_windows->setServerLocked(true);
        m_sandbox = new LocalSandbox(this);
        connect(m_sandbox, &LocalSandbox::ready, this, &AppController::onSandboxReady);
        connect(m_sandbox, &LocalSandbox::failed, this, &AppController::fatalError);
        m_sandbox->start(QDir(m_profile->dir()).filePath(QStringLiteral("sandbox")));
        return true;
    }

    ServerChoice server = m_host->rememberedServer();
    if (!m_options.server.isEmpty()) {
        server.url = m_options.server;
        server.caFile.clear();
    }
    if (!m_options.caFile.isEmpty())
        server.caFile = m_options.caFile;
    if (!m_host->useServer(server, error))
        return false;
    // Next turn of the event loop, so that whoever watches the windows (the smoke test) is connected.
    QTimer::singleShot(0, m_windows.get(), &WindowCoordinator::start);
    return true;
}

void AppController::onSandboxReady(const QUrl& url, const QString& certPath, const QString& demoEmail,
                                   const QString& demoPassword)
{
    qCInfo(lcApp) << "local sandbox ready at" << url.toString();
    ServerChoice server;
    server.url = url;
    server.caFile = certPath;
    server.label = tr("the local sandbox");
    QString error;
    if (!m_host->useServer(server, &error)) {
        emit fatalError(error);
        return;
    }
    Session* session = m_host->session();
    m_windows->setRestoreFallback(demoEmail, demoPassword);
    if (session->hasRememberedSession()) {
        m_windows->start();
    } else if (!demoPassword.isEmpty()) {
        m_windows->signIn(demoEmail, demoPassword);
    } else {
        // The demo password was changed: only the user knows it now.
        m_windows->showSignIn(tr("The demo account's password was changed. Sign in with the new one."),
                              demoEmail);
    }
}

void AppController::onReady()
{
    // One line for scripts and tests: how this run got signed in.
    const QString how = m_windows->signedInByRestore() ? QStringLiteral("restored session")
                                                       : QStringLiteral("new sign-in");
    std::fprintf(stdout, "sellerpulse: signed in (%s)\n", qUtf8Printable(how));
    std::fflush(stdout);
}

} // namespace sp
