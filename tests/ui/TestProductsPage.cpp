// The products page over a real synced cache (real sandbox, real keychain: scripts/with-keyring.sh):
// products with their stock as the test's own SQL sums it, search by ASIN, sorting by stock, and a
// unit cost entered in the page, saved on the server (read back from the sandbox), refused offline.
#include "ProductsModel.h"
#include "ProductsPage.h"
#include "MoneyText.h"
#include "SyncedWorkspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace sp::test {

class TestProductsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheProductsWithTheirStock();
    void headerSortsByStock();
    void unitCostColumnShowsTheCostsThatApplyToday();
    void unitCostIsSavedOnTheServer();
    void unitCostNeedsAConnection();

private:
    ProductsPage* page() const { return SyncedWorkspace::child<ProductsPage>(m_workspace.window(), "productsPage"); }

    SyncedWorkspace m_workspace;
};

void TestProductsPage::initTestCase()
{
    QString error;
    QVERIFY2(m_workspace.start(200, &error), qPrintable(error));
    m_workspace.window()->show();
    m_workspace.window()->showPage(MainWindow::Page::Products);
    QVERIFY(page());
}

void TestProductsPage::showsTheProductsWithTheirStock()
{
    const qint64 total = m_workspace.scalar("SELECT count(*) FROM products");
    QVERIFY(total > 0);
    QTRY_COMPARE(page()->model()->totalCount(), int(total));
    QCOMPARE(page()->countText(), QStringLiteral("%1 products").arg(QLocale().toString(total)));

    // The product with the most stock, found by its ASIN: its figures summed over the regions.
    const QString sku =
        m_workspace.column("SELECT sku FROM inventory GROUP BY sku ORDER BY sum(fulfillable) DESC, sku LIMIT 1")
            .value(0);
    const QString asin = m_workspace.column("SELECT asin FROM products WHERE sku = ?1", {sku}).value(0);
    QVERIFY(!asin.isEmpty());
    auto* search = SyncedWorkspace::child<QLineEdit>(page(), "productsSearchEdit");
    QTest::keyClicks(search, asin);
    QTRY_COMPARE(page()->model()->search(), asin);
    QVERIFY(SyncedWorkspace::settled(page()->model()));
    QVERIFY(page()->model()->totalCount() >= 1);
    int row = -1;
    for (int i = 0; i < page()->model()->rowCount(); ++i) {
        QVERIFY(SyncedWorkspace::rowArrived(page()->model(), i));
        if (page()->model()->productAt(i).sku == sku)
            row = i;
    }
    QVERIFY(row >= 0);
    auto text = [&](int column) { return page()->table()->model()->index(row, column).data().toString(); };
    auto sum = [&](const char* sql) { return QLocale().toString(m_workspace.scalar(sql, {sku})); };
    QCOMPARE(text(ProductsModel::FulfillableColumn), sum("SELECT sum(fulfillable) FROM inventory WHERE sku = ?1"));
    QCOMPARE(text(ProductsModel::InboundColumn), sum("SELECT sum(inbound) FROM inventory WHERE sku = ?1"));
    QCOMPARE(text(ProductsModel::ReservedColumn), sum("SELECT sum(reserved) FROM inventory WHERE sku = ?1"));
    QCOMPARE(text(ProductsModel::UnfulfillableColumn), sum("SELECT sum(unfulfillable) FROM inventory WHERE sku = ?1"));
    search->clear();
    QTRY_COMPARE(page()->model()->search(), QString());
}

void TestProductsPage::headerSortsByStock()
{
    QHeaderView* header = page()->table()->horizontalHeader();
    header->setSortIndicator(ProductsModel::FulfillableColumn, Qt::DescendingOrder);
    const QString most =
        m_workspace
            .column("SELECT p.sku FROM products p LEFT JOIN inventory v ON v.sku = p.sku GROUP BY p.sku "
                    "ORDER BY coalesce(sum(v.fulfillable), 0) DESC, p.sku DESC LIMIT 1")
            .value(0);
    QVERIFY(SyncedWorkspace::settled(page()->model()));
    QTRY_COMPARE(page()->model()->productAt(0).sku, most);
    header->setSortIndicator(ProductsModel::SkuColumn, Qt::AscendingOrder);
    QVERIFY(SyncedWorkspace::settled(page()->model()));
    QTRY_COMPARE(page()->model()->productAt(0).sku, m_workspace.column("SELECT min(sku) FROM products").value(0));
}

void TestProductsPage::unitCostColumnShowsTheCostsThatApplyToday()
{
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    // A SKU whose cost changed (several entries): the latest one up to today is shown, per currency.
    const QString sku = m_workspace
                            .column("SELECT sku FROM unit_costs WHERE effective_from <= ?1 GROUP BY sku "
                                    "ORDER BY count(*) DESC, sku LIMIT 1",
                                    {today})
                            .value(0);
    QVERIFY2(!sku.isEmpty(), "the synced cache has no unit costs");
    auto* search = SyncedWorkspace::child<QLineEdit>(page(), "productsSearchEdit");
    search->clear();
    QTest::keyClicks(search, sku);
    QTRY_COMPARE(page()->model()->search(), sku);
    QVERIFY(SyncedWorkspace::settled(page()->model()));
    int row = -1;
    for (int i = 0; i < page()->model()->rowCount(); ++i) {
        QVERIFY(SyncedWorkspace::rowArrived(page()->model(), i));
        if (page()->model()->productAt(i).sku == sku)
            row = i;
    }
    QVERIFY(row >= 0);
    QTRY_VERIFY(page()->model()->unitCostsOf(sku).size() > 0); // the costs arrive from the reader
    // The cell: one amount and how many more currencies; the tooltip: every currency's cost and its day.
    const QModelIndex cell = page()->table()->model()->index(row, ProductsModel::UnitCostColumn);
    const QString shown = cell.data(Qt::ToolTipRole).toString();
    const QStringList currencies = m_workspace.column(
        "SELECT DISTINCT currency FROM unit_costs WHERE sku = ?1 AND effective_from <= ?2 ORDER BY currency",
        {sku, today});
    QVERIFY(!currencies.isEmpty());
    for (const QString& currency : currencies) {
        const qint64 cents = m_workspace.scalar(
            "SELECT unit_cost_cents FROM unit_costs WHERE sku = ?1 AND currency = ?2 AND effective_from <= ?3 "
            "ORDER BY effective_from DESC LIMIT 1",
            {sku, currency, today});
        QVERIFY2(shown.contains(MoneyText::format(cents, currency)), qPrintable(shown));
    }
    const QString first = MoneyText::format(
        m_workspace.scalar("SELECT unit_cost_cents FROM unit_costs WHERE sku = ?1 AND currency = ?2 AND "
                           "effective_from <= ?3 ORDER BY effective_from DESC LIMIT 1",
                           {sku, currencies.constFirst(), today}),
        currencies.constFirst());
    QCOMPARE(cell.data().toString(),
             currencies.size() == 1 ? first : ProductsModel::moreCurrencies(first, int(currencies.size()) - 1));
    search->clear();
    QTRY_COMPARE(page()->model()->search(), QString());
}

void TestProductsPage::unitCostIsSavedOnTheServer()
{
    page()->setSession(m_workspace.harness().host->session(), true);
    QTableView* table = page()->table();
    QVERIFY(SyncedWorkspace::rowArrived(page()->model(), 0));
    table->setFocus();
    table->selectRow(0);
    const QString sku = page()->model()->productAt(0).sku;
    auto* cost = SyncedWorkspace::child<QLineEdit>(page(), "unitCostEdit");
    auto* currency = SyncedWorkspace::child<QComboBox>(page(), "unitCostCurrencyCombo");
    auto* from = SyncedWorkspace::child<QDateEdit>(page(), "unitCostFromEdit");
    auto* save = SyncedWorkspace::child<QPushButton>(page(), "unitCostSaveButton");
    QVERIFY(save->isEnabled());
    QTRY_COMPARE(currency->count(), m_workspace.column("SELECT DISTINCT currency FROM marketplaces").size());
    currency->setCurrentIndex(currency->findText(QStringLiteral("EUR")));
    from->setDate(QDate(2024, 3, 1));

    // Bad input: a clear message, nothing sent.
    cost->setText(QStringLiteral("four"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(page()->costMessage(), QStringLiteral("Enter the cost of one unit as an amount, e.g. 4.20."));

    cost->setText(QStringLiteral("4.2"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page()->costMessage().startsWith(QLatin1String("Saved the unit cost of ")), 30000);

    // The server has it: the sandbox's own list of unit costs.
    bool found = false;
    QString cursor;
    for (int pageIndex = 0; pageIndex < 100 && !found; ++pageIndex) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        const std::optional<QJsonObject> answer = m_workspace.get(QStringLiteral("/v1/unit-costs"), query);
        QVERIFY(answer);
        for (const QJsonValue& value : answer->value(QLatin1String("unit_costs")).toArray()) {
            const QJsonObject entry = value.toObject();
            found = found
                    || (entry.value(QLatin1String("sku")).toString() == sku
                        && entry.value(QLatin1String("currency")).toString() == QLatin1String("EUR")
                        && entry.value(QLatin1String("unit_cost")).toString() == QLatin1String("4.20")
                        && entry.value(QLatin1String("effective_from")).toString() == QLatin1String("2024-03-01"));
        }
        cursor = answer->value(QLatin1String("next_cursor")).toString();
        if (!answer->value(QLatin1String("has_more")).toBool())
            break;
    }
    QVERIFY2(found, qPrintable(sku));
}

void TestProductsPage::unitCostNeedsAConnection()
{
    page()->setSession(m_workspace.harness().host->session(), false);
    QVERIFY(SyncedWorkspace::rowArrived(page()->model(), 1));
    page()->table()->selectRow(1);
    auto* save = SyncedWorkspace::child<QPushButton>(page(), "unitCostSaveButton");
    QVERIFY(!save->isEnabled());
    QVERIFY2(page()->costMessage().startsWith(QLatin1String("Offline: ")), qPrintable(page()->costMessage()));
    // Return in the field does not send either.
    auto* cost = SyncedWorkspace::child<QLineEdit>(page(), "unitCostEdit");
    cost->setText(QStringLiteral("1.00"));
    QTest::keyClick(cost, Qt::Key_Return);
    QVERIFY(page()->costMessage().startsWith(QLatin1String("Offline: ")));
}

} // namespace sp::test

QTEST_MAIN(sp::test::TestProductsPage)
#include "TestProductsPage.moc"
