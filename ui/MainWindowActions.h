#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QStackedWidget;
class QToolButton;

namespace sp {

// The main window's commands: the account menu on the toolbar (with Sync now), the Help menu and
// the window-wide shortcuts (Ctrl+F finds the search field of the page on screen). It builds them
// on the window, enables them for the state the window reports, and emits what the user chose.
class MainWindowActions : public QObject
{
    Q_OBJECT
public:
    MainWindowActions(QMainWindow* window, QStackedWidget* pages);

    // The account menu names `email` and offers its commands while signed in.
    void setSignedIn(bool signedIn, const QString& email);
    void setSyncNowEnabled(bool enabled);
    void setCheckCacheEnabled(bool enabled);
    // The answer to "Check the offline copy" (SyncController::integrityChecked).
    void showIntegrityResult(bool ok, const QString& message);

signals:
    void changePasswordRequested();
    void signOutRequested();
    void quitRequested();
    void syncNowRequested();
    void checkCacheRequested();
    void createSupportBundleRequested();
    void openSupportBundleRequested();
    void aboutRequested();

private:
    void createAccountMenu();
    void createSyncAction();
    void createHelpMenu();
    void createFindAction();

    QMainWindow* m_window;
    QStackedWidget* m_pages;
    QToolButton* m_accountButton = nullptr;
    QAction* m_emailAction = nullptr;
    QAction* m_changePasswordAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_syncNowAction = nullptr;
    QAction* m_checkCacheAction = nullptr;
};

} // namespace sp
