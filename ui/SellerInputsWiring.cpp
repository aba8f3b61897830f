#include "SellerInputsWiring.h"

#include "DashboardPage.h"
#include "ExpensesPage.h"
#include "ProductsPage.h"
#include "ReportsPage.h"
#include "RestockPage.h"
#include "sync/SyncController.h"

#include <QWidget>

namespace sp {

SellerInputsWiring::SellerInputsWiring(QWidget* pages, ProductsPage* products, DashboardPage* dashboard,
                                       ReportsPage* reports)
    : QObject(pages)
    , m_products(products)
    , m_expenses(new ExpensesPage(pages))
    , m_restock(new RestockPage(pages))
{
    connect(m_products, &ProductsPage::cacheChanged, dashboard, &DashboardPage::scheduleRefresh);
    connect(m_products, &ProductsPage::cacheChanged, reports, &ReportsPage::scheduleRefresh);
    connect(m_expenses, &ExpensesPage::cacheChanged, dashboard, &DashboardPage::scheduleRefresh);
    connect(m_expenses, &ExpensesPage::cacheChanged, reports, &ReportsPage::scheduleRefresh);
    m_restock->hide(); // until MainWindow adds it to the stack of pages (which shows the current one)
}

QWidget* SellerInputsWiring::expensesPage() const { return m_expenses; }

QWidget* SellerInputsWiring::restockPage() const { return m_restock; }

void SellerInputsWiring::setReader(CacheReader* reader)
{
    m_expenses->setReader(reader);
    m_restock->setReader(reader);
}

void SellerInputsWiring::setClock(const Clock* clock) { m_restock->setClock(clock); }

void SellerInputsWiring::setSyncController(SyncController* controller)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = controller;
    m_products->setCache(controller ? controller->cache() : nullptr); // a saved unit cost shows at once
    m_expenses->setCache(controller ? controller->cache() : nullptr); // a saved expense too
    m_restock->setCache(controller ? controller->cache() : nullptr);  // and a lead time
    if (controller) {
        connect(controller, &SyncController::dataChanged, m_expenses, &ExpensesPage::scheduleReload);
        connect(controller, &SyncController::dataChanged, m_restock, &RestockPage::scheduleReload);
    }
}

void SellerInputsWiring::setSession(Session* session, bool online)
{
    m_products->setSession(session, online);
    m_expenses->setSession(session, online);
    m_restock->setSession(session, online);
}

} // namespace sp
