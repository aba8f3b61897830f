// The dashboard over a real synced cache (real sandbox, real keychain: scripts/with-keyring.sh): the
// cards per currency show the sandbox's own figures (GET /v1/metrics/summary) and the cache's counts
// (the test's SQL), the change against the previous period points the right way, the marketplace
// filter and the ranges refresh it, "data as of" is shown, the chart follows the mouse, the keys and
// the palette, and the cost-of-goods hint leads to the products page.
#include "DashboardChart.h"
#include "DashboardPage.h"
#include "MoneyText.h"
#include "SyncedWorkspace.h"
#include "common/Clock.h"
#include "reports/ReportPeriods.h"

#include <QDateEdit>
#include <QImage>
#include <QMouseEvent>
#include <QJsonArray>
#include <QLabel>
#include <QStackedWidget>

namespace sp::test {

class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cardsShowTheServersFiguresPerCurrency();
    void countsEqualTheCache();
    void changeAgainstThePreviousPeriodPointsTheRightWay();
    void marketplaceFilterShowsOnlyItsCurrency();
    void rangesAndABadCustomRange();
    void rangesEndOnTheInjectedClock();
    void dataAsOfIsShown();
    void chartFollowsMouseKeysAndPalette();
    void cogsHintLeadsToTheProductsPage();

private:
    // The page, once the figures it asked for last are shown (they arrive from the cache's reader).
    DashboardPage* page() const
    {
        auto* page = SyncedWorkspace::child<DashboardPage>(m_workspace.window(), "dashboardPage");
        if (page && !QTest::qWaitFor([page] { return !page->isLoading(); }, 30000))
            qWarning("the dashboard's figures did not arrive");
        return page;
    }
    // The sandbox's figures per currency over `period` (and marketplaces).
    QHash<QString, QJsonObject> metrics(const Period& period, const QStringList& marketplaces = {});

    // The app's clock as a test sets it: the pages read the day from it, never from the wall clock.
    struct FixedClock : Clock
    {
        QDateTime at;
        QDateTime nowUtc() const override { return at; }
        qint64 nowMSecsSinceEpoch() const override { return at.toMSecsSinceEpoch(); }
    };

    FixedClock m_clock; // outlives the window that may point to it
    SyncedWorkspace m_workspace;
};

void TestDashboardPage::initTestCase()
{
    QString error;
    QVERIFY2(m_workspace.start(500, &error), qPrintable(error));
    m_workspace.window()->show();
    m_workspace.window()->showPage(MainWindow::Page::Dashboard);
    QVERIFY(page());
    page()->setPreset(RangePreset::Last30Days);
    page()->refresh();
}

QHash<QString, QJsonObject> TestDashboardPage::metrics(const Period& period, const QStringList& marketplaces)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), period.from.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), period.to.toString(Qt::ISODate));
    if (!marketplaces.isEmpty())
        query.addQueryItem(QStringLiteral("marketplace_ids"), marketplaces.join(QLatin1Char(',')));
    QHash<QString, QJsonObject> byCurrency;
    const std::optional<QJsonObject> answer = m_workspace.get(QStringLiteral("/v1/metrics/summary"), query);
    if (!answer)
        return byCurrency;
    for (const QJsonValue& value : answer->value(QLatin1String("currencies")).toArray())
        byCurrency.insert(value.toObject().value(QLatin1String("currency")).toString(), value.toObject());
    return byCurrency;
}

void TestDashboardPage::cardsShowTheServersFiguresPerCurrency()
{
    const Period period = page()->filter().period;
    QCOMPARE(period.days(), 30);
    const QHash<QString, QJsonObject> truth = metrics(period);
    QVERIFY2(truth.size() > 1, "the sandbox sells in several currencies");
    for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
        const QString currency = it.key();
        const QJsonObject& m = it.value();
        auto money = [&](const char* key) {
            return MoneyText::format(SyncedWorkspace::cents(m.value(QLatin1String(key)).toString()), currency);
        };
        const bool pending = m.value(QLatin1String("pending_units")).toInteger() > 0;
        QCOMPARE(page()->kpiText(currency, QStringLiteral("revenue")),
                 money("revenue") + (pending ? QStringLiteral(" (estimated)") : QString()));
        QCOMPARE(page()->kpiText(currency, QStringLiteral("fees")), money("amazon_fees"));
        QCOMPARE(page()->kpiText(currency, QStringLiteral("refunds")), money("refunds"));
        QCOMPARE(page()->kpiText(currency, QStringLiteral("advertising")), money("advertising"));
        const bool complete = m.value(QLatin1String("cost_of_goods_complete")).toBool();
        QCOMPARE(page()->kpiText(currency, QStringLiteral("cogs")),
                 money("cost_of_goods") + (complete ? QString() : QStringLiteral(" (incomplete)")));
        QCOMPARE(page()->kpiText(currency, QStringLiteral("profit")), money("net_profit"));
        QCOMPARE(page()->kpiText(currency, QStringLiteral("orders")),
                 QLocale().toString(m.value(QLatin1String("orders")).toInteger()));
    }
    // No card for a currency the server has no figures of: money is never added across them.
    for (const CurrencyTotals& totals : page()->data().current)
        QVERIFY2(truth.contains(totals.currency), qPrintable(totals.currency));
}

void TestDashboardPage::countsEqualTheCache()
{
    const Period period = page()->filter().period;
    const QString from = period.from.toString(Qt::ISODate);
    const QString to = period.to.addDays(1).toString(Qt::ISODate);
    const QStringList currencies = m_workspace.column("SELECT DISTINCT currency FROM orders WHERE purchase_date >= ?1 "
                                                      "AND purchase_date < ?2 AND status <> 'Canceled'",
                                                      {from, to});
    QVERIFY(!currencies.isEmpty());
    for (const QString& currency : currencies) {
        const qint64 orders = m_workspace.scalar(
            "SELECT count(*) FROM orders WHERE purchase_date >= ?1 AND purchase_date < ?2 AND status <> 'Canceled' "
            "AND currency = ?3",
            {from, to, currency});
        const qint64 units = m_workspace.scalar(
            "SELECT coalesce(sum(i.quantity), 0) FROM order_items i JOIN orders o ON o.id = i.order_id WHERE "
            "o.purchase_date >= ?1 AND o.purchase_date < ?2 AND o.status <> 'Canceled' AND o.currency = ?3",
            {from, to, currency});
        const qint64 pendingUnits = m_workspace.scalar(
            "SELECT coalesce(sum(i.quantity), 0) FROM order_items i JOIN orders o ON o.id = i.order_id WHERE "
            "o.purchase_date >= ?1 AND o.purchase_date < ?2 AND o.status = 'Pending' AND o.currency = ?3",
            {from, to, currency});
        QCOMPARE(page()->kpiText(currency, QStringLiteral("orders")), QLocale().toString(orders));
        QString expected = QLocale().toString(units);
        if (pendingUnits > 0)
            expected += QStringLiteral(" (%1 pending, estimated)").arg(QLocale().toString(pendingUnits));
        QCOMPARE(page()->kpiText(currency, QStringLiteral("units")), expected);
    }
}

void TestDashboardPage::changeAgainstThePreviousPeriodPointsTheRightWay()
{
    const Period period = page()->filter().period;
    const QHash<QString, QJsonObject> now = metrics(period);
    const QHash<QString, QJsonObject> before = metrics(previousPeriod(period));
    int compared = 0;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!before.contains(it.key()))
            continue;
        const qint64 current = SyncedWorkspace::cents(it->value(QLatin1String("revenue")).toString());
        const qint64 previous =
            SyncedWorkspace::cents(before.value(it.key()).value(QLatin1String("revenue")).toString());
        const QString change = page()->kpiChangeText(it.key(), QStringLiteral("revenue"));
        if (previous == 0)
            continue;
        const double percent = (current - previous) * 100.0 / qAbs(previous);
        const QChar arrow = percent > 0 ? QChar(0x25B2) : percent < 0 ? QChar(0x25BC) : QChar(0x25C6);
        QCOMPARE(change, QStringLiteral("%1 %2 %").arg(arrow).arg(QLocale().toString(qAbs(percent), 'f', 1)));
        ++compared;
    }
    QVERIFY(compared > 0);
}

void TestDashboardPage::marketplaceFilterShowsOnlyItsCurrency()
{
    const QString id = m_workspace.column("SELECT id FROM marketplaces WHERE currency = 'GBP'").value(0);
    QVERIFY(!id.isEmpty());
    page()->setMarketplaces({id});
    QCOMPARE(page()->data().current.size(), 1);
    QCOMPARE(page()->data().current.first().currency, QStringLiteral("GBP"));
    QVERIFY(page()->kpiText(QStringLiteral("EUR"), QStringLiteral("revenue")).isEmpty());
    const QJsonObject truth = metrics(page()->filter().period, {id}).value(QStringLiteral("GBP"));
    QCOMPARE(page()->kpiText(QStringLiteral("GBP"), QStringLiteral("profit")),
             MoneyText::format(SyncedWorkspace::cents(truth.value(QLatin1String("net_profit")).toString()),
                               QStringLiteral("GBP")));
    page()->setMarketplaces({});
    QVERIFY(page()->data().current.size() > 1);
}

void TestDashboardPage::rangesAndABadCustomRange()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    page()->setPreset(RangePreset::Yesterday);
    QCOMPARE(page()->filter().period.from, today.addDays(-1));
    QCOMPARE(page()->filter().period.to, today.addDays(-1));
    page()->setPreset(RangePreset::Last12Months);
    QVERIFY(page()->filter().period.days() >= 365);
    QVERIFY(page()->errorText().isEmpty());
    page()->setCustomPeriod(Period{today, today.addDays(-5)});
    QCOMPARE(page()->errorText(), QStringLiteral("Choose a range whose start is not after its end."));
    QVERIFY(page()->data().current.isEmpty());
    page()->setCustomPeriod(Period{today.addDays(-6), today});
    QVERIFY(page()->errorText().isEmpty());
    QCOMPARE(page()->filter().period.days(), 7);
    page()->setPreset(RangePreset::Last30Days);
}

void TestDashboardPage::rangesEndOnTheInjectedClock()
{
    m_clock.at = QDateTime(QDate(2025, 3, 15), QTime(23, 30), Qt::UTC);
    m_workspace.window()->setClock(&m_clock);
    page()->setPreset(RangePreset::Last7Days);
    QCOMPARE(page()->filter().period.from, QDate(2025, 3, 9));
    QCOMPARE(page()->filter().period.to, QDate(2025, 3, 15));
    // The orders page's date filter starts on the same clock's last 30 days.
    QCOMPARE(SyncedWorkspace::child<QDateEdit>(m_workspace.window(), "ordersToEdit")->date(), QDate(2025, 3, 15));
    QCOMPARE(SyncedWorkspace::child<QDateEdit>(m_workspace.window(), "ordersFromEdit")->date(), QDate(2025, 2, 14));

    m_workspace.window()->setClock(nullptr); // the system clock again
    QCOMPARE(page()->filter().period.to, QDateTime::currentDateTimeUtc().date());
    page()->setPreset(RangePreset::Last30Days);
}

void TestDashboardPage::dataAsOfIsShown()
{
    const QDateTime at = m_workspace.sync()->lastSyncedAt();
    QVERIFY(at.isValid());
    QVERIFY2(page()->dataAsOfText().startsWith(QLatin1String("Data as of ")), qPrintable(page()->dataAsOfText()));
    auto* label = SyncedWorkspace::child<QLabel>(page(), "dashboardDataAsOfLabel");
    QVERIFY(label->isVisible());
}

void TestDashboardPage::chartFollowsMouseKeysAndPalette()
{
    DashboardChart* chart = page()->chart();
    QCOMPARE(chart->chart().labels.size(), 30);
    QCOMPARE(chart->chart().series.size(), 2 * page()->data().current.size()); // revenue and profit per currency
    chart->resize(800, 400);
    const QList<QRectF> plots = chart->plotRects();
    QCOMPARE(plots.size(), page()->data().current.size()); // a panel per currency
    // The mouse over the middle of the first panel: the day there is marked.
    const QPointF at = plots.first().center();
    QMouseEvent move(QEvent::MouseMove, at, chart->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(chart, &move);
    QVERIFY(chart->hoverIndex() >= 0);
    const int hovered = chart->hoverIndex();
    QVERIFY2(chart->hoverText().startsWith(chart->chart().labels.at(hovered)), qPrintable(chart->hoverText()));
    QVERIFY(chart->hoverText().contains(QLatin1String("Revenue: ")));
    chart->setFocus();
    QTest::keyClick(chart, Qt::Key_Home);
    QCOMPARE(chart->hoverIndex(), 0);
    QTest::keyClick(chart, Qt::Key_Right);
    QCOMPARE(chart->hoverIndex(), 1);
    QTest::keyClick(chart, Qt::Key_Escape);
    QCOMPARE(chart->hoverIndex(), -1);

    const QImage light = chart->grab().toImage();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::Base, QColor(20, 20, 20));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    chart->setPalette(dark);
    const QImage darkImage = chart->grab().toImage();
    QVERIFY(light != darkImage);
    // Mostly dark now: the background follows the palette.
    const QColor corner = darkImage.pixelColor(2, 2);
    QVERIFY2(corner.lightness() < 80, qPrintable(corner.name()));
    chart->setPalette(QPalette());
}

void TestDashboardPage::cogsHintLeadsToTheProductsPage()
{
    bool incomplete = false;
    for (const CurrencyTotals& totals : page()->data().current)
        incomplete = incomplete || !totals.cogsComplete;
    QCOMPARE(page()->cogsHintVisible(), incomplete);
    QVERIFY2(incomplete, "the sandbox leaves some SKUs without a unit cost");
    auto* hint = SyncedWorkspace::child<QLabel>(page(), "dashboardCogsHint");
    QVERIFY(QMetaObject::invokeMethod(hint, "linkActivated", Q_ARG(QString, QStringLiteral("products"))));
    auto* pages = SyncedWorkspace::child<QStackedWidget>(m_workspace.window(), "pages");
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("productsPage"));
    m_workspace.window()->showPage(MainWindow::Page::Dashboard);
}

} // namespace sp::test

QTEST_MAIN(sp::test::TestDashboardPage)
#include "TestDashboardPage.moc"
