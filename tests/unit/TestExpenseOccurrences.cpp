// The contract's rule of how an expense applies to a period (docs/api/openapi.yaml, GET
// /v1/expenses): once, monthly with month-end clamping and no drift, yearly with 29 February on
// the 28th in other years, ends_on inclusive, the marketplace scope.
#include "expenses/ExpenseOccurrences.h"

#include <QtTest>

using namespace sp;

namespace {
QDate d(const char* text) { return QDate::fromString(QLatin1String(text), Qt::ISODate); }
Period p(const char* from, const char* to) { return {d(from), d(to)}; }
ExpenseRecord expense(const char* recurrence, const char* startsOn, const char* endsOn = nullptr)
{
    ExpenseRecord e;
    e.recurrence = QLatin1String(recurrence);
    e.startsOn = d(startsOn);
    e.endsOn = endsOn ? d(endsOn) : QDate();
    e.amountCents = 100;
    e.currency = QStringLiteral("EUR");
    return e;
}
QList<QDate> days(std::initializer_list<const char*> texts)
{
    QList<QDate> list;
    for (const char* t : texts)
        list.append(d(t));
    return list;
}
} // namespace

class TestExpenseOccurrences : public QObject
{
    Q_OBJECT
private slots:
    void once()
    {
        const ExpenseRecord e = expense("once", "2025-03-15");
        QCOMPARE(ExpenseOccurrences::within(e, p("2025-03-01", "2025-03-31")), days({"2025-03-15"}));
        QCOMPARE(ExpenseOccurrences::within(e, p("2025-03-15", "2025-03-15")), days({"2025-03-15"}));
        QVERIFY(ExpenseOccurrences::within(e, p("2025-03-16", "2025-12-31")).isEmpty());
        QVERIFY(ExpenseOccurrences::within(e, p("2025-01-01", "2025-03-14")).isEmpty());
    }
    void monthlyClampsToTheMonthEndWithoutDrift()
    {
        const ExpenseRecord e = expense("monthly", "2025-01-31");
        QCOMPARE(ExpenseOccurrences::within(e, p("2025-01-01", "2025-05-31")),
                 days({"2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30", "2025-05-31"}));
        // A leap year's February: the 29th.
        QCOMPARE(ExpenseOccurrences::within(e, p("2028-02-01", "2028-03-31")), days({"2028-02-29", "2028-03-31"}));
        // The 30th: 28 February, then back on the 30th.
        QCOMPARE(ExpenseOccurrences::within(expense("monthly", "2025-01-30"), p("2025-02-01", "2025-03-31")),
                 days({"2025-02-28", "2025-03-30"}));
    }
    void monthlyEndsOnIsInclusive()
    {
        const ExpenseRecord e = expense("monthly", "2025-01-10", "2025-03-10");
        QCOMPARE(ExpenseOccurrences::within(e, p("2024-01-01", "2026-12-31")),
                 days({"2025-01-10", "2025-02-10", "2025-03-10"}));
        QCOMPARE(
            ExpenseOccurrences::within(expense("monthly", "2025-01-10", "2025-03-09"), p("2025-01-01", "2025-12-31"))
                .size(),
            2);
        // One occurrence per calendar month, also for a period far after the start.
        QCOMPARE(ExpenseOccurrences::within(expense("monthly", "2001-05-31"), p("2099-01-01", "2099-12-31")).size(),
                 12);
        QCOMPARE(ExpenseOccurrences::within(expense("monthly", "2001-05-31"), p("2099-02-01", "2099-02-28")),
                 days({"2099-02-28"}));
    }
    void yearlyFebruary29()
    {
        const ExpenseRecord e = expense("yearly", "2024-02-29");
        QCOMPARE(ExpenseOccurrences::within(e, p("2024-01-01", "2028-12-31")),
                 days({"2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"}));
        QCOMPARE(
            ExpenseOccurrences::within(expense("yearly", "2024-02-29", "2026-02-27"), p("2024-01-01", "2030-12-31")),
            days({"2024-02-29", "2025-02-28"}));
        QCOMPARE(ExpenseOccurrences::within(expense("yearly", "2020-07-01"), p("2025-06-30", "2025-07-01")),
                 days({"2025-07-01"}));
    }
    void nothingBeforeTheStartOrForUnknownRecurrences()
    {
        QVERIFY(ExpenseOccurrences::within(expense("monthly", "2025-06-01"), p("2025-01-01", "2025-05-31")).isEmpty());
        QVERIFY(ExpenseOccurrences::within(expense("weekly", "2025-06-01"), p("2025-01-01", "2025-12-31")).isEmpty());
        QVERIFY(ExpenseOccurrences::within(expense("monthly", "2025-06-01"), p("2025-12-31", "2025-01-01")).isEmpty());
    }
    void scope()
    {
        ExpenseRecord whole = expense("once", "2025-01-01");
        ExpenseRecord de = whole;
        de.marketplaceId = QStringLiteral("A1PA6795UKMFR9");
        QVERIFY(ExpenseOccurrences::inScope(whole, {}));
        QVERIFY(!ExpenseOccurrences::inScope(whole, {QStringLiteral("ATVPDKIKX0DER")})); // never split
        QVERIFY(ExpenseOccurrences::inScope(de, {}));
        QVERIFY(ExpenseOccurrences::inScope(de, {QStringLiteral("ATVPDKIKX0DER"), QStringLiteral("A1PA6795UKMFR9")}));
        QVERIFY(!ExpenseOccurrences::inScope(de, {QStringLiteral("ATVPDKIKX0DER")}));
    }
};

QTEST_APPLESS_MAIN(TestExpenseOccurrences)
#include "TestExpenseOccurrences.moc"
