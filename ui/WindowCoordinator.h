#pragma once

#include "api/ServerChoice.h"
#include "auth/Session.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace sp {

class FirstScreen;
class GuidedStart;
class KeychainUnavailableDialog;
class MainWindow;
class SessionHost;
class SignInDialog;
class SyncHost;
struct ApiError;

// Shows the window that fits the session: the sign-in dialog, the keychain dialog or the main
// window, and tells the user why a session ended. Owns the main window and the dialogs.
class WindowCoordinator : public QObject
{
    Q_OBJECT
public:
    explicit WindowCoordinator(SessionHost* host, QObject* parent = nullptr);
    ~WindowCoordinator() override;

    // Restores the remembered session, or asks the user to sign in.
    void start();
    // Signs in without the dialog (the sandbox's demo account); failures show the dialog.
    void signIn(const QString& email, const QString& password);
    // Shows the sign-in dialog (pre-filled with `email`, else the remembered one), with an
    // optional notice.
    void showSignIn(const QString& notice = QString(), const QString& email = QString());
    // The server was given on the command line: the dialog does not offer to change it.
    void setServerLocked(bool locked) { m_serverLocked = locked; }
    // Credentials to sign in with when a remembered session turns out to have ended while being
    // restored, instead of asking: the local sandbox's demo account, whose password the user never saw.
    void setRestoreFallback(const QString& email, const QString& password);
    // Whether the last sign-in restored a remembered session (no password was sent).
    bool signedInByRestore() const { return m_signedInByRestore; }

    MainWindow* mainWindow() const;
    SignInDialog* signInDialog() const;                // null when not shown
    KeychainUnavailableDialog* keychainDialog() const; // null when not shown
    SyncHost* syncHost() const { return m_sync; }
    GuidedStart* guidedStart() const { return m_guide; }
    Session* session() const { return m_session; } // the session the windows follow (never owned)

signals:
    // The main window is on screen and the session is signed in (after each sign-in).
    void ready();
    // The user has to act before the app can be used (sign-in dialog or keychain dialog shown).
    void userActionNeeded(const QString& reason);
    // The main window is on screen for the first time (at a restore: with the cached figures, see FirstScreen).
    void firstScreenShown();
    void quitRequested();
    void restartRequested();

private:
    void bindSession(Session* session);
    void onSignInRequested(const ServerChoice& server, const QString& email, const QString& password);
    void onSignedIn();
    void onSignInFailed(const ApiError& error);
    void onKeychainUnavailable(const QString& message);
    void onEnded(Session::EndReason reason, const QString& message);
    void showKeychainDialog(const QString& message);
    void closeDialogs();
    bool fallbackApplies() const;
    void emitReadyWhenShown();

    SessionHost* m_host;
    SyncHost* m_sync;
    GuidedStart* m_guide = nullptr;
    FirstScreen* m_firstScreen = nullptr;
    std::unique_ptr<MainWindow> m_mainWindow;
    QPointer<SignInDialog> m_signInDialog;
    QPointer<KeychainUnavailableDialog> m_keychainDialog;
    QPointer<Session> m_session;
    QString m_fallbackEmail;
    QString m_fallbackPassword;
    QString m_signOutNotice; // what a sign-out with removal removed, for the sign-in dialog
    bool m_serverLocked = false;
    bool m_restoring = false;
    bool m_signedInByRestore = false;
    bool m_mainWindowOnScreen = false;
    bool m_readyPending = false;
};

} // namespace sp
