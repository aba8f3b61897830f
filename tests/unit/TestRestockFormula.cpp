// Issue 18 part 1: RestockFormula's arithmetic (docs/restock.md), pure: the season factor and its
// clamps, whole-number boundaries of the reorder day and the quantity (exact fractions, no rounding
// drift), out of stock, no sales, no history.
#include "restock/RestockFormula.h"

#include <QtTest>

namespace sp::test {

class TestRestockFormula : public QObject
{
    Q_OBJECT

private:
    static RestockInputs base()
    {
        RestockInputs in;
        in.units30 = 30; // 1 a day
        in.leadTimeDays = 20, in.safetyDays = 10;
        in.fulfillable = 100;
        return in;
    }

private slots:
    void withoutHistoryTheSeasonIsOne()
    {
        RestockInputs in = base();
        in.lastYearComing = 300, in.lastYearBefore = 10; // would be 30: ignored without a year of history
        const RestockFigures f = RestockFormula::compute(in);
        QCOMPARE(f.seasonFactor, 1.0);
        QCOMPARE(f.velocity(), 1.0);
        QCOMPARE(*f.daysOfCover, 100.0);
        QCOMPARE(f.reorderInDays, 70); // 100 - 30
        QCOMPARE(f.quantity, 0);       // 60 - 100
        QCOMPARE(f.urgency, RestockFigures::Urgency::Later);
        in.yearOfHistory = true, in.lastYearBefore = 0; // history, but nothing sold in the 30 days before
        QCOMPARE(RestockFormula::compute(in).seasonFactor, 1.0);
    }

    void theSeasonScalesAndIsClamped()
    {
        RestockInputs in = base();
        in.yearOfHistory = true, in.lastYearBefore = 60; // 2 a day last year before
        in.lastYearComing = 90;                          // 3 a day over the coming 30: 1.5
        RestockFigures f = RestockFormula::compute(in);
        QCOMPARE(f.seasonFactor, 1.5);
        QVERIFY(!f.seasonClamped);
        QCOMPARE(f.velocity(), 1.5);
        in.lastYearComing = 29; // 0.4833: kept at 0.5
        f = RestockFormula::compute(in);
        QCOMPARE(f.seasonFactor, 0.5);
        QVERIFY(f.seasonClamped);
        QCOMPARE(f.velocity(), 0.5);
        in.lastYearComing = 30; // exactly 0.5: not clamped
        QVERIFY(!RestockFormula::compute(in).seasonClamped);
        in.lastYearComing = 181; // 3.0167: kept at 3
        f = RestockFormula::compute(in);
        QCOMPARE(f.seasonFactor, 3.0);
        QCOMPARE(f.velocity(), 3.0);
        in.lastYearComing = 0; // sold nothing last year in these weeks: 0.5, not 0
        QCOMPARE(RestockFormula::compute(in).velocity(), 0.5);
    }

    void wholeNumberBoundariesAreExact()
    {
        // v = 7 / 30 x (coming 13 over 44 days / before 9 over 30) = 7 x 13 / (44 x 9) = 91 / 396 a day,
        // whose decimal form is not exact: cover and quantity must still land on the right integer.
        RestockInputs in;
        in.units30 = 7, in.yearOfHistory = true, in.lastYearComing = 13, in.lastYearBefore = 9;
        in.leadTimeDays = 30, in.safetyDays = 14;
        in.fulfillable = 91, in.inbound = 0; // cover = 91 x 396 / 91 = 396 days exactly
        RestockFigures f = RestockFormula::compute(in);
        QCOMPARE(f.velocityNum, 91);
        QCOMPARE(f.velocityDen, 396);
        QCOMPARE(f.reorderInDays, 396 - 44);
        // v x (44 + 30) = 91 x 74 / 396 = 17.005...: 18 units
        in.fulfillable = 1;
        f = RestockFormula::compute(in);
        QCOMPARE(f.quantity, 18 - 1);
        // 3 a day, H + 30 = 60: exactly 180, not 181
        RestockInputs even = base();
        even.units30 = 90, even.fulfillable = 0, even.inbound = 0;
        QCOMPARE(RestockFormula::compute(even).quantity, 180);
        even.inbound = 90; // cover exactly 30 = H: order today
        f = RestockFormula::compute(even);
        QCOMPARE(f.reorderInDays, 0);
        QCOMPARE(f.urgency, RestockFigures::Urgency::OutOfStock); // nothing fulfillable: inbound is not sellable yet
        even.fulfillable = 3, even.inbound = 88;                  // cover 30.33: floor(0.33) = 0, still today
        QCOMPARE(RestockFormula::compute(even).urgency, RestockFigures::Urgency::OrderNow);
        even.fulfillable = 6; // cover 31.33: in one day
        QCOMPARE(RestockFormula::compute(even).reorderInDays, 1);
    }

    void noSalesNoOrder()
    {
        RestockInputs in = base();
        in.units30 = 0, in.fulfillable = 0;
        const RestockFigures f = RestockFormula::compute(in);
        QCOMPARE(f.urgency, RestockFigures::Urgency::NoSales);
        QCOMPARE(f.quantity, 0);
        QCOMPARE(f.reorderInDays, -1);
        QVERIFY(!f.daysOfCover);
    }

    void historyMonthIsTheMonthBeforeLastYearsWindow()
    {
        // today 2026-12-14: last year's window starts 2025-12-15 - 30 = 2025-11-15: its month.
        QCOMPARE(RestockFormula::lastYearStart(QDate(2026, 12, 14)), QDate(2025, 12, 15));
        QCOMPARE(RestockFormula::historyMonth(QDate(2026, 12, 14)), QStringLiteral("2025-11"));
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestRestockFormula)
#include "TestRestockFormula.moc"
