#include "WindowCoordinator.h"

#include "DashboardPage.h"
#include "FirstScreen.h"
#include "GuidedStart.h"
#include "KeychainUnavailableDialog.h"
#include "HomeCurrencySummary.h"
#include "MainWindow.h"
#include "auth/SessionHost.h"
#include "SignInDialog.h"
#include "sync/SyncHost.h"
#include "UiLog.h"
#include "api/ApiError.h"
#include "profile/Profile.h"

#include <QTimer>

#include <utility>

namespace sp {

WindowCoordinator::WindowCoordinator(SessionHost* host, QObject* parent)
    : QObject(parent)
    , m_host(host)
    , m_sync(new SyncHost(host, this))
    // Its first screen is the dashboard: the other sections follow it (issue 15).
    , m_mainWindow(std::make_unique<MainWindow>(nullptr, MainWindow::PageBuilding::AfterFirstShow))
{
    connect(m_sync, &SyncHost::controllerChanged, m_mainWindow.get(), &MainWindow::setSyncController);
    m_mainWindow->setClock(m_host->clock()); // the pages' "today" is the app's clock, not the wall clock
    if (m_host->profile())
        m_mainWindow->setSettings(&m_host->profile()->settings()); // the tables' column choice
    m_mainWindow->setSyncController(m_sync->controller());         // non-null if the session was signed in already
    // The dashboard's home currency (issue 16) is kept in the profile's settings too.
    if (auto* home = m_mainWindow->findChild<HomeCurrencySummary*>(); home && m_host->profile())
        home->setSettings(&m_host->profile()->settings());
    // The guided start (issue 16): its checklist on the dashboard, its flags in the profile's settings.
    m_guide = new GuidedStart(m_mainWindow.get(), this);
    if (m_host->profile())
        m_guide->setSettings(&m_host->profile()->settings());
    connect(m_sync, &SyncHost::controllerChanged, m_guide, &GuidedStart::setSyncController);
    m_guide->setSyncController(m_sync->controller());
    connect(m_mainWindow.get(), &MainWindow::localDataRemoved, this,
            [this](const QString& summary) { m_signOutNotice = summary; });
    connect(m_mainWindow.get(), &MainWindow::quitRequested, this, &WindowCoordinator::quitRequested);
    connect(m_mainWindow.get(), &MainWindow::restartRequested, this, &WindowCoordinator::restartRequested);
    connect(m_mainWindow.get(), &MainWindow::firstShown, this, [this] {
        m_mainWindowOnScreen = true;
        if (m_readyPending)
            emitReadyWhenShown();
    });
    auto* dashboard = m_mainWindow->findChild<DashboardPage*>(QStringLiteral("dashboardPage"));
    m_firstScreen = new FirstScreen(m_mainWindow.get(), dashboard, this);
    connect(m_firstScreen, &FirstScreen::shown, this, &WindowCoordinator::firstScreenShown);
    connect(m_host, &SessionHost::sessionReplaced, this, &WindowCoordinator::bindSession);
    bindSession(m_host->session());
}

WindowCoordinator::~WindowCoordinator() { closeDialogs(); }

MainWindow* WindowCoordinator::mainWindow() const { return m_mainWindow.get(); }

SignInDialog* WindowCoordinator::signInDialog() const { return m_signInDialog; }

KeychainUnavailableDialog* WindowCoordinator::keychainDialog() const { return m_keychainDialog; }

void WindowCoordinator::bindSession(Session* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_mainWindow->setSession(session, m_host->server());
    m_guide->setSession(session);
    if (!session)
        return;
    connect(session, &Session::signedIn, this, &WindowCoordinator::onSignedIn);
    connect(session, &Session::signInFailed, this, &WindowCoordinator::onSignInFailed);
    connect(session, &Session::keychainUnavailable, this, &WindowCoordinator::onKeychainUnavailable);
    connect(session, &Session::ended, this, &WindowCoordinator::onEnded);
    // Signed in, but only for this run: the user must know before quitting.
    connect(session, &Session::persistenceFailed, m_mainWindow.get(), &MainWindow::showKeychainWriteFailed);
    connect(session, &Session::stateChanged, this, [this](Session::State state) {
        // Some ways out of a restore (a remembered session of another server) end signed out without
        // a failure signal: the user must still get a way to sign in.
        if (state == Session::State::SignedOut && !m_signInDialog && !m_keychainDialog && !fallbackApplies())
            showSignIn(m_signOutNotice);
    });
}

void WindowCoordinator::setRestoreFallback(const QString& email, const QString& password)
{
    m_fallbackEmail = email;
    m_fallbackPassword = password;
}

bool WindowCoordinator::fallbackApplies() const
{
    return m_restoring && !m_fallbackEmail.isEmpty() && !m_fallbackPassword.isEmpty();
}

void WindowCoordinator::start()
{
    if (m_session && m_session->hasRememberedSession()) {
        m_restoring = true;
        // Restoring opens the remembered account's cache (SyncHost): the window comes with its figures.
        m_firstScreen->showWhenFiguresAreIn();
        m_session->restore();
        return;
    }
    showSignIn();
}

void WindowCoordinator::signIn(const QString& email, const QString& password)
{
    if (!m_session)
        return;
    m_restoring = false;
    m_mainWindow->show(); // in its "Signing in..." state
    m_session->signIn(email, password);
}

void WindowCoordinator::showSignIn(const QString& notice, const QString& email)
{
    m_firstScreen->showNow(); // a restore that ends here: the window first, the dialog over it
    if (m_keychainDialog)
        m_keychainDialog->deleteLater();
    if (!m_signInDialog) {
        m_signInDialog = new SignInDialog;
        m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_signInDialog, &SignInDialog::signInRequested, this, &WindowCoordinator::onSignInRequested);
        connect(m_signInDialog, &QDialog::rejected, this, [this] {
            // Nothing in the app works signed out, so closing the dialog quits.
            if (!m_session || m_session->state() != Session::State::SignedIn)
                emit quitRequested();
        });
    }
    m_signInDialog->setServerChoice(m_host->server());
    m_signInDialog->setServerLocked(m_serverLocked);
    if (!email.isEmpty())
        m_signInDialog->setEmail(email);
    else if (m_session && m_signInDialog->email().isEmpty())
        m_signInDialog->setEmail(m_session->rememberedEmail());
    m_signInDialog->setNotice(notice);
    if (m_mainWindow->isVisible() && !m_signInDialog->isVisible())
        m_signInDialog->setWindowModality(Qt::ApplicationModal); // only before show() it takes effect
    m_signInDialog->show();
    m_signInDialog->raise();
    m_signInDialog->activateWindow();
    emit userActionNeeded(notice.isEmpty() ? tr("Signing in needs your password.") : notice);
}

void WindowCoordinator::onSignInRequested(const ServerChoice& server, const QString& email, const QString& password)
{
    QString error;
    if (!m_host->useServer(server, &error)) {
        if (m_signInDialog)
            m_signInDialog->showErrorText(error);
        return;
    }
    m_restoring = false;
    m_mainWindow->setSession(m_session, m_host->server());
    m_session->signIn(email, password);
}

void WindowCoordinator::onSignedIn()
{
    qCInfo(lcUi) << "signed in; showing the main window";
    m_signedInByRestore = m_restoring;
    m_restoring = false;
    closeDialogs();
    m_mainWindow->setSession(m_session, m_host->server());
    m_mainWindow->setOffline(false);
    m_mainWindow->show();
    m_mainWindow->raise();
    m_mainWindow->activateWindow();
    m_readyPending = true;
    if (m_mainWindowOnScreen)
        emitReadyWhenShown();
}

void WindowCoordinator::emitReadyWhenShown()
{
    // Queued, so that the window has processed its show before anyone grabs it.
    QTimer::singleShot(0, this, [this] {
        if (!m_readyPending || !m_session || m_session->state() != Session::State::SignedIn)
            return;
        m_readyPending = false;
        emit ready();
    });
}

void WindowCoordinator::onSignInFailed(const ApiError& error)
{
    const bool unreachable = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
    m_mainWindow->setOffline(unreachable);
    if (m_keychainDialog) {
        m_keychainDialog->showErrorText(error.userMessage());
        return;
    }
    if (!m_signInDialog)
        showSignIn();
    if (m_signInDialog)
        m_signInDialog->showError(error);
}

void WindowCoordinator::onKeychainUnavailable(const QString& message) { showKeychainDialog(message); }

void WindowCoordinator::showKeychainDialog(const QString& message)
{
    m_firstScreen->showNow();
    if (m_signInDialog)
        m_signInDialog->deleteLater();
    if (!m_keychainDialog) {
        m_keychainDialog = new KeychainUnavailableDialog;
        m_keychainDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_keychainDialog, &KeychainUnavailableDialog::retryRequested, this, [this] {
            if (m_session)
                m_session->retryKeychain();
        });
        connect(m_keychainDialog, &KeychainUnavailableDialog::sessionOnlyRequested, this,
                [this](const QString& email, const QString& password) {
                    m_restoring = false;
                    if (m_session)
                        m_session->continueWithoutKeychain(email, password);
                });
        connect(m_keychainDialog, &QDialog::rejected, this, &WindowCoordinator::quitRequested);
    }
    m_keychainDialog->setDetails(m_session ? m_session->rememberedEmail() : QString(), message);
    m_keychainDialog->setBusy(false);
    if (m_mainWindow->isVisible() && !m_keychainDialog->isVisible())
        m_keychainDialog->setWindowModality(Qt::ApplicationModal);
    m_keychainDialog->show();
    m_keychainDialog->raise();
    emit userActionNeeded(tr("The system keychain is locked or unavailable."));
}

void WindowCoordinator::onEnded(Session::EndReason reason, const QString& message)
{
    qCInfo(lcUi) << "session ended:" << reason;
    m_readyPending = false;
    m_mainWindow->showKeychainWriteFailed(QString()); // about the session that just ended
    m_mainWindow->setSession(m_session, m_host->server());
    if (reason == Session::EndReason::UserSignedOut) {
        showSignIn(std::exchange(m_signOutNotice, QString()));
        return;
    }
    if (fallbackApplies()) {
        // `ended` comes after the keychain entry is gone, so the new sign-in cannot race its removal.
        qCInfo(lcUi) << "remembered session ended while restoring; signing in with the fallback account";
        m_mainWindow->showSessionEnded(message);
        signIn(m_fallbackEmail, m_fallbackPassword);
        return;
    }
    m_mainWindow->showSessionEnded(message);
    showSignIn(message);
}

void WindowCoordinator::closeDialogs()
{
    // Disconnect first: closing must not count as "the user quit".
    if (m_signInDialog) {
        disconnect(m_signInDialog, nullptr, this, nullptr);
        m_signInDialog->close();
        delete m_signInDialog;
    }
    if (m_keychainDialog) {
        disconnect(m_keychainDialog, nullptr, this, nullptr);
        m_keychainDialog->close();
        delete m_keychainDialog;
    }
}

} // namespace sp
