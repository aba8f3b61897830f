#include "reports/ReportPeriods.h"

#include <QTest>

using namespace sp;

// The days each range preset covers, on ordinary days, month and year ends and leap days.
class TestReportPeriods : public QObject
{
    Q_OBJECT
private slots:
    void presets_data();
    void presets();
    void customPassesThrough();
    void previousPeriodHasTheSameLength();
};

void TestReportPeriods::presets_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    const QDate d(2026, 3, 15);
    QTest::newRow("today") << int(RangePreset::Today) << d << d << d;
    QTest::newRow("yesterday") << int(RangePreset::Yesterday) << d << QDate(2026, 3, 14) << QDate(2026, 3, 14);
    QTest::newRow("yesterday on the 1st of January")
        << int(RangePreset::Yesterday) << QDate(2026, 1, 1) << QDate(2025, 12, 31) << QDate(2025, 12, 31);
    QTest::newRow("last 7 days") << int(RangePreset::Last7Days) << d << QDate(2026, 3, 9) << d;
    QTest::newRow("last 30 days") << int(RangePreset::Last30Days) << d << QDate(2026, 2, 14) << d;
    QTest::newRow("month to date") << int(RangePreset::MonthToDate) << d << QDate(2026, 3, 1) << d;
    QTest::newRow("month to date on the 1st")
        << int(RangePreset::MonthToDate) << QDate(2026, 3, 1) << QDate(2026, 3, 1) << QDate(2026, 3, 1);
    QTest::newRow("last month") << int(RangePreset::LastMonth) << d << QDate(2026, 2, 1) << QDate(2026, 2, 28);
    QTest::newRow("last month in a leap year")
        << int(RangePreset::LastMonth) << QDate(2028, 3, 31) << QDate(2028, 2, 1) << QDate(2028, 2, 29);
    QTest::newRow("last month in January")
        << int(RangePreset::LastMonth) << QDate(2026, 1, 10) << QDate(2025, 12, 1) << QDate(2025, 12, 31);
    QTest::newRow("year to date") << int(RangePreset::YearToDate) << d << QDate(2026, 1, 1) << d;
    QTest::newRow("last 12 months") << int(RangePreset::Last12Months) << d << QDate(2025, 3, 16) << d;
    QTest::newRow("last 12 months from a leap day")
        << int(RangePreset::Last12Months) << QDate(2028, 2, 29) << QDate(2027, 3, 1) << QDate(2028, 2, 29);
}

void TestReportPeriods::presets()
{
    QFETCH(int, preset);
    QFETCH(QDate, today);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const Period p = periodFor(RangePreset(preset), today);
    QCOMPARE(p.from, from);
    QCOMPARE(p.to, to);
    QVERIFY(p.isValid());
}

void TestReportPeriods::customPassesThrough()
{
    const Period custom{QDate(2026, 1, 5), QDate(2026, 2, 7)};
    const Period p = periodFor(RangePreset::Custom, QDate(2026, 3, 15), custom);
    QCOMPARE(p.from, custom.from);
    QCOMPARE(p.to, custom.to);
    // An inverted custom period stays invalid: the caller says so.
    const Period inverted{QDate(2026, 2, 7), QDate(2026, 1, 5)};
    QVERIFY(!periodFor(RangePreset::Custom, QDate(2026, 3, 15), inverted).isValid());
    QCOMPARE(inverted.days(), qint64(0));
}

void TestReportPeriods::previousPeriodHasTheSameLength()
{
    const Period march{QDate(2026, 3, 1), QDate(2026, 3, 31)};
    const Period before = previousPeriod(march);
    QCOMPARE(before.to, QDate(2026, 2, 28));
    QCOMPARE(before.days(), march.days());
    QCOMPARE(before.from, QDate(2026, 1, 29));
    const Period oneDay{QDate(2026, 1, 1), QDate(2026, 1, 1)};
    QCOMPARE(previousPeriod(oneDay).from, QDate(2025, 12, 31));
    QCOMPARE(previousPeriod(oneDay).to, QDate(2025, 12, 31));
}

QTEST_GUILESS_MAIN(TestReportPeriods)
#include "TestReportPeriods.moc"
