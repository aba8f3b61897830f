#pragma once

#include "ConnectionStatus.h"
#include "ServerChoice.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolButton;

namespace sp {

class ChangePasswordDialog;
class Session;
class SettingsPage;

// The main window: a sidebar of sections, their pages, the account menu and the connection state.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Dashboard, Orders, Products, Finances, Reports, Settings };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Follows `session` (state, account) from now on; `server` names it in the status bar.
    void setSession(Session* session, const ServerChoice& server);
    void setOffline(bool offline);
    // Tells the user why the session ended (the sign-in dialog comes on top).
    void showSessionEnded(const QString& message);
    void showPage(Page page);
    QString connectionText() const;

signals:
    // Emitted once, the first time the window is on screen.
    void firstShown();
    void quitRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void addPage(const QString& title, QWidget* page, const QKeySequence& shortcut);
    void createAccountMenu();
    void updateState();
    void openChangePassword();
    void signOut();

    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    SettingsPage* m_settingsPage;
    QToolButton* m_accountButton;
    QAction* m_emailAction = nullptr;
    QAction* m_changePasswordAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_quitAction = nullptr;
    QLabel* m_connectionLabel;
    QPointer<Session> m_session;
    QPointer<ChangePasswordDialog> m_changePasswordDialog;
    ConnectionStatus m_status;
    ServerChoice m_server;
    bool m_unreachable = false; // the last sign-in attempt could not reach the server
    bool m_wasShown = false;
};

} // namespace sp
