// The guided start (issue 16 part 6) over a real synced cache (real sandbox over HTTPS, real
// keychain: scripts/with-keyring.sh): the checklist's states come from real data (the server's
// Amazon connection, the cache's products sold without a cost, an explicit home currency) and its
// buttons go where each step is done; the products page's "sold without a cost" filter equals a
// brute-force query over the raw orders, ranked by revenue; "applies from" defaults to the SKU's
// first sale; a saved cost shows with its cost of goods without a sync (the server's own figures
// agree) and the next sync's value stands; dismissing and finishing are remembered in the profile.
#include "DashboardPage.h"
#include "GuidedStart.h"
#include "GuidedStartChecklist.h"
#include "MoneyText.h"
#include "ProductsModel.h"
#include "ProductsPage.h"
#include "SettingsPage.h"
#include "SyncedWorkspace.h"
#include "TestAmazonBrowser.h"
#include "WidgetChecks.h"
#include "account/UnitCostClient.h"
#include "reports/HomeCurrency.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>

namespace sp::test {

namespace {

// Sold (not cancelled) units that no unit cost of the order's currency covers on the purchase day:
// from the raw orders and unit costs, not the summaries the app reads.
const char* const kGapsSql =
    "SELECT DISTINCT i.sku FROM order_items i JOIN orders o ON o.id = i.order_id JOIN products p ON p.sku = i.sku "
    "WHERE o.status <> 'Canceled' AND i.quantity > 0 AND NOT EXISTS (SELECT 1 FROM unit_costs u WHERE u.sku = i.sku "
    "AND u.currency = o.currency AND u.effective_from <= substr(o.purchase_date, 1, 10)) ORDER BY i.sku";

} // namespace

class TestGuidedStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checklistShowsWhatTheDataSays();
    void costsButtonOpensProductsSoldWithoutCostByRevenue();
    void appliesFromDefaultsToTheFirstSale();
    void savedCostShowsAtOnceWithItsCostOfGoods();
    void serverValueStandsAfterTheNextSync();
    void currencyButtonOpensTheChooser();
    void amazonButtonLeadsToConnecting();
    void dismissHidesForGood();
    void hidesItselfWhenEveryStepIsDone();

private:
    GuidedStart* guide() const { return m_workspace.harness().windows()->guidedStart(); }
    GuidedStartChecklist* checklist() const { return guide()->checklist(); }
    ProductsPage* products() const
    {
        return SyncedWorkspace::child<ProductsPage>(m_workspace.window(), "productsPage");
    }
    DashboardPage* dashboard() const
    {
        return SyncedWorkspace::child<DashboardPage>(m_workspace.window(), "dashboardPage");
    }
    QWidget* currentPage() const
    {
        return SyncedWorkspace::child<QStackedWidget>(m_workspace.window(), "pages")->currentWidget();
    }
    QSettings& settings() const { return m_workspace.harness().profile->settings(); }
    QStringList gaps() const { return m_workspace.column(kGapsSql); }
    QString costsDetail(int count) const;
    QDate firstSale(const QString& sku, const QString& currency) const;
    // Shows `sku` alone in the products table (the search) and selects it; its row, or -1.
    int selectProduct(const QString& sku);
    bool putCost(const QString& sku, const QString& currency, qint64 cents, QDate from);
    bool syncOnce();

    SyncedWorkspace m_workspace;
    QString m_sku; // sold in EUR in the dashboard's period, with no unit cost at all
    QDate m_from;
};

void TestGuidedStart::initTestCase()
{
    QString error;
    QVERIFY2(m_workspace.start(300, &error), qPrintable(error));
    m_workspace.window()->resize(1024, 700);
    m_workspace.window()->show();
    m_workspace.window()->showPage(MainWindow::Page::Dashboard);
    dashboard()->setPreset(RangePreset::Last30Days);
    QVERIFY(guide());
}

QString TestGuidedStart::costsDetail(int count) const
{
    return count == 1 ? QStringLiteral("1 product sold without a unit cost: its cost of goods is incomplete.")
                      : QStringLiteral("%1 products sold without a unit cost: their cost of goods is incomplete.")
                            .arg(QLocale().toString(count));
}

QDate TestGuidedStart::firstSale(const QString& sku, const QString& currency) const
{
    return QDate::fromString(m_workspace
                                 .column("SELECT min(substr(o.purchase_date, 1, 10)) FROM order_items i JOIN orders o "
                                         "ON o.id = i.order_id WHERE i.sku = ?1 AND o.currency = ?2 "
                                         "AND o.status <> 'Canceled' AND i.quantity > 0",
                                         {sku, currency})
                                 .value(0),
                             Qt::ISODate);
}

int TestGuidedStart::selectProduct(const QString& sku)
{
    auto* search = SyncedWorkspace::child<QLineEdit>(products(), "productsSearchEdit");
    search->clear();
    QTest::keyClicks(search, sku);
    if (!QTest::qWaitFor([&] { return products()->model()->search() == sku; }, 10000)
        || !SyncedWorkspace::settled(products()->model()))
        return -1;
    for (int row = 0; row < products()->model()->rowCount(); ++row) {
        if (!SyncedWorkspace::rowArrived(products()->model(), row))
            return -1;
        if (products()->model()->productAt(row).sku == sku) {
            products()->table()->setFocus();
            products()->table()->selectRow(row);
            return row;
        }
    }
    return -1;
}

bool TestGuidedStart::putCost(const QString& sku, const QString& currency, qint64 cents, QDate from)
{
    // As another computer of the seller would: the same account, straight to the server.
    UnitCostClient client(m_workspace.harness().host->session());
    QSignalSpy finished(&client, &UnitCostClient::finished);
    client.setUnitCost(sku, currency, cents, from);
    return finished.wait(30000) && finished.constFirst().at(1).value<ApiError>().ok();
}

bool TestGuidedStart::syncOnce()
{
    QSignalSpy finished(m_workspace.sync(), &SyncController::syncFinished);
    m_workspace.sync()->syncNow();
    return finished.wait(SyncedWorkspace::kSyncTimeoutMs) && finished.constFirst().at(0).toBool();
}

void TestGuidedStart::checklistShowsWhatTheDataSays()
{
    QTRY_VERIFY_WITH_TIMEOUT(checklist()->isVisible(), 30000);
    // Every widget of the panel has a name for tests and accessibility tools.
    for (QWidget* widget : checklist()->findChildren<QWidget*>())
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
    // (WidgetChecks counts nothing inside a scroll area's viewport: the buttons are walked here.)
    const QList<QPushButton*> buttons = checklist()->findChildren<QPushButton*>();
    QCOMPARE(buttons.size(), 4);
    for (const QPushButton* button : buttons)
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
    QCOMPARE(widgetsWithoutAccessibleName(products()), QStringList());

    // Amazon: the server's word (the demo account never connected), though the cache holds marketplaces.
    QTRY_VERIFY_WITH_TIMEOUT(guide()->amazonAnswered(), 30000);
    QVERIFY(m_workspace.scalar("SELECT count(*) FROM marketplaces") > 0);
    QVERIFY(!checklist()->isDone(GuidedStartChecklist::AmazonItem));
    QCOMPARE(checklist()->stateText(GuidedStartChecklist::AmazonItem), QStringLiteral("To do"));

    // Unit costs: as many products as the raw orders leave without a cost.
    const QStringList expected = gaps();
    QVERIFY2(expected.size() > 1, "the sandbox leaves some SKUs without a unit cost");
    QTRY_COMPARE(checklist()->detailText(GuidedStartChecklist::CostsItem), costsDetail(int(expected.size())));
    QVERIFY(!checklist()->isDone(GuidedStartChecklist::CostsItem));

    // Home currency: the locale's default is not a choice.
    QVERIFY(HomeCurrency::stored(settings()).isEmpty());
    QVERIFY(!checklist()->isDone(GuidedStartChecklist::CurrencyItem));
}

void TestGuidedStart::costsButtonOpensProductsSoldWithoutCostByRevenue()
{
    QTest::mouseClick(SyncedWorkspace::child<QPushButton>(checklist(), "guidedCostsButton"), Qt::LeftButton);
    QCOMPARE(currentPage(), products());
    auto* filter = SyncedWorkspace::child<QCheckBox>(products(), "missingCostFilter");
    QVERIFY(filter->isChecked());
    ProductsModel* model = products()->model();
    QVERIFY(model->missingCostOnly());
    QVERIFY(SyncedWorkspace::settled(model));

    const QStringList expected = gaps();
    QTRY_COMPARE(model->totalCount(), int(expected.size()));
    QStringList shown;
    for (int row = 0; row < model->totalCount(); ++row) {
        QVERIFY(SyncedWorkspace::rowArrived(model, row));
        shown << model->productAt(row).sku;
    }
    QStringList sorted = shown;
    sorted.sort();
    QCOMPARE(sorted, expected);
    // Highest revenue first: each SKU's revenue in EUR at each currency's latest rate.
    double previous = std::numeric_limits<double>::max();
    for (const QString& sku : std::as_const(shown)) {
        const qint64 revenue = m_workspace.scalar(
            "SELECT CAST(round(sum(d.revenue_cents * 1000.0 / coalesce((SELECT r.rate_micros FROM exchange_rates r "
            "WHERE r.currency = d.currency ORDER BY r.day DESC LIMIT 1), 1000000))) AS INTEGER) "
            "FROM summary_product_day d WHERE d.sku = ?1",
            {sku});
        QVERIFY2(revenue <= previous + 1, qPrintable(sku));
        previous = double(revenue);
    }
    QCOMPARE(products()->countText(),
             QStringLiteral("%1 products sold without a unit cost").arg(QLocale().toString(expected.size())));

    // The dashboard's "enter unit costs" link opens the same list.
    filter->setChecked(false);
    QVERIFY(!model->missingCostOnly());
    m_workspace.window()->showPage(MainWindow::Page::Dashboard);
    emit dashboard()->openProductsRequested();
    QCOMPARE(currentPage(), products());
    QVERIFY(filter->isChecked());
}

void TestGuidedStart::appliesFromDefaultsToTheFirstSale()
{
    const Period period = dashboard()->filter().period;
    m_sku = m_workspace
                .column("SELECT i.sku FROM order_items i JOIN orders o ON o.id = i.order_id JOIN products p ON "
                        "p.sku = i.sku WHERE o.currency = 'EUR' AND o.status NOT IN ('Canceled', 'Pending') "
                        "AND i.item_price_cents IS NOT NULL AND substr(o.purchase_date, 1, 10) BETWEEN ?1 AND ?2 "
                        "AND NOT EXISTS (SELECT 1 FROM unit_costs u WHERE u.sku = i.sku) "
                        "GROUP BY i.sku ORDER BY sum(i.quantity) DESC, i.sku LIMIT 1",
                        {period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)})
                .value(0);
    QVERIFY2(!m_sku.isEmpty(), "no SKU sold in EUR in the period without any cost");
    m_from = firstSale(m_sku, QStringLiteral("EUR"));
    QVERIFY(m_from.isValid() && m_from < QDateTime::currentDateTimeUtc().date());

    auto* currency = SyncedWorkspace::child<QComboBox>(products(), "unitCostCurrencyCombo");
    auto* from = SyncedWorkspace::child<QDateEdit>(products(), "unitCostFromEdit");
    QTRY_VERIFY(currency->findText(QStringLiteral("EUR")) >= 0);
    currency->setCurrentIndex(currency->findText(QStringLiteral("EUR")));
    QVERIFY(selectProduct(m_sku) >= 0);
    QTRY_COMPARE(from->date(), m_from);

    // A SKU with a EUR cost already: a new cost applies from today.
    SyncedWorkspace::child<QCheckBox>(products(), "missingCostFilter")->setChecked(false);
    const QString costed =
        m_workspace.column("SELECT sku FROM unit_costs WHERE currency = 'EUR' ORDER BY sku LIMIT 1").value(0);
    QVERIFY(!costed.isEmpty());
    QVERIFY(selectProduct(costed) >= 0);
    QTRY_COMPARE(from->date(), QDateTime::currentDateTimeUtc().date());
    products()->showMissingCosts();
}

void TestGuidedStart::savedCostShowsAtOnceWithItsCostOfGoods()
{
    QVERIFY(!m_sku.isEmpty());
    products()->setSession(m_workspace.harness().host->session(), true);
    const int row = selectProduct(m_sku);
    QVERIFY(row >= 0);
    auto* currency = SyncedWorkspace::child<QComboBox>(products(), "unitCostCurrencyCombo");
    auto* from = SyncedWorkspace::child<QDateEdit>(products(), "unitCostFromEdit");
    currency->setCurrentIndex(currency->findText(QStringLiteral("EUR")));
    QTRY_COMPARE(from->date(), m_from);
    const QModelIndex cell = products()->model()->index(row, ProductsModel::UnitCostColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("not set"));
    const int gapsBefore = int(gaps().size());
    const QDateTime syncedAt = m_workspace.sync()->lastSyncedAt();
    QSignalSpy syncs(m_workspace.sync(), &SyncController::syncFinished);

    auto* cost = SyncedWorkspace::child<QLineEdit>(products(), "unitCostEdit");
    cost->setText(QStringLiteral("3.00"));
    QTest::mouseClick(SyncedWorkspace::child<QPushButton>(products(), "unitCostSaveButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        products()->costMessage(),
        QStringLiteral("Saved the unit cost of %1. The cost of goods includes it now.").arg(m_sku), 30000);
    // The row shows the cost as money, the day it applies from in its tooltip.
    QTRY_COMPARE(products()->model()->index(row, ProductsModel::UnitCostColumn).data().toString(),
                 MoneyText::format(300, QStringLiteral("EUR")));
    QVERIFY(products()
                ->model()
                ->index(row, ProductsModel::UnitCostColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLocale().toString(m_from, QLocale::ShortFormat)));
    // The cache's cost of goods: every EUR unit of the SKU at 3.00, none uncosted.
    const qint64 units =
        m_workspace.scalar("SELECT sum(units) FROM summary_product_day WHERE sku = ?1 AND currency = 'EUR'", {m_sku});
    QVERIFY(units > 0);
    QCOMPARE(m_workspace.scalar("SELECT sum(cogs_cents) FROM summary_product_day WHERE sku = ?1 AND currency = 'EUR'",
                                {m_sku}),
             units * 300);
    QCOMPARE(m_workspace.scalar(
                 "SELECT sum(uncosted_units) FROM summary_product_day WHERE sku = ?1 AND currency = 'EUR'", {m_sku}),
             0);
    // The dashboard's cost of goods now equals the server's own figure for the period, without a sync.
    m_workspace.window()->showPage(MainWindow::Page::Dashboard);
    const Period period = dashboard()->filter().period;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), period.from.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), period.to.toString(Qt::ISODate));
    const std::optional<QJsonObject> metrics = m_workspace.get(QStringLiteral("/v1/metrics/summary"), query);
    QVERIFY(metrics);
    QJsonObject eur;
    for (const QJsonValue& value : metrics->value(QLatin1String("currencies")).toArray())
        if (value.toObject().value(QLatin1String("currency")).toString() == QLatin1String("EUR"))
            eur = value.toObject();
    QVERIFY(!eur.isEmpty());
    const QString expected =
        MoneyText::format(SyncedWorkspace::cents(eur.value(QLatin1String("cost_of_goods")).toString()),
                          QStringLiteral("EUR"))
        + (eur.value(QLatin1String("cost_of_goods_complete")).toBool() ? QString() : QStringLiteral(" (incomplete)"));
    QTRY_COMPARE_WITH_TIMEOUT(dashboard()->kpiText(QStringLiteral("EUR"), QStringLiteral("cogs")), expected, 30000);
    // And the checklist counts one product fewer.
    QCOMPARE(int(gaps().size()), gapsBefore - 1);
    QTRY_COMPARE(checklist()->detailText(GuidedStartChecklist::CostsItem), costsDetail(gapsBefore - 1));
    QCOMPARE(syncs.size(), 0);
    QCOMPARE(m_workspace.sync()->lastSyncedAt(), syncedAt);
}

void TestGuidedStart::serverValueStandsAfterTheNextSync()
{
    // Changed meanwhile on another computer: the same SKU, currency and day, another cost.
    QVERIFY(putCost(m_sku, QStringLiteral("EUR"), 475, m_from));
    const char* stored =
        "SELECT unit_cost_cents FROM unit_costs WHERE sku = ?1 AND currency = 'EUR' AND effective_from = ?2";
    QCOMPARE(m_workspace.scalar(stored, {m_sku, m_from.toString(Qt::ISODate)}), 300);
    QVERIFY(syncOnce());
    QCOMPARE(m_workspace.scalar(stored, {m_sku, m_from.toString(Qt::ISODate)}), 475);
    m_workspace.window()->showPage(MainWindow::Page::Products);
    SyncedWorkspace::child<QCheckBox>(products(), "missingCostFilter")->setChecked(false);
    const int row = selectProduct(m_sku);
    QVERIFY(row >= 0);
    QTRY_COMPARE(products()->model()->index(row, ProductsModel::UnitCostColumn).data().toString(),
                 MoneyText::format(475, QStringLiteral("EUR")));
}

void TestGuidedStart::currencyButtonOpensTheChooser()
{
    m_workspace.window()->showPage(MainWindow::Page::Dashboard);
    QTRY_VERIFY(checklist()->isVisible());
    QTest::mouseClick(SyncedWorkspace::child<QPushButton>(checklist(), "guidedCurrencyButton"), Qt::LeftButton);
    auto* settingsPage = m_workspace.window()->findChild<SettingsPage*>();
    QCOMPARE(currentPage(), settingsPage);
    QCOMPARE(SyncedWorkspace::child<QTabWidget>(settingsPage, "settingsTabs")->currentIndex(), 0);
    auto* combo = SyncedWorkspace::child<QComboBox>(settingsPage, "homeCurrencyCombo");
    QCOMPARE(m_workspace.window()->focusWidget(), combo);
    combo->setCurrentIndex(combo->findData(QStringLiteral("GBP")));
    QCOMPARE(HomeCurrency::stored(settings()), QStringLiteral("GBP"));
    m_workspace.window()->showPage(MainWindow::Page::Dashboard);
    QTRY_VERIFY(checklist()->isDone(GuidedStartChecklist::CurrencyItem));
    QVERIFY(checklist()->detailText(GuidedStartChecklist::CurrencyItem).contains(QLatin1String("GBP")));
    QCOMPARE(checklist()->stateText(GuidedStartChecklist::CurrencyItem), QStringLiteral("Done"));
}

void TestGuidedStart::amazonButtonLeadsToConnecting()
{
    QTest::mouseClick(SyncedWorkspace::child<QPushButton>(checklist(), "guidedAmazonButton"), Qt::LeftButton);
    auto* settingsPage = m_workspace.window()->findChild<SettingsPage*>();
    QCOMPARE(currentPage(), settingsPage);
    QCOMPARE(SyncedWorkspace::child<QTabWidget>(settingsPage, "settingsTabs")->currentIndex(), 1);
    QList<QUrl> opened;
    SettingsServices services;
    services.openUrl = [&opened](const QUrl& url) {
        opened.append(url);
        return true;
    };
    settingsPage->setServices(services);
    auto* connectButton = SyncedWorkspace::child<QPushButton>(settingsPage, "amazonConnectButton");
    QTRY_VERIFY_WITH_TIMEOUT(connectButton->isEnabled(), 15000);
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), qsizetype(1), 15000);
    SellerCentralBrowser browser(&m_workspace.sandbox());
    QCOMPARE(browser.visit(opened.constFirst(), QStringLiteral("approve")).appStatus, 200);
    auto* confirm = SyncedWorkspace::child<QPushButton>(settingsPage, "amazonConfirmButton");
    QTRY_VERIFY_WITH_TIMEOUT(confirm->isVisible(), 15000);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(SyncedWorkspace::child<QLabel>(settingsPage, "amazonStatusLabel")->text(),
                              QStringLiteral("Connected"), 15000);
    settingsPage->setServices({});
    // Back on the dashboard the list asks the server again.
    m_workspace.window()->showPage(MainWindow::Page::Dashboard);
    QTRY_VERIFY_WITH_TIMEOUT(checklist()->isDone(GuidedStartChecklist::AmazonItem), 15000);
    QVERIFY(checklist()->isVisible()); // unit costs are still missing
}

void TestGuidedStart::dismissHidesForGood()
{
    QVERIFY(checklist()->isVisible());
    QTest::mouseClick(SyncedWorkspace::child<QPushButton>(checklist(), "guidedStartDismissButton"), Qt::LeftButton);
    QVERIFY(!checklist()->isVisible());
    QVERIFY(settings().value(GuidedStart::dismissedKey()).toBool());
    // Not back after going elsewhere, nor after new data.
    m_workspace.window()->showPage(MainWindow::Page::Orders);
    m_workspace.window()->showPage(MainWindow::Page::Dashboard);
    guide()->refresh();
    QTest::qWait(0);
    QVERIFY(!checklist()->isVisible());
    // Only the remembered flag hides it: without it, the list comes back.
    settings().remove(GuidedStart::dismissedKey());
    guide()->refresh();
    QTRY_VERIFY(checklist()->isVisible());
}

void TestGuidedStart::hidesItselfWhenEveryStepIsDone()
{
    // Every uncovered sale gets a cost from its first uncovered day, on the server; the sync brings them.
    CipherDatabase::Statement s = ReadConnection::of(*m_workspace.query())
                                      .prepare("SELECT i.sku, o.currency, min(substr(o.purchase_date, 1, 10)) FROM "
                                               "order_items i JOIN orders o ON o.id = i.order_id WHERE o.status <> "
                                               "'Canceled' AND i.quantity > 0 AND NOT EXISTS (SELECT 1 FROM unit_costs "
                                               "u WHERE u.sku = i.sku AND u.currency = o.currency AND "
                                               "u.effective_from <= substr(o.purchase_date, 1, 10)) "
                                               "GROUP BY i.sku, o.currency");
    QList<std::tuple<QString, QString, QDate>> missing;
    while (s.step() == CipherDatabase::Statement::Step::Row)
        missing.append({s.text(0), s.text(1), QDate::fromString(s.text(2), Qt::ISODate)});
    QVERIFY(!missing.isEmpty());
    for (const auto& [sku, currency, from] : std::as_const(missing))
        QVERIFY2(putCost(sku, currency, 100, from), qPrintable(sku));
    QVERIFY(syncOnce());
    QCOMPARE(gaps(), QStringList());
    QTRY_VERIFY_WITH_TIMEOUT(checklist()->isDone(GuidedStartChecklist::CostsItem), 30000);
    QTRY_VERIFY(!checklist()->isVisible());
    QVERIFY(settings().value(GuidedStart::completedKey()).toBool());
}

} // namespace sp::test

QTEST_MAIN(sp::test::TestGuidedStart)
#include "TestGuidedStart.moc"
