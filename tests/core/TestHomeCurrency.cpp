// Issue 16, the home currency: every marketplace's figures added up in one currency, each day at
// that day's reference rate. Against the real sandbox (its /v1/exchange-rates, orders, events and
// unit costs fetched over HTTP and summed here by hand), a real sync into the real SQLCipher cache
// with its key in the real keychain; then offline (the sandbox stopped) from the cache alone; the
// schema migration; and a hostile server (tests/support/HostileProxy) sending bad rates.
#include "SyncHarness.h"

#include "HostileProxy.h"
#include "SandboxProcess.h"
#include "cache/CacheQuery.h"
#include "cache/CacheSchema.h"
#include "cache/ExchangeRateText.h"
#include "cache/ReadConnection.h"
#include "expenses/ExpenseDecoding.h"
#include "expenses/ExpenseOccurrences.h"
#include "reports/CurrencyConverter.h"
#include "reports/HomeCurrency.h"
#include "reports/HomeCurrencyQuery.h"
#include "reports/SummarySql.h"
#include "sync/SyncController.h"

#include <QJsonDocument>
#include <QMap>
#include <QTemporaryDir>

#include <cmath>

namespace sp::test {

namespace {

constexpr int kDemoOrders = 1500;

qint64 cents(const QJsonValue& value)
{
    qint64 out = 0;
    return Money::parseCents(value.toString(), &out) ? out : -999999999;
}

// One day and currency's figures, summed from the listings with the contract's definitions.
struct DayFigures
{
    double revenue = 0, fees = 0, refunds = 0, net = 0;
};

struct Expected
{
    double revenue = 0, fees = 0, refunds = 0, net = 0;
};

struct HomeClient
{
    Client client;
    std::unique_ptr<SyncController> sync;

    bool init(const QUrl& url, const QList<QSslCertificate>& cas, const QString& profileDir = QString())
    {
        if (!client.init(url, cas, profileDir))
            return false;
        makeSync();
        return true;
    }
    void makeSync()
    {
        sync =
            std::make_unique<SyncController>(client.session.get(), &client.keychain, &*client.profile, &client.clock);
        sync->setRetryBudgetMs(3000);
        sync->setRetryBaseDelayMs(20);
        sync->setOfflineRetryDelaysMs(60000, 60000);
    }
    std::optional<QList<QVariant>> openAndWait()
    {
        QSignalSpy finished(sync.get(), &SyncController::syncFinished);
        sync->open();
        if (!finished.wait(300000))
            return std::nullopt;
        return finished.first();
    }
    std::optional<QList<QVariant>> syncAgain()
    {
        QSignalSpy finished(sync.get(), &SyncController::syncFinished);
        sync->syncNow();
        if (!finished.wait(300000))
            return std::nullopt;
        return finished.last();
    }
    CipherDatabase& db() { return ReadConnection::of(*sync->query()); }
};

// The rates of the listing as the test reads them: currency -> day -> units per EUR.
using RateTable = QMap<QString, QMap<QDate, double>>;

double rateOn(const RateTable& rates, const QString& currency, QDate day)
{
    if (currency == QLatin1String("EUR"))
        return 1.0;
    const QMap<QDate, double> series = rates.value(currency);
    if (series.isEmpty())
        return std::nan("");
    auto after = series.upperBound(day); // the first day after
    return after == series.begin() ? series.first() : std::prev(after).value();
}

QString firstText(CipherDatabase& db, const char* sql)
{
    CipherDatabase::Statement s = db.prepare(sql);
    return s.isValid() && s.step() == CipherDatabase::Statement::Step::Row ? s.text(0) : QString();
}

} // namespace

class TestHomeCurrency : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<HostileProxy> m_proxy;

private slots:
    void initTestCase()
    {
        SandboxProcess::Options options;
        options.demoOrders = kDemoOrders;
        options.seed = 11;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        m_proxy = std::make_unique<HostileProxy>(m_sandbox.url(), m_sandbox.sslConfiguration());
        QVERIFY(m_proxy->listen());
    }

    void cleanup() { m_proxy->clear(); }

    // The decoder's checks of one rate (the contract's Rate) and of a currency code.
    void rateTextIsCheckedStrictly()
    {
        qint64 micros = 0;
        QVERIFY(ExchangeRateText::parseMicros(QStringLiteral("1.0832"), &micros));
        QCOMPARE(micros, 1083200);
        QVERIFY(ExchangeRateText::parseMicros(QStringLiteral("160.12"), &micros));
        QCOMPARE(micros, 160120000);
        for (const char* bad :
             {"0.0", "0.000000", "-1.08", "1e3", "1", ".5", "NaN", "1.0832x", "1234567.1", "1.1234567", "", " 1.08"})
            QVERIFY2(!ExchangeRateText::parseMicros(QString::fromLatin1(bad), &micros), bad);
        QVERIFY(ExchangeRateText::isKnownCurrency(QStringLiteral("USD")));
        QVERIFY(ExchangeRateText::isKnownCurrency(QStringLiteral("GBP")));
        QVERIFY(!ExchangeRateText::isKnownCurrency(QStringLiteral("EUR"))); // the implicit base
        QVERIFY(!ExchangeRateText::isKnownCurrency(QStringLiteral("XYZ")));
        QVERIFY(!ExchangeRateText::isKnownCurrency(QStringLiteral("usd")));
    }

    // The converter: via EUR, the latest earlier rate on a weekend, the first rate before any, and
    // no answer (never 1) for a currency without a rate.
    void converterUsesTheLatestEarlierRate()
    {
        CurrencyConverter c;
        c.addRate(QStringLiteral("USD"), QDate(2026, 3, 6), 1.10); // a Friday
        c.addRate(QStringLiteral("USD"), QDate(2026, 3, 5), 1.00);
        c.addRate(QStringLiteral("GBP"), QDate(2026, 3, 6), 0.80);
        QCOMPARE(*c.convert(1000, QStringLiteral("USD"), QStringLiteral("EUR"), QDate(2026, 3, 5)), 1000.0);
        QList<QDate> used;
        QCOMPARE(*c.convert(1100, QStringLiteral("USD"), QStringLiteral("GBP"), QDate(2026, 3, 8), &used),
                 1100 / 1.10 * 0.80); // Sunday: Friday's rates
        QCOMPARE(used, (QList<QDate>{QDate(2026, 3, 6), QDate(2026, 3, 6)}));
        QCOMPARE(*c.convert(500, QStringLiteral("USD"), QStringLiteral("EUR"), QDate(2026, 3, 1)), 500.0); // first
        QVERIFY(!c.convert(500, QStringLiteral("SEK"), QStringLiteral("EUR"), QDate(2026, 3, 6)));
        QVERIFY(!c.convert(500, QStringLiteral("EUR"), QStringLiteral("SEK"), QDate(2026, 3, 6)));
        QCOMPARE(c.currencies(), (QStringList{QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("USD")}));
        QCOMPARE(HomeCurrency::defaultFor(QLocale(QLocale::English, QLocale::UnitedStates), c.currencies()),
                 QStringLiteral("USD"));
        QCOMPARE(HomeCurrency::defaultFor(QLocale(QLocale::Swedish, QLocale::Sweden), c.currencies()),
                 QStringLiteral("EUR")); // no SEK rates
        QCOMPARE(HomeCurrency::resolve(QStringLiteral("GBP"), QLocale(QLocale::English, QLocale::UnitedStates),
                                       c.currencies()),
                 QStringLiteral("GBP"));
    }

    // The test: converted totals of one period equal a hand computation from the sandbox's
    // listings; offline (sandbox stopped: last) the same figures come from the cache.
    void convertedTotalsEqualAHandComputation()
    {
        HomeClient c;
        QVERIFY(c.init(m_sandbox.url(), m_sandbox.sslConfiguration().caCertificates()));
        QVERIFY(c.client.signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword()));
        const auto outcome = c.openAndWait();
        QVERIFY(outcome);
        QVERIFY2(outcome->at(0).toBool(), qPrintable(outcome->at(1).toString()));

        // The server's data, over HTTP.
        const auto rates = listAll(c.client, QStringLiteral("/v1/exchange-rates"), QStringLiteral("exchange_rates"));
        const auto orders = listAll(c.client, QStringLiteral("/v1/orders"), QStringLiteral("orders"));
        const auto events =
            listAll(c.client, QStringLiteral("/v1/financial-events"), QStringLiteral("financial_events"));
        const auto costs = listAll(c.client, QStringLiteral("/v1/unit-costs"), QStringLiteral("unit_costs"));
        const auto markets = c.client.authorized("GET", QStringLiteral("/v1/marketplaces"));
        QVERIFY(rates && orders && events && costs && markets && markets->error.ok());
        QVERIFY(rates->size() > 100);
        RateTable table;
        QDate lastRateDay;
        for (const QJsonValue& value : *rates) {
            const QJsonObject row = value.toObject();
            const QDate day = QDate::fromString(row.value(QStringLiteral("date")).toString(), Qt::ISODate);
            QVERIFY(day.dayOfWeek() <= 5);
            lastRateDay = std::max(lastRateDay, day);
            const QJsonObject byCurrency = row.value(QStringLiteral("rates")).toObject();
            for (auto it = byCurrency.begin(); it != byCurrency.end(); ++it)
                table[it.key()].insert(day, it.value().toString().toDouble());
        }
        QCOMPARE(table.keys(), (QStringList{QStringLiteral("GBP"), QStringLiteral("USD")}));
        QVERIFY(rateOn(table, QStringLiteral("USD"), lastRateDay) > 0.9);
        QVERIFY(rateOn(table, QStringLiteral("USD"), lastRateDay) < 1.3);
        // The cache holds every rate of the listing.
        QCOMPARE(c.db().scalar("SELECT count(*) FROM exchange_rates"), qint64(rates->size()) * 2);

        QHash<QString, bool> euVat;
        for (const QJsonValue& m : markets->json.value(QStringLiteral("marketplaces")).toArray())
            euVat.insert(m.toObject().value(QStringLiteral("id")).toString(),
                         m.toObject().value(QStringLiteral("region")).toString() == QLatin1String("eu"));
        QMap<QString, QMap<QString, qint64>> unitCosts; // sku/currency -> effective_from -> cents
        for (const QJsonValue& value : *costs) {
            const QJsonObject o = value.toObject();
            unitCosts[o.value(QStringLiteral("sku")).toString() + QLatin1Char('/')
                      + o.value(QStringLiteral("currency")).toString()]
                .insert(o.value(QStringLiteral("effective_from")).toString(),
                        cents(o.value(QStringLiteral("unit_cost"))));
        }

        // A period of six weeks with weekends in it, ending on the last rate's day.
        const Period period{lastRateDay.addDays(-41), lastRateDay};
        QMap<QString, DayFigures> byDayAndCurrency; // "day/currency"
        auto inPeriod = [&](const QString& day) {
            const QDate d = QDate::fromString(day, Qt::ISODate);
            return d >= period.from && d <= period.to;
        };
        for (const QJsonValue& value : *orders) {
            const QJsonObject o = value.toObject();
            const QString day = o.value(QStringLiteral("purchase_date")).toString().left(10);
            const QString status = o.value(QStringLiteral("status")).toString();
            if (!inPeriod(day) || status == QLatin1String("Canceled"))
                continue;
            const QString currency = o.value(QStringLiteral("currency")).toString();
            DayFigures& f = byDayAndCurrency[day + QLatin1Char('/') + currency];
            const bool vat = euVat.value(o.value(QStringLiteral("marketplace_id")).toString());
            for (const QJsonValue& itemValue : o.value(QStringLiteral("items")).toArray()) {
                const QJsonObject i = itemValue.toObject();
                if (status != QLatin1String("Pending")) {
                    const double revenue = double(cents(i.value(QStringLiteral("item_price")))
                                                  - (vat ? cents(i.value(QStringLiteral("item_tax"))) : 0)
                                                  + cents(i.value(QStringLiteral("shipping_price")))
                                                  - cents(i.value(QStringLiteral("promotion_discount"))));
                    f.revenue += revenue;
                    f.net += revenue;
                }
                const QMap<QString, qint64> history =
                    unitCosts.value(i.value(QStringLiteral("sku")).toString() + QLatin1Char('/') + currency);
                auto cost = history.upperBound(day);
                if (cost != history.begin())
                    f.net -= double(std::prev(cost).value() * i.value(QStringLiteral("quantity")).toInt());
            }
        }
        const QStringList feeCharges{QStringLiteral("Commission"), QStringLiteral("FBAPerUnitFulfillmentFee"),
                                     QStringLiteral("RefundCommission"), QStringLiteral("Subscription"),
                                     QStringLiteral("StorageFee")};
        for (const QJsonValue& value : *events) {
            const QJsonObject e = value.toObject();
            const QString day = e.value(QStringLiteral("posted_at")).toString().left(10);
            if (!inPeriod(day))
                continue;
            DayFigures& f = byDayAndCurrency[day + QLatin1Char('/') + e.value(QStringLiteral("currency")).toString()];
            const QString charge = e.value(QStringLiteral("charge")).toString();
            const double amount = double(cents(e.value(QStringLiteral("amount"))));
            if (feeCharges.contains(charge)) {
                f.fees -= amount;
                f.net += amount;
            } else if (charge == QLatin1String("Principal")
                       && e.value(QStringLiteral("type"))
                                  .toString()
                                  .compare(QLatin1String("refund"), Qt::CaseInsensitive)
                              == 0) {
                f.refunds -= amount;
                f.net += amount;
            } else if (charge == QLatin1String("Advertising") || charge == QLatin1String("Reimbursement")) {
                f.net += amount;
            }
        }
        // Issue 17: the seller's own expenses, the whole amount on each occurrence's day (the contract's rule).
        const auto expenses = listAll(c.client, QStringLiteral("/v1/expenses"), QStringLiteral("expenses"));
        QVERIFY(expenses);
        for (const QJsonValue& value : *expenses) {
            ExpenseRecord x;
            QString why;
            QVERIFY2(ExpenseDecoding::decode(value.toObject(), &x, &why), qPrintable(why));
            for (const QDate& day : x.deleted ? QList<QDate>() : ExpenseOccurrences::within(x, period))
                byDayAndCurrency[day.toString(Qt::ISODate) + QLatin1Char('/') + x.currency].net -= double(x.amountCents);
        }
        QSet<QString> currencies;
        for (auto it = byDayAndCurrency.cbegin(); it != byDayAndCurrency.cend(); ++it)
            currencies.insert(it.key().mid(11));
        QCOMPARE(currencies.size(), 3); // EUR, GBP and USD: a real conversion

        DashboardFilter filter;
        filter.period = period;
        QMap<QString, HomeCurrencyTotals> online;
        for (const QString& home : {QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP")}) {
            Expected e;
            for (auto it = byDayAndCurrency.cbegin(); it != byDayAndCurrency.cend(); ++it) {
                const QDate day = QDate::fromString(it.key().left(10), Qt::ISODate);
                const QString from = it.key().mid(11);
                const double factor = 1.0 / rateOn(table, from, day) * rateOn(table, home, day);
                e.revenue += it->revenue * factor;
                e.fees += it->fees * factor;
                e.refunds += it->refunds * factor;
                e.net += it->net * factor;
            }
            HomeCurrencyQuery query(*c.sync->query());
            const HomeCurrencyTotals t = query.load(filter, home, QLocale::c());
            QVERIFY2(query.lastError().isEmpty(), qPrintable(query.lastError()));
            QCOMPARE(t.currency, home);
            QVERIFY(t.complete());
            QVERIFY(t.hasFigures);
            QCOMPARE(t.fromCurrencies,
                     (QStringList{QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("USD")}));
            const auto close = [](double a, double b) { return std::abs(a - b) < 0.001; }; // of a cent
            QVERIFY2(close(t.revenueCents, e.revenue), qPrintable(QStringLiteral("%1 revenue %2 != %3")
                                                                      .arg(home)
                                                                      .arg(t.revenueCents, 0, 'f', 4)
                                                                      .arg(e.revenue, 0, 'f', 4)));
            QVERIFY2(
                close(t.feesCents, e.fees),
                qPrintable(
                    QStringLiteral("%1 fees %2 != %3").arg(home).arg(t.feesCents, 0, 'f', 4).arg(e.fees, 0, 'f', 4)));
            QVERIFY2(close(t.refundsCents, e.refunds), qPrintable(QStringLiteral("%1 refunds %2 != %3")
                                                                      .arg(home)
                                                                      .arg(t.refundsCents, 0, 'f', 4)
                                                                      .arg(e.refunds, 0, 'f', 4)));
            QVERIFY2(close(t.netProfitCents, e.net), qPrintable(QStringLiteral("%1 net %2 != %3")
                                                                    .arg(home)
                                                                    .arg(t.netProfitCents, 0, 'f', 4)
                                                                    .arg(e.net, 0, 'f', 4)));
            QVERIFY(e.revenue > 100000);
            QVERIFY(t.lastRateDay <= lastRateDay && t.firstRateDay >= period.from.addDays(-3));
            // The ranking across currencies is by the converted amount, best first.
            QVERIFY(!t.topEarners.isEmpty());
            for (qsizetype i = 1; i < t.topEarners.size(); ++i)
                QVERIFY(t.topEarners.at(i - 1).netProfitCents >= t.topEarners.at(i).netProfitCents);
            QCOMPARE(t.topEarners.first().currency, home);
            online.insert(home, t);

            // The ranking: each SKU's per-currency figures (the cache's summaries, checked against the
            // server by TestReportFigures) at the listing's rates of the period's last day, added up.
            QList<SummarySql::ProductFigures> products;
            QVERIFY(SummarySql::products(c.db(), filter, &products, false));
            QHash<QString, double> bySku;
            for (const SummarySql::ProductFigures& p : std::as_const(products))
                bySku[p.sku] +=
                    double(p.netProfitCents()) / rateOn(table, p.currency, period.to) * rateOn(table, home, period.to);
            QList<QPair<qint64, QString>> ranked;
            for (auto it = bySku.cbegin(); it != bySku.cend(); ++it)
                ranked.append({-qint64(std::llround(it.value())), it.key()});
            std::sort(ranked.begin(), ranked.end());
            for (qsizetype i = 0; i < t.topEarners.size(); ++i) {
                QCOMPARE(t.topEarners.at(i).sku, ranked.at(i).second);
                QCOMPARE(t.topEarners.at(i).netProfitCents, -ranked.at(i).first);
            }
        }

        // Offline: the sandbox stopped, a new controller opens the same cache: the same figures.
        c.sync.reset();
        m_sandbox.stop();
        c.makeSync();
        const auto offline = c.openAndWait(); // it finds no server
        QVERIFY(offline);
        QCOMPARE(offline->at(0).toBool(), false);
        QCOMPARE(c.sync->state(), SyncController::State::Offline);
        QVERIFY(c.sync->query());
        for (auto it = online.cbegin(); it != online.cend(); ++it) {
            HomeCurrencyQuery query(*c.sync->query());
            const HomeCurrencyTotals t = query.load(filter, it.key(), QLocale::c());
            QCOMPARE(t.revenueCents, it->revenueCents);
            QCOMPARE(t.netProfitCents, it->netProfitCents);
            QCOMPARE(t.feesCents, it->feesCents);
            QCOMPARE(t.refundsCents, it->refundsCents);
            QCOMPARE(t.lastRateDay, it->lastRateDay);
        }
        QString error;
        QVERIFY2(m_sandbox.restartOnSamePort(&error), qPrintable(error));
    }

    // A currency whose rates are not downloaded is named, never converted at 1.
    void missingRatesAreFlagged()
    {
        HomeClient c;
        QVERIFY(c.init(m_sandbox.url(), m_sandbox.sslConfiguration().caCertificates()));
        QVERIFY(c.client.signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword()));
        const auto outcome = c.openAndWait();
        QVERIFY(outcome && outcome->at(0).toBool());
        DashboardFilter filter;
        filter.period = {QDate::currentDate().addDays(-90), QDate::currentDate()};
        HomeCurrencyQuery query(*c.sync->query());
        HomeCurrencyTotals t = query.load(filter, QStringLiteral("SEK"), QLocale::c()); // the seller has no SEK
        QCOMPARE(t.missingRates, QStringList{QStringLiteral("SEK")});
        QVERIFY(!t.complete());
        QCOMPARE(t.revenueCents, 0.0);
        // The locale's currency without rates: EUR by default.
        t = query.load(filter, QString(), QLocale(QLocale::Swedish, QLocale::Sweden));
        QCOMPARE(t.currency, QStringLiteral("EUR"));
        QVERIFY(t.defaulted && t.complete());
        t = query.load(filter, QString(), QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(t.currency, QStringLiteral("USD"));
    }

    // Schema 9 adds the rates table to a cache of schema 8 without touching its rows.
    void migrationAddsTheRatesTable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.db"));
        const QByteArray key(32, '\x5a');
        QString error;
        CipherDatabase::OpenError openError{};
        {
            auto v8 = CipherDatabase::open(path, key, CipherDatabase::Role::Writer, &openError, &error);
            QVERIFY2(v8, qPrintable(error));
            QCOMPARE(CacheSchema::migrate(*v8, &error, 8), CacheSchema::Result::Ok);
            QCOMPARE(v8->userVersion(), 8);
            QVERIFY(v8->exec("INSERT INTO marketplaces VALUES ('A1PA6795UKMFR9', 'DE', 'Amazon.de', 'EUR', 'eu');"
                             "INSERT INTO orders (id, marketplace_id, purchase_date, last_update_date, status, "
                             "fulfillment_channel, currency, order_total_cents) VALUES ('o-1', 'A1PA6795UKMFR9', "
                             "'2026-03-02T10:00:00Z', '2026-03-02T10:00:00Z', 'Shipped', 'AFN', 'EUR', 1999);"
                             "INSERT INTO sync_state (resource, cursor, item_count) VALUES ('orders', 'c-7', 1);"));
            QCOMPARE(v8->scalar("SELECT count(*) FROM sqlite_master WHERE name = 'exchange_rates'"), 0);
        }
        auto db = CipherDatabase::open(path, key, CipherDatabase::Role::Writer, &openError, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(CacheSchema::migrate(*db, &error), CacheSchema::Result::Ok);
        QCOMPARE(db->userVersion(), CacheSchema::kCurrentVersion);
        QCOMPARE(db->scalar("SELECT count(*) FROM exchange_rates"), 0);
        QCOMPARE(db->scalar("SELECT count(*) FROM orders WHERE id = 'o-1' AND order_total_cents = 1999"), 1);
        QCOMPARE(db->scalar("SELECT count(*) FROM marketplaces"), 1);
        QCOMPARE(db->scalar("SELECT count(*) FROM sync_state WHERE resource = 'orders' AND cursor = 'c-7'"), 1);
        // The table refuses what the decoder refuses too: no zero or negative rate.
        QVERIFY(!db->exec("INSERT INTO exchange_rates VALUES ('2026-03-02', 'USD', 0)"));
        QVERIFY(db->exec("INSERT INTO exchange_rates VALUES ('2026-03-02', 'USD', 1083200)"));
    }

    void hostileRatesPageIsRefusedWhole_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QJsonValue>("rate");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a number") << QStringLiteral("USD") << QJsonValue(QStringLiteral("abc"))
                                      << QStringLiteral("invalid rate of USD");
        QTest::newRow("zero") << QStringLiteral("USD") << QJsonValue(QStringLiteral("0.0000"))
                              << QStringLiteral("invalid rate of USD");
        QTest::newRow("negative") << QStringLiteral("GBP") << QJsonValue(QStringLiteral("-0.85"))
                                  << QStringLiteral("invalid rate of GBP");
        QTest::newRow("a JSON number") << QStringLiteral("USD") << QJsonValue(1.08)
                                       << QStringLiteral("invalid rate of USD");
        QTest::newRow("unknown currency")
            << QStringLiteral("XQZ") << QJsonValue(QStringLiteral("1.0000")) << QStringLiteral("unknown currency XQZ");
        QTest::newRow("EUR itself") << QStringLiteral("EUR") << QJsonValue(QStringLiteral("2.0000"))
                                    << QStringLiteral("unknown currency EUR");
    }

    // A hostile or broken server's rates: the page is refused whole with a clear message, nothing
    // already cached is lost, and the next honest sync completes.
    void hostileRatesPageIsRefusedWhole()
    {
        QFETCH(QString, currency);
        QFETCH(QJsonValue, rate);
        QFETCH(QString, expected);
        HomeClient c;
        QVERIFY(c.init(m_proxy->url(), {}));
        QVERIFY(c.client.signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword()));
        const auto first = c.openAndWait();
        QVERIFY(first && first->at(0).toBool());
        const qint64 rates = c.db().scalar("SELECT count(*) FROM exchange_rates");
        const qint64 orders = c.db().scalar("SELECT count(*) FROM orders");
        const QString cursor = firstText(c.db(), "SELECT cursor FROM sync_state WHERE resource = 'exchange-rates'");
        QVERIFY(rates > 0 && orders > 0 && !cursor.isEmpty());

        m_proxy->setRewrite([&](const HostileProxy::Request& request, HostileProxy::Answer& answer) {
            if (request.path() != QLatin1String("/v1/exchange-rates") || answer.status != 200)
                return;
            QJsonObject page = QJsonDocument::fromJson(answer.body).object();
            QJsonArray rows = page.value(QStringLiteral("exchange_rates")).toArray();
            rows.append(QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-03-02")},
                                    {QStringLiteral("published_at"), QStringLiteral("2026-03-02T15:00:00Z")},
                                    {QStringLiteral("rates"), QJsonObject{{currency, rate}}}});
            page.insert(QStringLiteral("exchange_rates"), rows);
            answer.body = QJsonDocument(page).toJson(QJsonDocument::Compact);
        });
        const auto bad = c.syncAgain();
        QVERIFY(bad);
        QCOMPARE(bad->at(0).toBool(), false);
        const QString message = bad->at(1).toString();
        QVERIFY2(message.contains(QLatin1String("unreadable page")) && message.contains(expected), qPrintable(message));
        QCOMPARE(c.db().scalar("SELECT count(*) FROM exchange_rates"), rates);
        QCOMPARE(c.db().scalar("SELECT count(*) FROM orders"), orders);
        QCOMPARE(firstText(c.db(), "SELECT cursor FROM sync_state WHERE resource = 'exchange-rates'"), cursor);

        m_proxy->clear();
        const auto honest = c.syncAgain();
        QVERIFY(honest);
        QVERIFY2(honest->at(0).toBool(), qPrintable(honest->at(1).toString()));
        QCOMPARE(c.db().scalar("SELECT count(*) FROM exchange_rates"), rates);
    }

    // An incremental sync asks for the rates from the last cursor: only the days published since.
    void incrementalSyncFetchesOnlyNewDays()
    {
        HomeClient c;
        QVERIFY(c.init(m_proxy->url(), {}));
        QVERIFY(c.client.signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword()));
        const auto first = c.openAndWait();
        QVERIFY(first && first->at(0).toBool());
        const qint64 before = c.db().scalar("SELECT count(*) FROM exchange_rates");
        const QString lastDay = firstText(c.db(), "SELECT max(day) FROM exchange_rates");
        // A week later: five business days more.
        QString error;
        QVERIFY2(m_sandbox.advanceClock(QJsonObject{{QStringLiteral("seconds"), 7 * 86400}}, &error),
                 qPrintable(error));
        QStringList asked;
        m_proxy->setRewrite([&](const HostileProxy::Request& request, HostileProxy::Answer& answer) {
            if (request.path() == QLatin1String("/v1/exchange-rates")) {
                asked << request.query(QStringLiteral("cursor"));
                const QJsonArray rows =
                    QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("exchange_rates")).toArray();
                for (const QJsonValue& row : rows)
                    QVERIFY2(row.toObject().value(QStringLiteral("date")).toString() > lastDay, "an old day again");
            }
        });
        const auto again = c.syncAgain();
        QVERIFY(again && again->at(0).toBool());
        QCOMPARE(asked.size(), 1);
        QVERIFY(!asked.first().isEmpty()); // from the stored cursor
        const qint64 after = c.db().scalar("SELECT count(*) FROM exchange_rates");
        QVERIFY2(after >= before + 2 * 4 && after <= before + 2 * 6,
                 qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestHomeCurrency)
#include "TestHomeCurrency.moc"
