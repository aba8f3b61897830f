#include "AppController.h"

#include "AppLog.h"
#include "api/PreparedTlsConfiguration.h"
#include "MainWindow.h"
#include "auth/SessionHost.h"
#include "SupportActions.h"
#include "WindowCoordinator.h"
#include "startup/LocalSandbox.h"
#include "auth/Session.h"
#include "auth/SessionLock.h"
#include "cache/AccountCache.h"
#include "common/Clock.h"
#include "log/FileLogging.h"
#include "log/LogLevel.h"
#include "secrets/QtKeychainSecretStore.h"
#include "secrets/ThreadedSecretStore.h"
#include "startup/PrefetchingSecretStore.h"
#include "support/RunMarker.h"
#include "sync/SyncController.h"
#include "sync/SyncHost.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QHostAddress>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTimer>

#include <cstdio>
#include <utility>

namespace sp {

namespace {

// The port the local sandbox had last time, kept so that a remembered session (bound to its
// origin, port included) can be restored; not a secret.
const QString kSandboxPortKey = QStringLiteral("sandbox/lastPort");
constexpr int kSessionLockRetryMs = 250;
// The longest the TLS configuration waits for the first screen (a start that shows none, e.g. waiting for
// the session lock, still gets its requests out).
constexpr int kTlsHoldCapMs = 2000;

bool loopbackPortIsFree(quint16 port)
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, port);
}

} // namespace

AppController::AppController(CommandLineOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

AppController::~AppController()
{
    // Windows first: they hold pointers into the session. Then the sessions, which use the profile
    // and the clock that die with this object's members (children would go only after those).
    // The sandbox stops with this object.
    m_windows.reset();
    delete m_host;
    // A run that ends before its first screen leaves no hold behind (a later client in this process builds).
    PreparedTlsConfiguration::releaseBuilds();
    // Reached only when the run ends normally (a crash or SIGKILL never gets here): the next start
    // finds no marker.
    if (m_runMarker)
        m_runMarker->finish();
    qCInfo(lcApp) << "clean exit";
    FileLogging::uninstall();
}

bool AppController::start(QString* error)
{
    m_profile = Profile::open(m_options.profileDir, error);
    if (!m_profile)
        return false;

    startLogging();
    m_runMarker = std::make_unique<RunMarker>(m_profile->dir());
    QString markerError;
    if (!m_runMarker->start(&markerError))
        qCWarning(lcApp).noquote() << markerError;
    if (m_runMarker->previousRunEndedUnexpectedly()) {
        qCWarning(lcApp) << "the previous run ended unexpectedly";
        // One line for scripts and tests, like "signed in" below.
        std::fprintf(stdout, "sellerpulse: the previous run ended unexpectedly\n");
        std::fflush(stdout);
    }

    // The first screen first: the TLS configuration (the system's CA bundle) waits until it is on screen.
    PreparedTlsConfiguration::holdBuilds();
    QTimer::singleShot(kTlsHoldCapMs, this, &PreparedTlsConfiguration::releaseBuilds);
    m_clock = std::make_unique<Clock>();
    m_nam = new QNetworkAccessManager(this);
    // The keychain on a thread of its own: the remembered session's reads below go on while the window is built.
    auto* keychain = new ThreadedSecretStore(
        [](QObject* parent) { return new QtKeychainSecretStore(QStringLiteral("SellerPulse"), parent); },
        QtKeychainSecretStore::kMaxValueBytes, this);
    m_secrets = new PrefetchingSecretStore(keychain, this);
    ServerChoice server;
    if (!m_options.sandbox) {
        server = SessionHost::rememberedServer(*m_profile);
        const ServerSelection selection = m_options.serverSelection(server.url, server.caFile);
        server.url = selection.url;
        server.caFile = selection.caFile;
    }

    // One writer of the session per profile: only the process holding the lock restores or
    // refreshes it (see SessionLock).
    m_sessionLock = std::make_unique<SessionLock>(m_profile->dir());
    const bool locked = m_sessionLock->tryLock();
    if (locked) {
        // Offline-first start: the keychain reads of the remembered session (its account's cache key, then
        // its refresh token) start before the window is built, and each secret is read once (the cache
        // and the session take these answers). QtKeychain starts a job from the event loop: the queued
        // start is run here, so that the first request is out while the window is being built.
        m_secrets->prefetchRememberedSession(&*m_profile, m_options.sandbox ? QUrl() : server.url);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
        // The cache opens once the key is in: its libraries' one-time set-up is done meanwhile.
        AccountCache::warmUpLibraries();
    }
    // After the keychain's read is out: the session's client loads the TLS backend (about 4 ms, and a CA
    // file's certificates are parsed), which then overlaps that read instead of delaying it.
    m_host = new SessionHost(m_nam, m_secrets, &*m_profile, m_clock.get(), this);
    if (m_options.sandbox) {
        // The sandbox's URL is not "the" server to remember for the next start without --sandbox.
        m_host->setRememberServer(false);
    } else if (!m_host->useServer(server, error)) {
        return false;
    }

    m_windows = std::make_unique<WindowCoordinator>(m_host);
    if (m_options.sandbox)
        m_windows->setServerLocked(true);
    connect(m_windows.get(), &WindowCoordinator::quitRequested, this, &AppController::quitRequested);
    connect(m_windows.get(), &WindowCoordinator::restartRequested, this, &AppController::restartRequested);
    connect(m_windows.get(), &WindowCoordinator::ready, this, &AppController::onReady);
    // Queued: what watches the first screen (the smoke test's clock) sees it before this work is done.
    connect(m_windows.get(), &WindowCoordinator::firstScreenShown, this, &AppController::onFirstScreen,
            Qt::QueuedConnection);
    connect(m_windows.get(), &WindowCoordinator::userActionNeeded, this, &AppController::onFirstScreen,
            Qt::QueuedConnection);
    createSupportActions();

    if (locked) {
        startSession();
        return true;
    }
    const bool automated = m_options.smokeTest || !m_options.screenshotPath.isEmpty();
    qCInfo(lcApp) << "the session of this profile is held by process" << m_sessionLock->holderPid()
                  << (automated ? "; leaving it alone" : "; waiting for it");
    if (automated) {
        m_sessionOwnedElsewhere = true;
        return true;
    }
    // E.g. a smoke test is running on this profile: it ends within a minute.
    m_sessionLockRetry = new QTimer(this);
    m_sessionLockRetry->setInterval(kSessionLockRetryMs);
    connect(m_sessionLockRetry, &QTimer::timeout, this, [this] {
        if (!m_sessionLock->tryLock())
            return;
        m_sessionLockRetry->stop();
        qCInfo(lcApp) << "the session lock is free now";
        startSession();
    });
    m_sessionLockRetry->start();
    return true;
}

void AppController::startSession()
{
    if (m_options.sandbox) {
        bool ok = false;
        const int last = m_profile->settings().value(kSandboxPortKey).toInt(&ok);
        const quint16 preferred =
            ok && last > 0 && last < 65536 && loopbackPortIsFree(quint16(last)) ? quint16(last) : 0;
        startSandbox(preferred);
        return;
    }
    // Next turn of the event loop, so that whoever watches the windows (the smoke test) is connected.
    QTimer::singleShot(0, m_windows.get(), &WindowCoordinator::start);
}

void AppController::startSandbox(quint16 preferredPort)
{
    m_sandbox = new LocalSandbox(this);
    if (preferredPort != 0)
        m_sandbox->setExtraArguments({QStringLiteral("--port"), QString::number(preferredPort)});
    connect(m_sandbox, &LocalSandbox::ready, this, &AppController::onSandboxReady);
    connect(m_sandbox, &LocalSandbox::failed, this, [this, preferredPort](const QString& message) {
        if (m_sandboxReady) {
            onSandboxLost(message);
            return;
        }
        if (preferredPort == 0) {
            emit fatalError(message);
            return;
        }
        // The old port was taken meanwhile: any free one (the remembered session then needs a sign-in).
        qCInfo(lcApp) << "the local sandbox did not start on its previous port; trying another";
        m_sandbox->deleteLater();
        startSandbox(0);
    });
    m_sandbox->start(QDir(m_profile->dir()).filePath(QStringLiteral("sandbox")));
}

void AppController::onSandboxLost(const QString& message)
{
    qCWarning(lcApp).noquote() << "the local sandbox stopped; working offline from the cache:" << message;
    // The window says so at once (offline banner, status bar), not at the next failed request; the message
    // above is for the log only.
    m_windows->mainWindow()->setOffline(true);
    if (m_sandbox)
        m_sandbox->deleteLater();
    constexpr int kMaxRestarts = 3;
    if (m_sandboxRestarts >= kMaxRestarts) {
        qCWarning(lcApp) << "the local sandbox is not started again; restart SellerPulse to reconnect";
        return;
    }
    ++m_sandboxRestarts;
    const auto port = quint16(m_profile->settings().value(kSandboxPortKey).toUInt());
    QTimer::singleShot(2000 * m_sandboxRestarts, this, [this, port] { startSandbox(port); });
}

void AppController::onSandboxReady(const QUrl& url, const QString& certPath, const QString& demoEmail,
                                   const QString& demoPassword)
{
    qCInfo(lcApp) << "local sandbox ready at" << url.toString();
    if (m_sandboxReady) { // started again after it stopped: same port, same certificate, same session
        m_sandboxRestarts = 0;
        m_windows->mainWindow()->setOffline(false);
        if (SyncController* sync = m_windows->syncHost()->controller())
            sync->syncNow(); // back online now, not at the next scheduled retry
        return;
    }
    m_sandboxReady = true;
    // A remembered session is bound to its origin, port included: the next start asks for this port.
    m_profile->settings().setValue(kSandboxPortKey, url.port());
    m_profile->sync();
    ServerChoice server;
    server.url = url;
    server.caFile = certPath;
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
        m_windows->showSignIn(tr("The demo account's password was changed. Sign in with the new one."), demoEmail);
    }
}

void AppController::startLogging()
{
    QString error;
    if (!FileLogging::install(FileLogging::logDir(m_profile->dir()), &error))
        std::fprintf(stderr, "sellerpulse: %s\n", qUtf8Printable(error)); // the app works without its log
    const QString setting = m_profile->settings().value(QLatin1String(LogLevels::kSettingKey)).toString();
    const LogLevel level =
        LogLevels::parse(m_options.logLevel).value_or(LogLevels::parse(setting).value_or(LogLevel::Info));
    LogLevels::apply(level);
    qCInfo(lcApp).noquote() << "SellerPulse" << QStringLiteral(SP_VERSION) << "starting; log level"
                            << LogLevels::name(level);
}

void AppController::createSupportActions()
{
    m_support = new SupportActions(m_host, this);
    MainWindow* window = m_windows->mainWindow();
    m_support->setWindow(window);
    m_support->setPreviousRunEndedUnexpectedly(m_runMarker->previousRunEndedUnexpectedly());
    connect(window, &MainWindow::createSupportBundleRequested, m_support, &SupportActions::createBundle);
    connect(window, &MainWindow::openSupportBundleRequested, m_support, &SupportActions::openBundle);
    connect(window, &MainWindow::aboutRequested, m_support, &SupportActions::showAbout);
    if (m_runMarker->previousRunEndedUnexpectedly())
        QTimer::singleShot(0, m_support, &SupportActions::showCrashNotice);
}

void AppController::onFirstScreen()
{
    if (std::exchange(m_firstScreenShown, true))
        return;
    PreparedTlsConfiguration::releaseBuilds();
    // Set now, not before the window: the first image read loads Qt's image plugins (about 6 ms). Every
    // rendered size: Qt picks the one that matches each screen's scale factor (crisp on high-DPI).
    QIcon appIcon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256, 512})
        appIcon.addFile(QStringLiteral(":/icons/hicolor/sellerpulse-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(appIcon);
}

void AppController::onReady()
{
    // One line for scripts and tests: how this run got signed in.
    const QString how =
        m_windows->signedInByRestore() ? QStringLiteral("restored session") : QStringLiteral("new sign-in");
    std::fprintf(stdout, "sellerpulse: signed in (%s)\n", qUtf8Printable(how));
    std::fflush(stdout);
}

} // namespace sp
