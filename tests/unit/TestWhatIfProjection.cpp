// Issue 18 part 4: the what-if's arithmetic. Zero change reproduces the baseline exactly (integer
// cents, every field, over many histories including huge ones); a price 10 % higher with elasticity
// 0 and 1.5, a price amount, a new unit cost, an advertising change and an FBA fee change each equal
// a computation written out by hand; amounts apply to their currency only. And the read: the
// history of a real (temporary) SQLCipher cache's summary rows, the SKUs' share of advertising.
#include "cache/CacheQuery.h"
#include "cache/CacheSchema.h"
#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"
#include "whatif/WhatIfProjection.h"
#include "whatif/WhatIfQuery.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace sp::test {

namespace {

// 90 days: 300 units at 10.00, fees 30 %, refunds 1 %, advertising 3 %, cost of goods 2.00 a unit.
WhatIfHistory eur()
{
    WhatIfHistory h;
    h.currency = QStringLiteral("EUR");
    h.units = 300;
    h.revenueCents = 300000;
    h.feesCents = 90000;
    h.refundsCents = 3000;
    h.advertisingCents = 9000;
    h.cogsCents = 60000;
    return h;
}

WhatIfScenario percent(qint64 basisPoints, int elasticityHundredths)
{
    WhatIfScenario s;
    s.priceKind = WhatIfScenario::PriceChange::Percent;
    s.priceChange = basisPoints;
    s.elasticityHundredths = elasticityHundredths;
    return s;
}

WhatIfFigures figures(qint64 units, qint64 revenue, qint64 fees, qint64 refunds, qint64 ads, qint64 cogs, qint64 net,
                      qint64 marginBp)
{
    WhatIfFigures f;
    f.units = units;
    f.revenueCents = revenue;
    f.feesCents = fees;
    f.refundsCents = refunds;
    f.advertisingCents = ads;
    f.cogsCents = cogs;
    f.netCents = net;
    f.marginBasisPoints = marginBp;
    return f;
}

} // namespace

class TestWhatIfProjection : public QObject
{
    Q_OBJECT

private slots:
    void baselineIsThirtyOfNinetyDays()
    {
        // 100 units, 1,000.00 revenue, 300.00 fees, 10.00 refunds, 30.00 advertising, 200.00 cost of goods:
        // net 1000 - 300 - 10 - 30 - 200 = 460.00, margin 46.00 %.
        QCOMPARE(WhatIfProjection::baseline(eur()), figures(100, 100000, 30000, 1000, 3000, 20000, 46000, 4600));
    }

    void zeroChangeReproducesTheBaselineExactly()
    {
        QRandomGenerator random(18);
        QList<WhatIfHistory> histories{eur(), WhatIfHistory{}};
        for (int n = 0; n < 2000; ++n) {
            WhatIfHistory h;
            h.currency = n % 2 ? QStringLiteral("GBP") : QStringLiteral("USD");
            const qint64 scale = n % 10 == 0 ? qint64(1) << 40 : 100000; // some beyond any 64-bit product
            h.units = random.bounded(qint64(0), scale);
            h.revenueCents = random.bounded(qint64(-1000), scale * 50);
            h.feesCents = random.bounded(qint64(0), scale * 10);
            h.refundsCents = random.bounded(qint64(0), scale);
            h.reimbursementsCents = random.bounded(qint64(0), scale);
            h.advertisingCents = random.bounded(qint64(0), scale);
            h.cogsCents = random.bounded(qint64(0), scale * 20);
            histories.append(h);
        }
        // No change at all, and changes that are zero or belong to another currency.
        WhatIfScenario none;
        WhatIfScenario zeros = percent(0, 150);
        zeros.currency = QStringLiteral("USD");
        zeros.priceKind = WhatIfScenario::PriceChange::Amount;
        WhatIfScenario elsewhere;
        elsewhere.currency = QStringLiteral("JPY");
        elsewhere.priceKind = WhatIfScenario::PriceChange::Amount;
        elsewhere.priceChange = 500;
        elsewhere.unitCostCents = 1;
        elsewhere.advertisingChangeCents = 99999;
        elsewhere.fbaFeeChangeCents = 77;
        elsewhere.elasticityHundredths = 300;
        for (const WhatIfScenario& changes : {none, zeros, elsewhere, percent(0, 500)})
            for (const WhatIfCurrencyProjection& p : WhatIfProjection::project(histories, changes))
                QVERIFY2(p.scenario == p.baseline, qPrintable(QStringLiteral("%1 units %2 revenue %3")
                                                                  .arg(p.currency)
                                                                  .arg(p.baseline.units)
                                                                  .arg(p.baseline.revenueCents)));
    }

    void priceTenPercentHigherWithoutElasticity()
    {
        // Units stay 100; revenue 1,100.00; fees follow units (300.00); refunds follow revenue
        // (10.00 x 1.1 = 11.00); net 1100 - 300 - 11 - 30 - 200 = 559.00; margin 559 / 1100 = 50.82 %.
        QCOMPARE(WhatIfProjection::scenario(eur(), percent(1000, 0)),
                 figures(100, 110000, 30000, 1100, 3000, 20000, 55900, 5082));
    }

    void priceTenPercentHigherWithElasticityOnePointFive()
    {
        // Units -1.5 x 10 % = -15 %: 85; revenue 11.00 x 85 = 935.00; fees 300 x 0.85 = 255.00;
        // refunds 10 x 935 / 1000 = 9.35; cost of goods 2.00 x 85 = 170.00; advertising 30.00;
        // net 935 - 255 - 9.35 - 30 - 170 = 470.65; margin 470.65 / 935 = 50.34 %.
        QCOMPARE(WhatIfProjection::scenario(eur(), percent(1000, 150)),
                 figures(85, 93500, 25500, 935, 3000, 17000, 47065, 5034));
        // A price 10 % lower sells 15 % more: 115 units at 9.00.
        const WhatIfFigures lower = WhatIfProjection::scenario(eur(), percent(-1000, 150));
        QCOMPARE(lower.units, 115);
        QCOMPARE(lower.revenueCents, 103500);
        // Units never fall below zero: +100 % with elasticity 2 sells nothing.
        QCOMPARE(WhatIfProjection::scenario(eur(), percent(10000, 200)).units, 0);
    }

    void priceAmountIsAPercentOfTheAveragePrice()
    {
        // +0.50 on an average price of 10.00 is +5 %; with elasticity 2: -10 % units, 90 at 10.50.
        WhatIfScenario s;
        s.currency = QStringLiteral("EUR");
        s.priceKind = WhatIfScenario::PriceChange::Amount;
        s.priceChange = 50;
        s.elasticityHundredths = 200;
        const WhatIfFigures f = WhatIfProjection::scenario(eur(), s);
        QCOMPARE(f.units, 90);
        QCOMPARE(f.revenueCents, 94500); // (1000 + 0.50 x 100) x 90 / 100
        QCOMPARE(f.feesCents, 27000);
        QCOMPARE(f.refundsCents, 945);
        QCOMPARE(f.cogsCents, 18000);
        QCOMPARE(f.netCents, 94500 - 27000 - 945 - 3000 - 18000);
        // In another currency's figures the amount changes nothing.
        s.currency = QStringLiteral("GBP");
        QCOMPARE(WhatIfProjection::scenario(eur(), s), WhatIfProjection::baseline(eur()));
    }

    void costAdvertisingAndFeeChanges()
    {
        WhatIfScenario s;
        s.currency = QStringLiteral("EUR");
        s.unitCostCents = 350; // 3.50 a unit instead of 2.00: 350.00 for 100 units
        WhatIfFigures f = WhatIfProjection::scenario(eur(), s);
        QCOMPARE(f.cogsCents, 35000);
        QCOMPARE(f.netCents, 46000 - 15000);
        QCOMPARE(f.units, 100);
        QCOMPARE(f.revenueCents, 100000);

        s = WhatIfScenario();
        s.currency = QStringLiteral("EUR");
        s.advertisingChangeCents = 12000; // 120.00 more over 30 days: 150.00
        f = WhatIfProjection::scenario(eur(), s);
        QCOMPARE(f.advertisingCents, 15000);
        QCOMPARE(f.netCents, 46000 - 12000);
        QCOMPARE(*f.marginBasisPoints, 3400);
        s.advertisingChangeCents = -5000; // less than there was: none
        QCOMPARE(WhatIfProjection::scenario(eur(), s).advertisingCents, 0);

        s = WhatIfScenario();
        s.currency = QStringLiteral("EUR");
        s.fbaFeeChangeCents = 45; // 0.45 more a unit: 45.00 on 100 units
        f = WhatIfProjection::scenario(eur(), s);
        QCOMPARE(f.feesCents, 34500);
        QCOMPARE(f.netCents, 41500);

        // All at once with a price change: each applies to the projected units.
        s.unitCostCents = 350;
        s.advertisingChangeCents = 12000;
        s.priceKind = WhatIfScenario::PriceChange::Percent;
        s.priceChange = 1000;
        s.elasticityHundredths = 150;
        f = WhatIfProjection::scenario(eur(), s);
        QCOMPARE(f.units, 85);
        QCOMPARE(f.feesCents, 25500 + 45 * 85);
        QCOMPARE(f.cogsCents, 350 * 85);
        QCOMPARE(f.advertisingCents, 15000);
        QCOMPARE(f.netCents, 93500 - (25500 + 3825) - 935 - 15000 - 29750);
    }

    void mulDivRoundsHalfAwayFromZero()
    {
        QCOMPARE(WhatIfProjection::mulDiv(5, 1, 2), 3);
        QCOMPARE(WhatIfProjection::mulDiv(-5, 1, 2), -3);
        QCOMPARE(WhatIfProjection::mulDiv(4, 1, 3), 1);
        QCOMPARE(WhatIfProjection::mulDiv(-4, 1, 3), -1);
        QCOMPARE(WhatIfProjection::mulDiv(7, 30, 90), 2);
        QCOMPARE(WhatIfProjection::mulDiv(qint64(1) << 50, qint64(1) << 20, qint64(1) << 30), qint64(1) << 40);
    }

    // The history as read from a real SQLCipher file's summary rows.
    void historyReadsTheSummaries()
    {
        QTemporaryDir dir;
        CipherDatabase::OpenError openError;
        QString message;
        auto db = CipherDatabase::open(dir.filePath(QStringLiteral("cache.db")), QByteArray(32, 'k'),
                                       CipherDatabase::Role::Writer, &openError, &message);
        QVERIFY2(db, qPrintable(message));
        QVERIFY2(CacheSchema::migrate(*db, &message) == CacheSchema::Result::Ok, qPrintable(message));
        CacheQuery query(std::move(db));
        CipherDatabase& raw = ReadConnection::of(query);
        // Two SKUs of the group and one outside it, in two marketplaces; a day before the 90 days and today.
        auto product =
            raw.prepare("INSERT INTO summary_product_day (day, marketplace_id, currency, sku, units, "
                        "revenue_cents, fees_cents, refunds_cents, refund_count, reimbursements_cents, "
                        "cogs_cents, uncosted_units) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, ?9, ?10, ?11)");
        const auto addProduct = [&](const char* day, const char* market, const char* currency, const char* sku,
                                    qint64 units, qint64 revenue, qint64 fees, qint64 refunds, qint64 reimbursed,
                                    qint64 cogs, qint64 uncosted) {
            product.bind(1, QString::fromLatin1(day));
            product.bind(2, QString::fromLatin1(market));
            product.bind(3, QString::fromLatin1(currency));
            product.bind(4, QString::fromLatin1(sku));
            product.bind(5, units);
            product.bind(6, revenue);
            product.bind(7, fees);
            product.bind(8, refunds);
            product.bind(9, reimbursed);
            product.bind(10, cogs);
            product.bind(11, uncosted);
            return product.run();
        };
        QVERIFY(addProduct("2026-09-08", "DE", "EUR", "A-1", 10, 10000, 3000, 0, 0, 2000, 0));   // the first day
        QVERIFY(addProduct("2026-09-07", "DE", "EUR", "A-1", 99, 99000, 0, 0, 0, 0, 0));         // before: not read
        QVERIFY(addProduct("2026-12-06", "DE", "EUR", "B-2", 20, 40000, 9000, 500, 100, 0, 20)); // the last day
        QVERIFY(addProduct("2026-12-07", "DE", "EUR", "B-2", 99, 99000, 0, 0, 0, 0, 0));         // today: not read
        QVERIFY(addProduct("2026-10-01", "FR", "EUR", "A-1", 5, 5000, 1500, 0, 0, 1000, 0));
        QVERIFY(addProduct("2026-10-01", "DE", "EUR", "C-3", 50, 50000, 0, 0, 0, 0, 0)); // not chosen
        QVERIFY(addProduct("2026-10-01", "UK", "GBP", "A-1", 3, 2400, 600, 0, 0, 900, 0));
        auto daily = raw.prepare("INSERT INTO summary_daily (day, marketplace_id, currency, revenue_cents, units, "
                                 "orders, pending_units, pending_orders, fees_cents, refunds_cents, advertising_cents, "
                                 "reimbursements_cents, cogs_cents, uncosted_units) "
                                 "VALUES (?1, ?2, ?3, ?4, 0, 0, 0, 0, 0, 0, ?5, 0, 0, 0)");
        const auto addDaily = [&](const char* day, const char* market, const char* currency, qint64 revenue,
                                  qint64 advertising) {
            daily.bind(1, QString::fromLatin1(day));
            daily.bind(2, QString::fromLatin1(market));
            daily.bind(3, QString::fromLatin1(currency));
            daily.bind(4, revenue);
            daily.bind(5, advertising);
            return daily.run();
        };
        // DE: the SKUs' 500.00 of 1,000.00 revenue carry half of 90.00; FR all of 12.00; UK 2400/4800 of 10.00.
        QVERIFY(addDaily("2026-10-01", "DE", "EUR", 100000, 9000));
        QVERIFY(addDaily("2026-10-01", "FR", "EUR", 5000, 1200));
        QVERIFY(addDaily("2026-10-01", "UK", "GBP", 4800, 1000));
        QVERIFY(addDaily("2026-09-01", "DE", "EUR", 100000, 50000)); // before the 90 days

        const WhatIfQuery::History read =
            WhatIfQuery(query).history({QStringLiteral("A-1"), QStringLiteral("B-2")}, QDate(2026, 12, 7));
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.from, QDate(2026, 9, 8));
        QCOMPARE(read.currencies.size(), 2);
        const WhatIfHistory& e = read.currencies.at(0);
        QCOMPARE(e.currency, QStringLiteral("EUR"));
        QCOMPARE(e.units, 35);
        QCOMPARE(e.revenueCents, 55000);
        QCOMPARE(e.feesCents, 13500);
        QCOMPARE(e.refundsCents, 500);
        QCOMPARE(e.reimbursementsCents, 100);
        QCOMPARE(e.cogsCents, 3000);
        QCOMPARE(e.uncostedUnits, 20);
        QCOMPARE(e.advertisingCents, 4500 + 1200);
        const WhatIfHistory& g = read.currencies.at(1);
        QCOMPARE(g.currency, QStringLiteral("GBP"));
        QCOMPARE(g.units, 3);
        QCOMPARE(g.advertisingCents, 500);
        // Zero change on what was read: the baseline, exactly.
        for (const WhatIfCurrencyProjection& p : WhatIfProjection::project(read.currencies, WhatIfScenario()))
            QCOMPARE(p.scenario, p.baseline);
        // A SKU with an apostrophe and a quote is a bound value like any other.
        QVERIFY(
            WhatIfQuery(query).history({QStringLiteral("x') OR 1=1 --\"")}, QDate(2026, 12, 7)).currencies.isEmpty());
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestWhatIfProjection)
#include "TestWhatIfProjection.moc"
