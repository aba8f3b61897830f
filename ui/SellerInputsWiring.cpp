#include "SellerInputsWiring.h"

#include "DashboardPage.h"
#include "ExpensesPage.h"
#include "ProductsPage.h"
#include "ReportsPage.h"
#include "sync/SyncController.h"

#include <QWidget>

namespace sp {

SellerInputsWiring::SellerInputsWiring(QWidget* pages, ProductsPage* products, DashboardPage* dashboard,
                                       ReportsPage* reports)
    : QObject(pages)
    , m_products(products)
    , m_expenses(new ExpensesPage(pages))
{
    connect(m_products, &ProductsPage::cacheChanged, dashboard, &DashboardPage::scheduleRefresh);
    connect(m_products, &ProductsPage::cacheChanged, reports, &ReportsPage::scheduleRefresh);
    connect(m_expenses, &ExpensesPage::cacheChanged, dashboard, &DashboardPage::scheduleRefresh);
    connect(m_expenses, &ExpensesPage::cacheChanged, reports, &ReportsPage::scheduleRefresh);
}

QWidget* SellerInputsWiring::expensesPage() const { return m_expenses; }

void SellerInputsWiring::setReader(CacheReader* reader) { m_expenses->setReader(reader); }

void SellerInputsWiring::setSyncController(SyncController* controller)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = controller;
    m_products->setCache(controller ? controller->cache() : nullptr); // a saved unit cost shows at once
    m_expenses->setCache(controller ? controller->cache() : nullptr); // a saved expense too
    if (controller)
        connect(controller, &SyncController::dataChanged, m_expenses, &ExpensesPage::scheduleReload);
}

void SellerInputsWiring::setSession(Session* session, bool online)
{
    m_products->setSession(session, online);
    m_expenses->setSession(session, online);
}

} // namespace sp
