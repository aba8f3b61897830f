#include "SectionPages.h"

#include "DashboardPage.h"
#include "FinancesPage.h"
#include "OrdersPage.h"
#include "PayoutsPage.h"
#include "PlanningWiring.h"
#include "ProductsPage.h"
#include "ReportsPage.h"
#include "SellerInputsWiring.h"
#include "SettingsPage.h"
#include "auth/Session.h"
#include "cache/CacheReader.h"
#include "sync/SyncController.h"

#include <QListWidget>
#include <QStackedWidget>

namespace sp {

SectionPages::SectionPages(QStackedWidget* stack, QListWidget* sidebar, DashboardPage* dashboard, QWidget* window)
    : QObject(window)
    , m_stack(stack)
    , m_sidebar(sidebar)
    , m_dashboard(dashboard)
    , m_window(window)
{}

void SectionPages::build(int firstIndex)
{
    if (isBuilt())
        return;
    // The placeholders go first: the pages take their indexes, in MainWindow::Page's order.
    for (int i = 0; i < kSections; ++i) {
        QWidget* placeholder = m_stack->widget(firstIndex);
        m_stack->removeWidget(placeholder);
        delete placeholder;
    }
    m_settings = new SettingsPage(m_stack);
    m_orders = new OrdersPage(m_stack);
    m_products = new ProductsPage(m_stack);
    m_finances = new FinancesPage(m_stack);
    m_reports = new ReportsPage(m_stack);
    m_payouts = new PayoutsPage(m_stack);
    m_inputs = new SellerInputsWiring(m_stack, m_products, m_dashboard, m_reports); // issue 17 part 3
    m_planning = new PlanningWiring(m_stack, m_sidebar, m_window);                  // issue 18 parts 2, 4
    QWidget* const pages[kSections] = {m_orders,
                                       m_products,
                                       m_finances,
                                       m_reports,
                                       m_payouts,
                                       m_inputs->expensesPage(),
                                       m_inputs->restockPage(),
                                       m_planning->alertsPage(),
                                       m_planning->whatIfPage(),
                                       m_settings};
    for (int i = 0; i < kSections; ++i)
        m_stack->insertWidget(firstIndex + i, pages[i]);
    connect(m_settings, &SettingsPage::amazonConnectionChanged, m_planning, &PlanningWiring::setAmazonConnection);
    apply();
    emit built();
}

void SectionPages::apply()
{
    setSettings(m_appSettings);
    setClock(m_clock);
    setReader(m_reader);
    setSyncController(m_sync);
    setSession(m_session, m_server);
    applyAccount();
}

void SectionPages::setSettings(QSettings* settings)
{
    m_appSettings = settings;
    if (!isBuilt())
        return;
    m_orders->setSettings(settings);
    m_products->setSettings(settings);
    m_finances->setSettings(settings);
    m_payouts->setSettings(settings);
    m_settings->setSettings(settings);
    m_planning->setSettings(settings);
}

void SectionPages::setClock(const Clock* clock)
{
    m_clock = clock;
    if (!isBuilt())
        return;
    m_orders->setClock(clock);
    m_products->setClock(clock);
    m_finances->setClock(clock);
    m_reports->setClock(clock);
    m_settings->setClock(clock);
    m_planning->setClock(clock);
    m_inputs->setClock(clock);
}

void SectionPages::setReader(CacheReader* reader)
{
    m_reader = reader;
    if (!isBuilt())
        return;
    m_orders->setReader(reader);
    m_products->setReader(reader);
    m_finances->setReader(reader);
    m_reports->setReader(reader);
    m_payouts->setReader(reader);
    m_inputs->setReader(reader); // the expenses page
    m_planning->setReader(reader);
}

void SectionPages::setSyncController(SyncController* controller)
{
    m_sync = controller;
    if (!isBuilt())
        return;
    m_inputs->setSyncController(controller); // unit costs and expenses written at once; the expenses' reader
    m_planning->setSyncController(controller);
    m_settings->setSyncController(controller);
    if (!controller)
        return;
    // Context objects: the pages; unique, as this runs again for the same controller at build.
    connect(controller, &SyncController::dataChanged, m_orders, &OrdersPage::scheduleReload, Qt::UniqueConnection);
    connect(controller, &SyncController::dataChanged, m_products, &ProductsPage::scheduleReload, Qt::UniqueConnection);
    connect(controller, &SyncController::dataChanged, m_finances, &FinancesPage::scheduleReload, Qt::UniqueConnection);
    connect(controller, &SyncController::dataChanged, m_reports, &ReportsPage::scheduleRefresh, Qt::UniqueConnection);
    connect(controller, &SyncController::dataChanged, m_payouts, &PayoutsPage::scheduleReload, Qt::UniqueConnection);
}

void SectionPages::setSession(Session* session, const ServerChoice& server)
{
    m_session = session;
    m_server = server;
    if (isBuilt())
        m_settings->setSession(session, server);
}

void SectionPages::setAccount(const Account& account)
{
    m_account = account;
    applyAccount();
}

void SectionPages::applyAccount()
{
    if (!isBuilt())
        return;
    m_settings->setAccount(m_account.email, m_account.displayName);
    m_settings->setServer(m_account.serverName, m_account.serverUrl);
    m_settings->setSyncInterval(m_account.syncIntervalMinutes);
    // Unit costs and expenses are saved on the server: their pages need the session and a connection.
    m_inputs->setSession(m_account.session, m_account.online);
}

void SectionPages::refreshAmazonConnection()
{
    if (isBuilt())
        m_settings->refreshAmazonConnection();
}

} // namespace sp
