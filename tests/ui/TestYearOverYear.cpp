// Issue 18 part 3: the dashboard's tiles compare with the same days last year beside the previous
// period. On a real SQLCipher cache whose summary rows the test plants (a EUR business since June
// 2025, a GBP one since October 2026), read by the real DashboardPage through a CacheReader: the
// year-over-year change equals a hand computation from the cache's rows; a currency without sales last
// year and a range the history does not reach back for say "no data last year", never a 0 %; the
// month-end forecast line is there with its method in the tooltip.
#include "CacheQueryFixture.h"
#include "DashboardKpis.h"
#include "DashboardPage.h"
#include "HomeCurrencySummary.h"
#include "KpiTile.h"
#include "MoneyText.h"
#include "cache/CacheReader.h"
#include "cache/ReadConnection.h"

#include <QLabel>
#include <QtTest>

namespace sp::test {

namespace {

const QDate kToday(2026, 12, 7);
const QDate kEuroFrom(2025, 6, 1);
const QDate kPoundFrom(2026, 10, 1);

QString row(QDate day, const char* marketplace, const char* currency, qint64 revenue)
{
    // day, marketplace_id, currency, revenue, units, orders, pending units and orders, fees, refunds,
    // advertising, reimbursements, cogs, uncosted units
    return QStringLiteral(
               "INSERT INTO summary_daily VALUES ('%1', '%2', '%3', %4, %5, %6, 0, 0, %7, %8, %9, 0, %10, 0)")
        .arg(day.toString(Qt::ISODate), QLatin1String(marketplace), QLatin1String(currency))
        .arg(revenue)
        .arg(revenue / 2000 + 1)
        .arg(revenue / 3000 + 1)
        .arg(revenue / 10)
        .arg(revenue % 7 == 0 ? revenue / 20 : 0)
        .arg(day.dayOfWeek() == 1 ? 1500 : 0)
        .arg(revenue / 4);
}

// The sums of the cache's rows of one currency over some days, as the hand computation reads them.
struct Hand
{
    qint64 revenue = 0, units = 0, net = 0;
    bool any = false;
};

Hand handSum(CipherDatabase& db, const QString& currency, QDate from, QDate to)
{
    Hand h;
    CipherDatabase::Statement s =
        db.prepare("SELECT day, currency, revenue_cents, units, fees_cents, refunds_cents, advertising_cents, "
                   "reimbursements_cents, cogs_cents FROM summary_daily");
    while (s.step() == CipherDatabase::Statement::Step::Row) {
        const QDate day = QDate::fromString(s.text(0), Qt::ISODate);
        if (s.text(1) != currency || day < from || day > to)
            continue;
        h.any = true;
        h.revenue += s.int64(2);
        h.units += s.int64(3);
        h.net += s.int64(2) - s.int64(4) - s.int64(5) - s.int64(6) + s.int64(7) - s.int64(8);
    }
    return h;
}

// "▲ +12.3 % vs last year" in English, as the tile writes it.
QString percentText(double now, double before, const char* unit)
{
    const double change = QByteArray(unit) == "pts" ? now - before : (now - before) * 100.0 / std::abs(before);
    const QString digits = QString::number(std::abs(change), 'f', 1);
    const QChar arrow = change > 0 ? QChar(0x25B2) : change < 0 ? QChar(0x25BC) : QChar(0x25C6);
    const QString sign = digits == QLatin1String("0.0") ? QString()
                         : change > 0                   ? QStringLiteral("+")
                                                        : QStringLiteral("-");
    return QStringLiteral("%1 %2%3 %4 vs last year").arg(arrow).arg(sign, digits, QLatin1String(unit));
}

// The cache's rows: a EUR business since June 2025 that grows and peaks in Q4, a GBP one since October 2026.
QStringList rows()
{
    QStringList sql;
    sql << QStringLiteral("INSERT INTO marketplaces (id, name, country_code, currency, region) VALUES "
                          "('A1PA6795UKMFR9', 'Amazon.de', 'DE', 'EUR', 'eu'), "
                          "('A1F83G8C2ARO7P', 'Amazon.co.uk', 'GB', 'GBP', 'eu')");
    // A business that grows and peaks in Q4: this year's days sell more than last year's.
    for (QDate day = kEuroFrom; day <= kToday; day = day.addDays(1)) {
        const qint64 base = 10000 + (kEuroFrom.daysTo(day) * 37) % 5000;
        sql << row(day, "A1PA6795UKMFR9", "EUR", day.month() >= 11 ? base * 2 : base);
        if (day >= kPoundFrom)
            sql << row(day, "A1F83G8C2ARO7P", "GBP", base / 2);
    }
    // Reference rates of GBP (1 EUR = 0.84, 0.85, 0.87 GBP): the forecast in EUR uses the latest on or
    // before its last complete day (6 December): 0.85.
    sql << QStringLiteral(
        "INSERT INTO exchange_rates (day, currency, rate_micros) VALUES ('2025-06-02', 'GBP', 840000), "
        "('2026-12-04', 'GBP', 850000), ('2026-12-07', 'GBP', 870000)");
    return sql;
}

} // namespace

class TestYearOverYear : public QObject
{
    Q_OBJECT

private:
    CacheQueryFixture m_fixture;
    std::unique_ptr<CacheReader> m_reader;
    std::unique_ptr<CacheQuery> m_query; // the hand computation's own connection

    void showRange(DashboardPage& page, RangePreset preset)
    {
        QSignalSpy shown(&page, &DashboardPage::shown);
        page.setPreset(preset);
        page.refresh();
        QVERIFY(shown.wait(10000));
        while (page.isLoading())
            QVERIFY(shown.wait(10000));
        QVERIFY2(page.errorText().isEmpty(), qPrintable(page.errorText()));
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QString error;
        QVERIFY2(m_fixture.create(rows(), &error), qPrintable(error));
        auto connection = m_fixture.openConnection(&error);
        QVERIFY2(connection, qPrintable(error));
        m_reader = std::make_unique<CacheReader>(std::move(connection));
        m_query = m_fixture.open(&error);
        QVERIFY2(m_query, qPrintable(error));
    }

    void cleanupTestCase() { m_reader.reset(); }

    // The last 30 days against the same 30 days of 2025: each figure's change equals the hand
    // computation; GBP sold nothing last year: "no data last year".
    void last30DaysEqualAHandComputation()
    {
        DashboardPage page;
        page.resize(1024, 700);
        page.setToday(kToday);
        page.setReader(m_reader.get());
        showRange(page, RangePreset::Last30Days);
        const Period now{kToday.addDays(-29), kToday};
        const Period then{now.from.addYears(-1), now.to.addYears(-1)};
        QCOMPARE(page.data().lastYearPeriod.from, then.from);
        QCOMPARE(page.data().lastYearPeriod.to, then.to);

        CipherDatabase& db = ReadConnection::of(*m_query);
        const Hand eurNow = handSum(db, QStringLiteral("EUR"), now.from, now.to);
        const Hand eurThen = handSum(db, QStringLiteral("EUR"), then.from, then.to);
        QVERIFY(eurNow.any && eurThen.any);
        QCOMPARE(page.kpiYearChangeText(QStringLiteral("EUR"), QStringLiteral("revenue")),
                 percentText(eurNow.revenue, eurThen.revenue, "%"));
        QCOMPARE(page.kpiYearChangeText(QStringLiteral("EUR"), QStringLiteral("units")),
                 percentText(eurNow.units, eurThen.units, "%"));
        QCOMPARE(page.kpiYearChangeText(QStringLiteral("EUR"), QStringLiteral("profit")),
                 percentText(eurNow.net, eurThen.net, "%"));
        QCOMPARE(page.kpiYearChangeText(QStringLiteral("EUR"), QStringLiteral("margin")),
                 percentText(100.0 * eurNow.net / eurNow.revenue, 100.0 * eurThen.net / eurThen.revenue, "pts"));
        // Better than last year: the good tone, and the tooltip names last year's days.
        KpiTile* revenue = page.kpis()->tile(QStringLiteral("EUR"), QStringLiteral("revenue"));
        QVERIFY(revenue);
        QCOMPARE(revenue->yearTone(), KpiTile::Tone::Good);
        QVERIFY(revenue->yearChangeLabel()->isVisibleTo(&page));
        QVERIFY(revenue->yearChangeLabel()->toolTip().contains(QLocale().toString(then.from, QLocale::ShortFormat)));
        KpiTile* fees = page.kpis()->tile(QStringLiteral("EUR"), QStringLiteral("fees"));
        QCOMPARE(fees->yearTone(), KpiTile::Tone::Bad); // more fees: bad news, whatever the direction

        QVERIFY(handSum(db, QStringLiteral("GBP"), now.from, now.to).any);
        QVERIFY(!handSum(db, QStringLiteral("GBP"), then.from, then.to).any);
        for (const QString& key : DashboardPage::kpiKeys())
            QCOMPARE(page.kpiYearChangeText(QStringLiteral("GBP"), key), QStringLiteral("no data last year"));
        QCOMPARE(page.kpis()->tile(QStringLiteral("GBP"), QStringLiteral("revenue"))->yearTone(),
                 KpiTile::Tone::Neutral);

        // The month-end forecast of December 2026 (6 complete days; no December 2025 before... it has):
        // December 2025 is in the history, so the run rate is adjusted by it.
        const QString forecast = page.forecastText(QStringLiteral("EUR"));
        QVERIFY2(forecast.startsWith(QStringLiteral("Month-end forecast for December 2026: ")), qPrintable(forecast));
        QLabel* line = page.kpis()->forecastLabel(QStringLiteral("EUR"));
        QVERIFY(line && line->isVisibleTo(&page));
        QVERIFY2(line->toolTip().startsWith(
                     QStringLiteral("Forecast from the run rate of 6 days, adjusted by last year's December")),
                 qPrintable(line->toolTip()));
        // The shape is the business's (units of every currency): GBP, new this autumn, follows it too.
        QVERIFY2(
            page.kpis()
                ->forecastLabel(QStringLiteral("GBP"))
                ->toolTip()
                .startsWith(QStringLiteral("Forecast from the run rate of 6 days, adjusted by last year's December\n")),
            qPrintable(page.kpis()->forecastLabel(QStringLiteral("GBP"))->toolTip()));
        // By hand: so far x last year's December / last year's 1st to 6th December (units; only EUR sold then).
        const Hand lastYearSoFar = handSum(db, QStringLiteral("EUR"), QDate(2025, 12, 1), QDate(2025, 12, 6));
        const Hand lastYear = handSum(db, QStringLiteral("EUR"), QDate(2025, 12, 1), QDate(2025, 12, 31));
        const double shape = double(lastYear.units) / double(lastYearSoFar.units);
        for (const QString& currency : {QStringLiteral("EUR"), QStringLiteral("GBP")}) {
            const MonthForecast::Currency* f = page.kpis()->forecast().find(currency);
            QVERIFY(f);
            const Hand soFar = handSum(db, currency, QDate(2026, 12, 1), QDate(2026, 12, 6));
            QCOMPARE(f->revenueCents, qint64(std::llround(double(soFar.revenue) * shape)));
            QCOMPARE(f->units, qint64(std::llround(double(soFar.units) * shape)));
            QCOMPARE(f->netProfitCents, qint64(std::llround(double(soFar.net) * shape)));
            QVERIFY2(page.forecastText(currency).contains(QLocale().toString(f->units) + QStringLiteral(" units")),
                     qPrintable(page.forecastText(currency)));
        }
    }

    // Every marketplace's forecast in the home currency (EUR here: the only one with rates besides GBP),
    // GBP's converted at its latest rate up to the last complete day.
    void homeCurrencyForecastAddsTheCurrenciesUp()
    {
        DashboardPage page;
        page.setToday(kToday);
        page.setReader(m_reader.get());
        QSignalSpy home(page.homeCurrencySummary(), &HomeCurrencySummary::shown);
        showRange(page, RangePreset::Last30Days);
        QVERIFY(home.count() > 0 || home.wait(10000));
        QCOMPARE(page.homeCurrencySummary()->totals().currency, QStringLiteral("EUR"));
        const MonthForecast::Result& f = page.kpis()->forecast();
        const MonthForecast::Currency* eur = f.find(QStringLiteral("EUR"));
        const MonthForecast::Currency* gbp = f.find(QStringLiteral("GBP"));
        QVERIFY(eur && gbp);
        const qint64 revenue = std::llround(double(eur->revenueCents) + double(gbp->revenueCents) / 0.85);
        const qint64 profit = std::llround(double(eur->netProfitCents) + double(gbp->netProfitCents) / 0.85);
        QCOMPARE(page.homeForecastText(),
                 QStringLiteral("Month-end forecast for December 2026, all marketplaces in EUR: %1 revenue, %2 units, "
                                "%3 net profit")
                     .arg(MoneyText::format(revenue, QStringLiteral("EUR")),
                          QLocale().toString(eur->units + gbp->units),
                          MoneyText::format(profit, QStringLiteral("EUR"))));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("dashboardHomeForecast"))
                    ->toolTip()
                    .contains(QStringLiteral("adjusted by last year's December")));
        // Without a rate for a currency: no sum (never a made-up rate).
        MonthForecast::Result noRates = f;
        noRates.rates = CurrencyConverter();
        QVERIFY(!MonthForecast::inCurrency(noRates, QStringLiteral("EUR")));
    }

    // The year to date: the history begins in June 2025, so January to May 2025 are not in the cache;
    // no currency has a comparison with last year (a partial year would be a made-up drop).
    void rangeBeforeTheHistoryHasNoYearOverYear()
    {
        DashboardPage page;
        page.setToday(kToday);
        page.setReader(m_reader.get());
        showRange(page, RangePreset::YearToDate);
        QVERIFY(page.data().lastYear.isEmpty());
        for (const QString& currency : {QStringLiteral("EUR"), QStringLiteral("GBP")}) {
            QCOMPARE(page.kpiYearChangeText(currency, QStringLiteral("revenue")), QStringLiteral("no data last year"));
            QVERIFY(!page.kpiChangeText(currency, QStringLiteral("revenue")).isEmpty()); // the previous period's stays
        }
    }

    // A cache last synced on the 4th, read on the 7th: the forecast goes by the 1st to the 3rd, not by
    // days the cache has no figures for.
    void staleCacheCountsOnlySyncedDays()
    {
        CacheQueryFixture stale;
        QString error;
        QVERIFY2(stale.create(rows() << QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES "
                                                       "('last_synced_at', '2026-12-04T09:30:00.000Z')"),
                              &error),
                 qPrintable(error));
        auto connection = stale.openConnection(&error);
        QVERIFY2(connection, qPrintable(error));
        CacheReader reader(std::move(connection));
        DashboardPage page;
        page.setToday(kToday);
        page.setReader(&reader);
        showRange(page, RangePreset::Last30Days);
        QCOMPARE(page.kpis()->forecast().daysCounted, 3);
        QVERIFY2(page.kpis()
                     ->forecastLabel(QStringLiteral("EUR"))
                     ->toolTip()
                     .startsWith(QStringLiteral("Forecast from the run rate of 3 days")),
                 qPrintable(page.kpis()->forecastLabel(QStringLiteral("EUR"))->toolTip()));
    }

    // The first day of a month: no forecast yet, said so (not a 0).
    void firstDayOfTheMonthSaysSo()
    {
        DashboardPage page;
        page.setToday(QDate(2026, 12, 1));
        page.setReader(m_reader.get());
        showRange(page, RangePreset::Last30Days);
        QVERIFY2(page.forecastText(QStringLiteral("EUR")).contains(QStringLiteral("from tomorrow")),
                 qPrintable(page.forecastText(QStringLiteral("EUR"))));
    }
};

} // namespace sp::test

QTEST_MAIN(sp::test::TestYearOverYear)
#include "TestYearOverYear.moc"
