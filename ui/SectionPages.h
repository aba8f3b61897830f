#pragma once

#include "api/ServerChoice.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QListWidget;
class QSettings;
class QStackedWidget;
class QWidget;

namespace sp {

class CacheReader;
class Clock;
class DashboardPage;
class FinancesPage;
class OrdersPage;
class PayoutsPage;
class PlanningWiring;
class ProductsPage;
class ReportsPage;
class SellerInputsWiring;
class Session;
class SettingsPage;
class SyncController;

// The main window's sections after the dashboard (orders to settings), built when first needed. A start
// shows the dashboard alone (issue 15: the first screen is not kept waiting by ten pages nobody looks at
// yet); the others follow once it is on screen, or at once when one is asked for. Until then the stack
// holds an empty placeholder at each of their indexes, and what the window is told (settings, clock,
// reader, sync, session, account) is kept here and given to the pages when they are built.
class SectionPages : public QObject
{
    Q_OBJECT
public:
    // Each section's sidebar row and stack index come from the window (MainWindow::addPage).
    SectionPages(QStackedWidget* stack, QListWidget* sidebar, DashboardPage* dashboard, QWidget* window);

    // What the settings page shows of the account, kept until it is built.
    struct Account
    {
        QString email;
        QString displayName;
        QString serverName;
        QString serverUrl;
        int syncIntervalMinutes = -1; // -1: not signed in
        QPointer<Session> session;    // the unit costs' and expenses' session: null while signed out
        bool online = false;
    };

    static constexpr int kSections = 10; // orders, products, finances, reports, payouts, expenses, restock,
                                         // alerts, what-if, settings

    bool isBuilt() const { return m_settings != nullptr; }
    // Builds every section in place of its placeholder (the kSections stack indexes from `firstIndex`,
    // in MainWindow::Page's order) and emits built(). Does nothing the second time.
    void build(int firstIndex);

    void setSettings(QSettings* settings);
    void setClock(const Clock* clock);
    void setReader(CacheReader* reader);
    void setSyncController(SyncController* controller);
    void setSession(Session* session, const ServerChoice& server);
    void setAccount(const Account& account);
    void refreshAmazonConnection(); // after each sync: the alerts' Amazon rule hears a revocation

    // Null until built.
    SettingsPage* settingsPage() const { return m_settings; }
    ProductsPage* productsPage() const { return m_products; }

signals:
    void built();

private:
    void apply();
    void applyAccount();

    QStackedWidget* m_stack;
    QListWidget* m_sidebar;
    DashboardPage* m_dashboard;
    QWidget* m_window;
    SettingsPage* m_settings = nullptr;
    OrdersPage* m_orders = nullptr;
    ProductsPage* m_products = nullptr;
    FinancesPage* m_finances = nullptr;
    ReportsPage* m_reports = nullptr;
    PayoutsPage* m_payouts = nullptr;
    SellerInputsWiring* m_inputs = nullptr;
    PlanningWiring* m_planning = nullptr;

    // What the window was told, for pages built later.
    QSettings* m_appSettings = nullptr;
    const Clock* m_clock = nullptr;
    QPointer<CacheReader> m_reader;
    QPointer<SyncController> m_sync;
    QPointer<Session> m_session;
    ServerChoice m_server;
    Account m_account;
};

} // namespace sp
