#include "reports/SummarySql.h"

#include <QTest>

using namespace sp;

// The pure parts of the report side's summary SQL: the marketplace clause and the derived figures.
class TestSummarySql : public QObject
{
    Q_OBJECT
private slots:
    void marketplaceClause();
    void finishDerivesProfitMarginAndRoi();
    void finishLeavesRatiosOutWithoutABase();
    void dayTextIsIsoDate();
};

void TestSummarySql::marketplaceClause()
{
    QVERIFY(SummarySql::marketplaceClause({}, 3).isEmpty()); // all marketplaces: no restriction
    QCOMPARE(SummarySql::marketplaceClause({QStringLiteral("A1PM")}, 3), QByteArray(" AND marketplace_id IN (?3)"));
    // Every id becomes a numbered parameter: nothing the user picked is pasted into the SQL.
    const QStringList hostile{QStringLiteral("A1PM"), QStringLiteral("x') OR 1=1 --"), QStringLiteral("B")};
    const QByteArray clause = SummarySql::marketplaceClause(hostile, 5, "o.marketplace_id");
    QCOMPARE(clause, QByteArray(" AND o.marketplace_id IN (?5,?6,?7)"));
    QVERIFY(!clause.contains("OR"));
}

void TestSummarySql::finishDerivesProfitMarginAndRoi()
{
    CurrencyTotals t;
    t.revenueCents = 100000;
    t.amazonFeesCents = 15000;
    t.refundsCents = 5000;
    t.advertisingCents = 10000;
    t.reimbursementsCents = 2000;
    t.cogsCents = 40000;
    SummarySql::finish(&t);
    QCOMPARE(t.netProfitCents, qint64(100000 - 15000 - 5000 - 10000 + 2000 - 40000));
    QVERIFY(t.marginPercent.has_value());
    QCOMPARE(*t.marginPercent, 32.0);
    QVERIFY(t.roiPercent.has_value());
    QCOMPARE(*t.roiPercent, 80.0);
}

void TestSummarySql::finishLeavesRatiosOutWithoutABase()
{
    CurrencyTotals t;
    t.amazonFeesCents = 300; // fees without revenue: a loss, but no margin or ROI to divide by
    SummarySql::finish(&t);
    QCOMPARE(t.netProfitCents, qint64(-300));
    QVERIFY(!t.marginPercent.has_value());
    QVERIFY(!t.roiPercent.has_value());
}

void TestSummarySql::dayTextIsIsoDate()
{
    QCOMPARE(SummarySql::dayText(QDate(2026, 2, 3)), QStringLiteral("2026-02-03"));
}

QTEST_GUILESS_MAIN(TestSummarySql)
#include "TestSummarySql.moc"
