// The finances page over a real synced cache (real sandbox, real keychain: scripts/with-keyring.sh):
// the events and their totals per currency as the test's own SQL computes them, the type filter,
// search, sorting in the database and the column state across a restart of the page.
#include "FinancesPage.h"
#include "FinancialEventsModel.h"
#include "MoneyText.h"
#include "SyncedWorkspace.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

namespace sp::test {

class TestFinancesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheEventsAndTheirTotalsPerCurrency();
    void typeFilterAndSearchNarrowTheEvents();
    void headerSortsByAmount();
    void searchPastTheCapShowsPlusThenTheCountAndTotals();
    void columnStateSurvivesARestartOfThePage();

private:
    FinancesPage* page() const { return SyncedWorkspace::child<FinancesPage>(m_workspace.window(), "financesPage"); }
    // "Total: 1.00 EUR   2.00 GBP" from the test's own SQL over the cache.
    QString totalsFromSql(const QString& type = QString(), const QString& search = QString()) const;

    SyncedWorkspace m_workspace;
};

void TestFinancesPage::initTestCase()
{
    QString error;
    QVERIFY2(m_workspace.start(300, &error), qPrintable(error));
    m_workspace.window()->show();
    m_workspace.window()->showPage(MainWindow::Page::Finances);
    QVERIFY(page());
}

QString TestFinancesPage::totalsFromSql(const QString& type, const QString& search) const
{
    const QStringList currencies =
        m_workspace.column("SELECT DISTINCT currency FROM financial_events ORDER BY currency");
    QStringList parts;
    for (const QString& currency : currencies) {
        const QString pattern = QLatin1Char('%') + search + QLatin1Char('%');
        const qint64 count =
            m_workspace.scalar("SELECT count(*) FROM financial_events WHERE currency = ?1 AND (?2 = '' OR type = ?2) "
                               "AND (id LIKE ?3 OR order_id LIKE ?3 OR sku LIKE ?3)",
                               {currency, type.isNull() ? QStringLiteral("") : type, pattern});
        if (count == 0)
            continue;
        const qint64 sum = m_workspace.scalar(
            "SELECT sum(amount_cents) FROM financial_events WHERE currency = ?1 AND (?2 = '' OR type = ?2) "
            "AND (id LIKE ?3 OR order_id LIKE ?3 OR sku LIKE ?3)",
            {currency, type.isNull() ? QStringLiteral("") : type, pattern});
        parts << MoneyText::format(sum, currency);
    }
    return QStringLiteral("Total: ") + parts.join(QLatin1String("   "));
}

void TestFinancesPage::showsTheEventsAndTheirTotalsPerCurrency()
{
    const qint64 total = m_workspace.scalar("SELECT count(*) FROM financial_events");
    QVERIFY(total > 0);
    QTRY_COMPARE(page()->model()->totalCount(), int(total));
    QCOMPARE(page()->countText(), QStringLiteral("%1 events").arg(QLocale().toString(total)));
    QTRY_COMPARE(page()->totalsText(), totalsFromSql()); // the totals arrive from the reader
    QVERIFY(m_workspace.column("SELECT DISTINCT currency FROM financial_events").size() > 1); // per currency, really
}

void TestFinancesPage::typeFilterAndSearchNarrowTheEvents()
{
    auto* type = SyncedWorkspace::child<QComboBox>(page(), "financesTypeCombo");
    const QStringList types = m_workspace.column("SELECT DISTINCT type FROM financial_events ORDER BY type");
    for (const QString& value : types) // every type the cache has can be chosen
        QTRY_VERIFY2(type->findData(value) > 0, qPrintable(value));
    // The type with the fewest events: a real narrowing.
    const QString chosen =
        m_workspace.column("SELECT type FROM financial_events GROUP BY type ORDER BY count(*), type LIMIT 1").value(0);
    type->setCurrentIndex(type->findData(chosen));
    QVERIFY(SyncedWorkspace::settled(page()->model()));
    QCOMPARE(page()->model()->totalCount(),
             int(m_workspace.scalar("SELECT count(*) FROM financial_events WHERE type = ?1", {chosen})));
    QTRY_COMPARE(page()->totalsText(), totalsFromSql(chosen));
    for (int row = 0; row < page()->model()->rowCount(); ++row) {
        QVERIFY(SyncedWorkspace::rowArrived(page()->model(), row));
        QCOMPARE(page()->model()->eventAt(row).type, chosen);
    }
    type->setCurrentIndex(0);

    // By order id: that order's events.
    const QString order = m_workspace
                              .column("SELECT order_id FROM financial_events WHERE order_id IS NOT NULL "
                                      "ORDER BY posted_at LIMIT 1")
                              .value(0);
    auto* search = SyncedWorkspace::child<QLineEdit>(page(), "financesSearchEdit");
    QTest::keyClicks(search, order);
    QTRY_COMPARE(page()->model()->filter().search, order);
    QVERIFY(SyncedWorkspace::settled(page()->model()));
    QCOMPARE(page()->model()->totalCount(),
             int(m_workspace.scalar("SELECT count(*) FROM financial_events WHERE id LIKE ?1 OR order_id LIKE ?1 "
                                    "OR sku LIKE ?1",
                                    {QLatin1Char('%') + order + QLatin1Char('%')})));
    QVERIFY(page()->model()->totalCount() > 0);
    QTRY_COMPARE(page()->totalsText(), totalsFromSql(QString(), order));
    search->clear();
    QTRY_COMPARE(page()->model()->filter().search, QString());
}

void TestFinancesPage::headerSortsByAmount()
{
    QTableView* table = page()->table();
    table->horizontalHeader()->setSortIndicator(FinancialEventsModel::AmountColumn, Qt::AscendingOrder);
    const QString smallest =
        m_workspace.column("SELECT id FROM financial_events ORDER BY amount_cents, id LIMIT 1").value(0);
    QVERIFY(SyncedWorkspace::settled(page()->model()));
    QTRY_COMPARE(page()->model()->eventAt(0).id, smallest);
    table->horizontalHeader()->setSortIndicator(FinancialEventsModel::AmountColumn, Qt::DescendingOrder);
    const QString largest =
        m_workspace.column("SELECT id FROM financial_events ORDER BY amount_cents DESC, id DESC LIMIT 1").value(0);
    QVERIFY(SyncedWorkspace::settled(page()->model()));
    QTRY_COMPARE(page()->model()->eventAt(0).id, largest);
    QVERIFY(smallest != largest);

    // By posting time, a page continued after the row above it is the page OFFSET finds.
    CacheQuery* query = m_workspace.query();
    for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
        const QList<FinancialEventRow> first =
            query->financialEvents().page(FinancialEventFilter{}, FinancialEventSort::PostedAt, order, 0, 200);
        QCOMPARE(first.size(), 200);
        const QList<FinancialEventRow> byOffset =
            query->financialEvents().page(FinancialEventFilter{}, FinancialEventSort::PostedAt, order, 200, 50);
        const QList<FinancialEventRow> byKey = query->financialEvents().page(
            FinancialEventFilter{}, FinancialEventSort::PostedAt, order, 200, 50, &first.constLast());
        QCOMPARE(byKey.size(), byOffset.size());
        for (int i = 0; i < byKey.size(); ++i)
            QCOMPARE(byKey.at(i).id, byOffset.at(i).id);
    }
}

// A search matching more events than the cap shows "3+ events" at once, then the exact count and
// the totals (read once, with the exact count).
void TestFinancesPage::searchPastTheCapShowsPlusThenTheCountAndTotals()
{
    FinancialEventsModel* model = page()->model();
    QVERIFY(SyncedWorkspace::settled(model));
    const QString sku =
        m_workspace
            .column("SELECT sku FROM financial_events WHERE sku IS NOT NULL GROUP BY sku ORDER BY count(*) DESC, "
                    "sku LIMIT 1")
            .value(0);
    const qint64 matching =
        m_workspace.scalar("SELECT count(*) FROM financial_events WHERE id LIKE ?1 OR order_id LIKE ?1 OR sku LIKE ?1",
                           {QLatin1Char('%') + sku + QLatin1Char('%')});
    QVERIFY2(matching > 3, qPrintable(QString::number(matching)));
    QStringList texts;
    const QMetaObject::Connection watch =
        connect(model, &PagedTableModel::countChanged, this, [&] { texts << page()->countText(); });
    model->setCountCap(3);
    auto* search = SyncedWorkspace::child<QLineEdit>(page(), "financesSearchEdit");
    search->clear();
    QTest::keyClicks(search, sku);
    QTRY_COMPARE(model->filter().search, sku);
    QVERIFY(SyncedWorkspace::settled(model));
    QTRY_VERIFY(!model->isCountCapped());
    disconnect(watch);
    model->setCountCap(10000);
    QVERIFY2(texts.contains(QStringLiteral("3+ events")), qPrintable(texts.join(QLatin1Char('|'))));
    QCOMPARE(model->totalCount(), int(matching));
    QCOMPARE(page()->countText(), QStringLiteral("%1 events").arg(QLocale().toString(matching)));
    QTRY_COMPARE(page()->totalsText(), totalsFromSql(QString(), sku));
    search->clear();
    QTRY_COMPARE(model->filter().search, QString());
}

void TestFinancesPage::columnStateSurvivesARestartOfThePage()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    {
        FinancesPage first;
        first.setSettings(&settings);
        first.setReader(m_workspace.reader());
        first.table()->horizontalHeader()->setSectionHidden(FinancialEventsModel::ChargeColumn, true);
        first.table()->horizontalHeader()->moveSection(FinancialEventsModel::AmountColumn, 0);
    }
    FinancesPage second;
    second.setSettings(&settings);
    second.setReader(m_workspace.reader());
    QVERIFY(second.table()->horizontalHeader()->isSectionHidden(FinancialEventsModel::ChargeColumn));
    QCOMPARE(second.table()->horizontalHeader()->visualIndex(FinancialEventsModel::AmountColumn), 0);
}

} // namespace sp::test

QTEST_MAIN(sp::test::TestFinancesPage)
#include "TestFinancesPage.moc"
