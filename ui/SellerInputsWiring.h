#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace sp {

class CacheReader;
class Clock;
class DashboardPage;
class ExpensesPage;
class ProductsPage;
class ReportsPage;
class RestockPage;
class Session;
class SyncController;

// The main window's wiring of the pages where the seller enters figures the server keeps (unit costs
// on the products page, issue 16; the expenses page, issue 17 part 3), kept out of MainWindow: they
// write through the session while online, put the server's answer into the cache at once, and the
// dashboard and the reports refresh after such a write. Creates the expenses page, and the restock
// page (issue 18 part 1: its lead times and safety days are kept on the server the same way).
class SellerInputsWiring : public QObject
{
    Q_OBJECT
public:
    SellerInputsWiring(QWidget* pages, ProductsPage* products, DashboardPage* dashboard, ReportsPage* reports);

    QWidget* expensesPage() const;
    QWidget* restockPage() const;
    void setReader(CacheReader* reader); // the expenses and restock pages' (MainWindow::setPagesReader)
    void setClock(const Clock* clock);   // the restock plan's "today"
    // The cache both write into, and the expenses' reload after a sync.
    void setSyncController(SyncController* controller);
    // `online`: signed in and the server reachable; otherwise both pages are read-only.
    void setSession(Session* session, bool online);

private:
    ProductsPage* m_products;
    ExpensesPage* m_expenses;
    RestockPage* m_restock;
    QPointer<SyncController> m_sync;
};

} // namespace sp
