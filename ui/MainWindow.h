#pragma once

#include "ConnectionStatus.h"
#include "api/ServerChoice.h"
#include "sync/SyncController.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QListWidget;
class QSettings;
class QStackedWidget;

namespace sp {

class CacheReader;
class ChangePasswordDialog;
class Clock;
class DashboardPage;
class ElidedLabel;
class MainWindowActions;
class MessageBanner;
class ProductsPage;
class SectionPages;
class Session;
class SettingsPage;
class SignOutDialog;
class SplitterMemory;
class SyncErrorBanner;
class SyncStatusPanel;
class WindowGeometryState;

// The main window: a sidebar of sections, their pages, the account menu, the connection state and
// the offline cache's sync (banners, progress, Sync now).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Dashboard, Orders, Products, Finances, Reports, Payouts, Expenses, Restock, Alerts, WhatIf, Settings };

    // When the sections after the dashboard are built: at once, or after the window's first show (the
    // app's start: its first screen is the dashboard alone, issue 15). Either way, asking for one builds them.
    enum class PageBuilding { AtOnce, AfterFirstShow };

    explicit MainWindow(QWidget* parent = nullptr, PageBuilding building = PageBuilding::AtOnce);
    ~MainWindow() override;

    // Follows `session` (state, account) from now on; `server` names it in the status bar.
    void setSession(Session* session, const ServerChoice& server);
    void setOffline(bool offline)
    {
        m_unreachable = offline;
        updateState();
    }
    // Follows the offline cache of the signed-in account (null while none is open).
    void setSyncController(SyncController* controller);
    // Where the tables remember their columns (the profile's settings); null: nowhere.
    void setSettings(QSettings* settings);
    // The time the pages read (their ranges, default dates, file names); null: the system clock.
    void setClock(const Clock* clock);
    // The workspace pages read this cache (null: none). The sync controller's open cache sets it;
    // the orders-table memory benchmark sets a cache of its own.
    void setPagesReader(CacheReader* reader);
    // Tells the user why the session ended (the sign-in dialog comes on top).
    void showSessionEnded(const QString& message);
    // The session could not be saved in the keychain: one banner (objectName "keychainBanner") with
    // what it means and what to do; shown again only with a new message. Empty: hides it.
    void showKeychainWriteFailed(const QString& message);
    void showPage(Page page);
    QString connectionText() const;
    // The sections after the dashboard, built now if they were not yet.
    SectionPages* buildSections();
    SettingsPage* settingsPage();
    ProductsPage* productsPage();

signals:
    // Emitted once, the first time the window is on screen.
    void firstShown();
    // The sections after the dashboard exist now (see PageBuilding).
    void sectionsBuilt();
    void quitRequested();
    void restartRequested(); // the user changed the language and asked to restart now
    // Sign-out with removal: this computer's data of the account is gone (`summary` says what);
    // the sign-out follows.
    void localDataRemoved(const QString& summary);
    // The Help menu's commands (SupportActions, wired by the app, does the work).
    void createSupportBundleRequested();
    void openSupportBundleRequested();
    void aboutRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    // A slot that asks the sync controller to `action`, when there is one.
    std::function<void()> toSync(void (SyncController::*action)())
    {
        return [this, action] {
            if (m_sync) // none while signed out
                (m_sync->*action)();
        };
    }
    // `page` null: a placeholder, until m_sections builds the section.
    void addPage(const QString& title, QWidget* page, const QKeySequence& shortcut);
    void wireSections(); // the settings page's requests
    void updateState();
    void updateSyncState();
    void updateDiskBanner();
    void onCacheUnreadable(const QString& message);
    void onKeychainLocked(const QString& message);
    void openChangePassword();
    void signOut();

    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    MainWindowActions* m_actions = nullptr;
    WindowGeometryState* m_geometry = nullptr;
    SplitterMemory* m_splitters = nullptr;
    ElidedLabel* m_connectionLabel;
    MessageBanner* m_offlineBanner;
    SyncErrorBanner* m_syncErrorBanner = nullptr; // a sync that failed: what to do, Retry, the details
    MessageBanner* m_cacheBanner;
    MessageBanner* m_diskBanner = nullptr;     // the disk that holds the cache is full (with Retry)
    MessageBanner* m_keychainLockedBanner;     // the cache key could not be read: Retry, never Reset
    MessageBanner* m_keychainBanner = nullptr; // created on first use
    SyncStatusPanel* m_syncPanel;
    DashboardPage* m_dashboardPage;
    SectionPages* m_sections; // orders to settings
    bool m_buildSectionsAfterFirstShow;
    QPointer<SyncController> m_sync;
    bool m_serverUnreachable = false; // the cache went Offline and no page has arrived since
    QPointer<SignOutDialog> m_signOutDialog;
    QPointer<Session> m_session;
    QPointer<ChangePasswordDialog> m_changePasswordDialog;
    ConnectionStatus m_status;
    ServerChoice m_server;
    bool m_unreachable = false; // the last sign-in attempt could not reach the server
    bool m_wasShown = false;
};

} // namespace sp
