// The orders page over a real synced cache (real sandbox over HTTPS, real keychain: run under
// scripts/with-keyring.sh): counts, search by order id, sorting in the database, filters, the
// detail panel, rows read in a bounded window, and the column state across a restart of the page.
#include "OrderDetailPanel.h"
#include "OrdersModel.h"
#include "OrdersPage.h"
#include "SyncedWorkspace.h"

#include <atomic>

#include <QComboBox>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

namespace sp::test {

class TestOrdersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsEveryOrderOfTheCache();
    void searchFindsAnOrderById();
    void headerSortsInTheDatabase();
    void filtersByStatusAndMarketplace();
    void detailPanelShowsTheItemsAndEvents();
    void scrollingKeepsFewRowsInMemory();
    void interruptedReadShowsTheNewerAndNoError();
    void sortRightAfterAFilterCountsTheFilter();
    void countPastTheCapShowsPlusThenTheExactCount();
    void rowsReachTheViewInSteps();
    void hiddenPageReadsWhenShown();
    void columnStateSurvivesARestartOfThePage();

private:
    OrdersPage* page() const { return SyncedWorkspace::child<OrdersPage>(m_workspace.window(), "ordersPage"); }
    static void clickHeader(QTableView* table, int column);
    // The model's answer to the last change is shown (the reads run on the cache's reader thread).
    bool settled() const { return !page()->model()->isReading(); }

    SyncedWorkspace m_workspace;
};

void TestOrdersPage::initTestCase()
{
    QString error;
    QVERIFY2(m_workspace.start(600, &error), qPrintable(error));
    m_workspace.window()->show();
    m_workspace.window()->showPage(MainWindow::Page::Orders);
    QVERIFY(page());
}

void TestOrdersPage::clickHeader(QTableView* table, int column)
{
    QHeaderView* header = table->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, at);
}

void TestOrdersPage::showsEveryOrderOfTheCache()
{
    const qint64 total = m_workspace.scalar("SELECT count(*) FROM orders");
    QVERIFY(total > OrdersModel::kPageSize);
    QTRY_COMPARE(page()->model()->totalCount(), int(total));
    QCOMPARE(page()->model()->rowCount(), int(total));
    QCOMPARE(page()->countText(), QStringLiteral("%1 orders").arg(QLocale().toString(total)));
    // Newest purchase first, as the cache has them.
    const QString newest =
        m_workspace.column("SELECT id FROM orders ORDER BY purchase_date DESC, id DESC LIMIT 1").value(0);
    QCOMPARE(page()->table()->model()->index(0, OrdersModel::IdColumn).data().toString(), newest);
}

void TestOrdersPage::searchFindsAnOrderById()
{
    // The oldest order: far from the first page of the view.
    const QString id = m_workspace.column("SELECT id FROM orders ORDER BY purchase_date, id LIMIT 1").value(0);
    QVERIFY(!id.isEmpty());
    auto* search = SyncedWorkspace::child<QLineEdit>(page(), "ordersSearchEdit");
    search->clear();
    QTest::keyClicks(search, id);
    QTRY_COMPARE(page()->model()->search(), id);
    QTRY_VERIFY(settled());
    QCOMPARE(page()->model()->totalCount(), 1);
    QTRY_COMPARE(page()->table()->model()->index(0, OrdersModel::IdColumn).data().toString(), id);
    QCOMPARE(page()->countText(), QStringLiteral("1 matching order"));

    // By a SKU: exactly the orders with such an item, as the test's own SQL counts them.
    const QString sku = m_workspace.column("SELECT sku FROM order_items ORDER BY id LIMIT 1").value(0);
    search->clear();
    QTest::keyClicks(search, sku);
    QTRY_COMPARE(page()->model()->search(), sku);
    QTRY_VERIFY(settled());
    const qint64 withSku =
        m_workspace.scalar("SELECT count(DISTINCT o.id) FROM orders o JOIN order_items i ON i.order_id = o.id "
                           "WHERE o.id LIKE ?1 OR i.sku LIKE ?1 OR i.asin LIKE ?1 OR i.title LIKE ?1",
                           {QLatin1Char('%') + sku + QLatin1Char('%')});
    QCOMPARE(page()->model()->totalCount(), int(withSku));
    search->clear();
    QTRY_COMPARE(page()->model()->search(), QString());
}

void TestOrdersPage::headerSortsInTheDatabase()
{
    QTableView* table = page()->table();
    // By total: a click on its header; the first row is the one the cache sorts first.
    clickHeader(table, OrdersModel::TotalColumn);
    QCOMPARE(page()->model()->sortColumn(), int(OrdersModel::TotalColumn));
    QTRY_VERIFY(settled());
    const bool ascending = page()->model()->sortOrder() == Qt::AscendingOrder;
    const QString byTotal =
        m_workspace
            .column(ascending ? "SELECT id FROM orders ORDER BY order_total_cents ASC, id ASC LIMIT 1"
                              : "SELECT id FROM orders ORDER BY order_total_cents DESC, id DESC LIMIT 1")
            .value(0);
    QTRY_COMPARE(table->model()->index(0, OrdersModel::IdColumn).data().toString(), byTotal);
    // Again: the other way round.
    clickHeader(table, OrdersModel::TotalColumn);
    QCOMPARE(page()->model()->sortOrder(), ascending ? Qt::DescendingOrder : Qt::AscendingOrder);
    QTRY_VERIFY(settled());
    const QString reversed =
        m_workspace
            .column(ascending ? "SELECT id FROM orders ORDER BY order_total_cents DESC, id DESC LIMIT 1"
                              : "SELECT id FROM orders ORDER BY order_total_cents ASC, id ASC LIMIT 1")
            .value(0);
    QTRY_COMPARE(table->model()->index(0, OrdersModel::IdColumn).data().toString(), reversed);
    QVERIFY(byTotal != reversed);
    // The last row of the order by id is the cache's last id in that order.
    clickHeader(table, OrdersModel::IdColumn);
    const bool idAscending = page()->model()->sortOrder() == Qt::AscendingOrder;
    QTRY_VERIFY(settled());
    // The app's background sync may still bring orders: the page counts them again when it commits.
    QTRY_COMPARE(page()->model()->totalCount(), int(m_workspace.scalar("SELECT count(*) FROM orders")));
    QTRY_VERIFY(settled());
    const QString lastId =
        m_workspace.column(idAscending ? "SELECT max(id) FROM orders" : "SELECT min(id) FROM orders").value(0);
    const int last = page()->model()->rowCount() - 1;
    QVERIFY(SyncedWorkspace::rowArrived(page()->model(), last));
    QTRY_COMPARE(table->model()->index(last, OrdersModel::IdColumn).data().toString(), lastId);
    // The items column is counted per row: clicking it keeps the database order.
    clickHeader(table, OrdersModel::ItemsColumn);
    QCOMPARE(page()->model()->sortColumn(), int(OrdersModel::IdColumn));
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(OrdersModel::IdColumn));
    // Back to the default: newest first.
    table->horizontalHeader()->setSortIndicator(OrdersModel::PurchaseDateColumn, Qt::DescendingOrder);
    QCOMPARE(page()->model()->sortColumn(), int(OrdersModel::PurchaseDateColumn));
}

void TestOrdersPage::filtersByStatusAndMarketplace()
{
    auto* status = SyncedWorkspace::child<QComboBox>(page(), "ordersStatusCombo");
    auto* marketplace = SyncedWorkspace::child<QComboBox>(page(), "ordersMarketplaceCombo");
    const QStringList statuses = m_workspace.column("SELECT DISTINCT status FROM orders ORDER BY status");
    for (const QString& value : statuses) // every status the cache has can be chosen
        QVERIFY2(status->findData(value) > 0, qPrintable(value));
    const QString chosen = statuses.value(0);
    status->setCurrentIndex(status->findData(chosen));
    QTRY_VERIFY(settled());
    QCOMPARE(page()->model()->totalCount(),
             int(m_workspace.scalar("SELECT count(*) FROM orders WHERE status = ?1", {chosen})));
    const QString market =
        m_workspace.column("SELECT marketplace_id FROM orders WHERE status = ?1 LIMIT 1", {chosen}).value(0);
    QTRY_VERIFY(marketplace->findData(market) > 0); // the marketplaces arrive from the reader
    marketplace->setCurrentIndex(marketplace->findData(market));
    QTRY_VERIFY(settled());
    const qint64 both =
        m_workspace.scalar("SELECT count(*) FROM orders WHERE status = ?1 AND marketplace_id = ?2", {chosen, market});
    QVERIFY(both > 0);
    QCOMPARE(page()->model()->totalCount(), int(both));
    QCOMPARE(page()->countText(), both == 1 ? QStringLiteral("1 matching order")
                                            : QStringLiteral("%1 matching orders").arg(QLocale().toString(both)));
    for (int row = 0; row < page()->model()->rowCount(); ++row) {
        QTRY_COMPARE(page()->model()->orderAt(row).status, chosen);
        QCOMPARE(page()->model()->orderAt(row).marketplaceId, market);
    }
    status->setCurrentIndex(0);
    marketplace->setCurrentIndex(0);
    QTRY_VERIFY(settled());
    QCOMPARE(page()->model()->totalCount(), int(m_workspace.scalar("SELECT count(*) FROM orders")));
}

void TestOrdersPage::detailPanelShowsTheItemsAndEvents()
{
    // An order with several items and posted events.
    const QString id = m_workspace
                           .column("SELECT o.id FROM orders o WHERE (SELECT count(*) FROM order_items i WHERE "
                                   "i.order_id = o.id) > 1 AND EXISTS (SELECT 1 FROM financial_events e WHERE "
                                   "e.order_id = o.id) ORDER BY o.purchase_date LIMIT 1")
                           .value(0);
    QVERIFY2(!id.isEmpty(), "the sandbox has no order with several items and events");
    auto* search = SyncedWorkspace::child<QLineEdit>(page(), "ordersSearchEdit");
    search->clear();
    QTest::keyClicks(search, id);
    QTRY_COMPARE(page()->model()->search(), id);
    QTRY_VERIFY(settled());
    QCOMPARE(page()->model()->totalCount(), 1);
    QTableView* table = page()->table();
    table->setFocus();
    table->selectRow(0);
    OrderDetailPanel* detail = page()->detailPanel();
    QCOMPARE(detail->orderId(), id);
    QTRY_VERIFY(!detail->isReading());
    const QStringList skus = m_workspace.column("SELECT sku FROM order_items WHERE order_id = ?1 ORDER BY id", {id});
    QCOMPARE(detail->itemsTable()->rowCount(), skus.size());
    for (int row = 0; row < skus.size(); ++row)
        QCOMPARE(detail->itemsTable()->item(row, 0)->text(), skus.at(row));
    const qint64 events = m_workspace.scalar("SELECT count(*) FROM financial_events WHERE order_id = ?1", {id});
    QCOMPARE(detail->eventsTable()->rowCount(), int(events));
    search->clear();
    QTRY_COMPARE(page()->model()->search(), QString());
    QCOMPARE(detail->orderId(), QString());
}

void TestOrdersPage::scrollingKeepsFewRowsInMemory()
{
    QTableView* table = page()->table();
    QTRY_VERIFY(settled());
    QTRY_COMPARE(page()->model()->totalCount(), int(m_workspace.scalar("SELECT count(*) FROM orders")));
    QTRY_VERIFY(settled());
    const int total = page()->model()->rowCount();
    QScrollBar* bar = table->verticalScrollBar();
    // Top to bottom in steps of about a page: every page is read, few are held.
    for (int value = 0; value <= bar->maximum(); value += qMax(1, bar->pageStep())) {
        bar->setValue(value);
        table->viewport()->repaint();
        QTRY_VERIFY(page()->model()->hasRow(table->rowAt(0))); // the rows shown arrived
        QVERIFY(page()->model()->heldRows() <= OrdersModel::kPageSize * OrdersModel::kMaxPages);
    }
    bar->setValue(bar->maximum());
    table->viewport()->repaint();
    const QString last = m_workspace.column("SELECT id FROM orders ORDER BY purchase_date, id LIMIT 1").value(0);
    QVERIFY(SyncedWorkspace::rowArrived(page()->model(), total - 1));
    QVERIFY(page()->model()->pageFetches() >= total / OrdersModel::kPageSize);
    QCOMPARE(table->model()->index(total - 1, OrdersModel::IdColumn).data().toString(), last);

    // A page continued after the row above it (keyset) is the page OFFSET finds, in both orders.
    CacheQuery* query = m_workspace.query();
    for (OrderSort sort : {OrderSort::PurchaseDate, OrderSort::Id}) {
        for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            const QList<OrderRow> first = query->orders().page(OrderFilter{}, sort, order, 0, OrdersModel::kPageSize);
            QCOMPARE(first.size(), OrdersModel::kPageSize);
            const QList<OrderRow> byOffset =
                query->orders().page(OrderFilter{}, sort, order, OrdersModel::kPageSize, 50);
            const QList<OrderRow> byKey =
                query->orders().page(OrderFilter{}, sort, order, OrdersModel::kPageSize, 50, &first.constLast());
            QCOMPARE(byKey.size(), byOffset.size());
            for (int i = 0; i < byKey.size(); ++i)
                QCOMPARE(byKey.at(i).id, byOffset.at(i).id);
        }
    }
}

// A read of the model's rows that would run for seconds is under way when the user searches: the
// reader interrupts it, its end is neither shown nor logged as a failure, and the search's answer is.
void TestOrdersPage::interruptedReadShowsTheNewerAndNoError()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("fail")));
    OrdersModel* model = page()->model();
    QTRY_VERIFY(settled());
    std::atomic<bool> started{false}, interrupted{false};
    bool staleShown = false;
    m_workspace.reader()->read<qint64>(
        model, CacheReader::laneOf(model, "first"),
        [&](const CacheQuery& query) {
            started = true;
            const qint64 n = ReadConnection::of(query).scalar(
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) "
                "SELECT count(*) FROM c");
            interrupted = ReadConnection::of(query).lastError() == QLatin1String("interrupted");
            return n;
        },
        [&](qint64) { staleShown = true; });
    QTRY_VERIFY(started.load());
    const QString id = m_workspace.column("SELECT id FROM orders ORDER BY purchase_date DESC, id LIMIT 1").value(0);
    QSignalSpy settledSpy(model, &PagedTableModel::settled);
    auto* search = SyncedWorkspace::child<QLineEdit>(page(), "ordersSearchEdit");
    search->clear();
    QTest::keyClicks(search, id);
    QTRY_COMPARE(model->search(), id);
    QTRY_VERIFY(settled());
    QVERIFY(interrupted.load());
    QVERIFY(!staleShown);
    QCOMPARE(settledSpy.count(), 1);
    QCOMPARE(model->totalCount(), 1);
    QTRY_COMPARE(page()->table()->model()->index(0, OrdersModel::IdColumn).data().toString(), id);
    QCOMPARE(page()->countText(), QStringLiteral("1 matching order"));
    search->clear();
    QTRY_COMPARE(model->search(), QString());
    QTRY_VERIFY(settled());
}

// A sort clicked before a new filter's answer arrived replaces that read: its answer must still
// count the new filter (it once kept the old count).
void TestOrdersPage::sortRightAfterAFilterCountsTheFilter()
{
    OrdersModel* model = page()->model();
    QVERIFY(SyncedWorkspace::settled(model));
    const QString sku = m_workspace.column("SELECT sku FROM order_items ORDER BY id LIMIT 1").value(0);
    model->setSearch(sku);
    model->sort(OrdersModel::TotalColumn, Qt::AscendingOrder);
    QVERIFY(SyncedWorkspace::settled(model));
    const qint64 withSku =
        m_workspace.scalar("SELECT count(DISTINCT o.id) FROM orders o JOIN order_items i ON i.order_id = o.id "
                           "WHERE o.id LIKE ?1 OR i.sku LIKE ?1 OR i.asin LIKE ?1 OR i.title LIKE ?1",
                           {QLatin1Char('%') + sku + QLatin1Char('%')});
    QCOMPARE(model->totalCount(), int(withSku));
    model->setSearch(QString());
    model->sort(OrdersModel::PurchaseDateColumn, Qt::DescendingOrder);
    QVERIFY(SyncedWorkspace::settled(model));
    QCOMPARE(model->totalCount(), int(m_workspace.scalar("SELECT count(*) FROM orders")));
}

// Many rows reach the view a step at a time (each step makes the vertical header's items for its
// rows; a million at once stalled the window), while the count says them all at once; a sort keeps
// the view's rows.
void TestOrdersPage::rowsReachTheViewInSteps()
{
    OrdersModel* model = page()->model();
    QVERIFY(SyncedWorkspace::settled(model));
    const int total = int(m_workspace.scalar("SELECT count(*) FROM orders"));
    const QString id = m_workspace.column("SELECT id FROM orders ORDER BY id LIMIT 1").value(0);
    model->setSearch(id);
    QVERIFY(SyncedWorkspace::settled(model));
    QCOMPARE(model->rowCount(), 1);

    constexpr int kStep = 100;
    QVERIFY(total > 3 * kStep);
    model->setGrowStep(kStep);
    QList<int> resets;
    QList<int> steps;
    QList<int> countsSaid;
    const QList<QMetaObject::Connection> watches = {
        connect(model, &QAbstractItemModel::modelReset, this, [&] { resets.append(model->rowCount()); }),
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [&](const QModelIndex&, int first, int last) {
                    QCOMPARE(first, steps.isEmpty() ? kStep : first); // appended after the rows shown
                    steps.append(last - first + 1);
                }),
        connect(model, &PagedTableModel::countChanged, this, [&] { countsSaid.append(model->totalCount()); }),
    };
    model->setSearch(QString());
    QVERIFY(SyncedWorkspace::settled(model));
    QCOMPARE(model->rowCount(), total);
    QCOMPARE(resets, QList<int>{kStep}); // the first step in the reset
    QVERIFY(steps.size() >= 2);
    int grown = kStep;
    for (const int step : std::as_const(steps)) {
        QVERIFY(step <= kStep);
        grown += step;
    }
    QCOMPARE(grown, total);
    QCOMPARE(countsSaid.value(0), total); // the count is said whole, before the rows are all there
    QCOMPARE(page()->countText(), QStringLiteral("%1 orders").arg(QLocale().toString(total)));

    resets.clear();
    steps.clear();
    model->sort(OrdersModel::TotalColumn, Qt::AscendingOrder);
    QVERIFY(SyncedWorkspace::settled(model));
    QCOMPARE(resets, QList<int>{total}); // the same rows in another order: no step again
    QVERIFY(steps.isEmpty());
    for (const QMetaObject::Connection& watch : watches)
        disconnect(watch);
    model->setGrowStep(PagedTableModel::kGrowStep);
    model->sort(OrdersModel::PurchaseDateColumn, Qt::DescendingOrder);
    QVERIFY(SyncedWorkspace::settled(model));
}

// A hidden orders page reads nothing, not even after a sync: at start the dashboard's figures
// must not wait behind a count of every order. Shown, it reads, and a sync after that reloads it.
void TestOrdersPage::hiddenPageReadsWhenShown()
{
    OrdersPage hidden;
    hidden.setReader(m_workspace.reader());
    hidden.scheduleReload(); // as after a sync
    QVERIFY(!hidden.model()->hasReader());
    QCOMPARE(hidden.model()->rowCount(), 0);
    QVERIFY(!hidden.model()->isReading());

    hidden.show();
    QVERIFY(hidden.model()->hasReader());
    QVERIFY(SyncedWorkspace::settled(hidden.model()));
    QCOMPARE(hidden.model()->totalCount(), int(m_workspace.scalar("SELECT count(*) FROM orders")));
    hidden.hide();
    hidden.setReader(nullptr); // signed out: empty at once, shown or not
    QCOMPARE(hidden.model()->rowCount(), 0);
}

// A search matching more orders than the cap shows its first page with "5+" and then, counted in
// the background, the exact number; every row up to the last one is reachable.
void TestOrdersPage::countPastTheCapShowsPlusThenTheExactCount()
{
    OrdersModel* model = page()->model();
    QVERIFY(SyncedWorkspace::settled(model));
    const QString sku = m_workspace
                            .column("SELECT sku FROM order_items GROUP BY sku ORDER BY count(DISTINCT order_id) DESC, "
                                    "sku LIMIT 1")
                            .value(0);
    const qint64 withSku =
        m_workspace.scalar("SELECT count(DISTINCT o.id) FROM orders o JOIN order_items i ON i.order_id = o.id "
                           "WHERE o.id LIKE ?1 OR i.sku LIKE ?1 OR i.asin LIKE ?1 OR i.title LIKE ?1",
                           {QLatin1Char('%') + sku + QLatin1Char('%')});
    QVERIFY2(withSku > 6, qPrintable(QString::number(withSku)));
    struct Seen
    {
        int total;
        bool capped;
        QString text;
    };
    QList<Seen> seen;
    const QMetaObject::Connection watch = connect(model, &PagedTableModel::countChanged, this, [&] {
        seen.append({model->totalCount(), model->isCountCapped(), page()->countText()});
    });
    model->setCountCap(5);
    auto* search = SyncedWorkspace::child<QLineEdit>(page(), "ordersSearchEdit");
    search->clear();
    QTest::keyClicks(search, sku);
    QTRY_COMPARE(model->search(), sku);
    QVERIFY(SyncedWorkspace::settled(model));
    QTRY_VERIFY(!model->isCountCapped());
    disconnect(watch);
    model->setCountCap(10000);
    QVERIFY(seen.size() >= 2);
    const Seen capped = seen.at(seen.size() - 2);
    QCOMPARE(capped.total, 5);
    QVERIFY(capped.capped);
    QCOMPARE(capped.text, QStringLiteral("5+ matching orders"));
    QCOMPARE(seen.constLast().total, int(withSku));
    QVERIFY(!seen.constLast().capped);
    QCOMPARE(page()->countText(), QStringLiteral("%1 matching orders").arg(withSku));
    QVERIFY(SyncedWorkspace::settled(model)); // the rows past the cap reach the view on the next step
    QCOMPARE(model->rowCount(), int(withSku));
    const int last = model->rowCount() - 1;
    QVERIFY(SyncedWorkspace::rowArrived(model, last));
    const QStringList matching =
        m_workspace.column("SELECT DISTINCT o.id FROM orders o JOIN order_items i ON i.order_id = o.id "
                           "WHERE o.id LIKE ?1 OR i.sku LIKE ?1 OR i.asin LIKE ?1 OR i.title LIKE ?1",
                           {QLatin1Char('%') + sku + QLatin1Char('%')});
    QVERIFY(matching.contains(model->orderAt(last).id));
    search->clear();
    QTRY_COMPARE(model->search(), QString());
    QVERIFY(SyncedWorkspace::settled(model));
}

void TestOrdersPage::columnStateSurvivesARestartOfThePage()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    {
        OrdersPage first;
        first.setSettings(&settings);
        first.setReader(m_workspace.reader());
        first.table()->horizontalHeader()->setSectionHidden(OrdersModel::StatusColumn, true);
        first.table()->setColumnWidth(OrdersModel::IdColumn, 333);
        first.table()->horizontalHeader()->setSortIndicator(OrdersModel::TotalColumn, Qt::AscendingOrder);
    }
    OrdersPage second;
    QVERIFY(!second.table()->horizontalHeader()->isSectionHidden(OrdersModel::StatusColumn));
    second.setSettings(&settings);
    second.setReader(m_workspace.reader());
    QVERIFY(second.table()->horizontalHeader()->isSectionHidden(OrdersModel::StatusColumn));
    QCOMPARE(second.table()->columnWidth(OrdersModel::IdColumn), 333);
    QCOMPARE(second.table()->horizontalHeader()->sortIndicatorSection(), int(OrdersModel::TotalColumn));
    QCOMPARE(second.model()->sortColumn(), int(OrdersModel::TotalColumn));
    QCOMPARE(second.model()->sortOrder(), Qt::AscendingOrder);
    const QString byTotal =
        m_workspace.column("SELECT id FROM orders ORDER BY order_total_cents ASC, id ASC LIMIT 1").value(0);
    second.show(); // a hidden page reads nothing
    QTRY_COMPARE(second.model()->orderAt(0).id, byTotal);
}

} // namespace sp::test

QTEST_MAIN(sp::test::TestOrdersPage)
#include "TestOrdersPage.moc"
