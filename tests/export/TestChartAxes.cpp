// The chart's axes as pure geometry (AxisTicks) and how a range's days become points
// (ChartSeriesAggregation): round 1-2-5 ticks that never outnumber what the axis holds, category
// labels that never overlap, and long ranges summed into weeks or months. The painter's own label
// boxes (ChartPainter::geometry, measured with the painting font's QFontMetricsF) are checked over
// many ranges, currencies, value scales, sizes and font sizes.
#include "AxisTicks.h"
#include "ChartPainter.h"
#include "ChartSeriesAggregation.h"

#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QtTest>

namespace sp::test {

namespace {

bool isRoundStep(qint64 step)
{
    while (step % 10 == 0)
        step /= 10;
    return step == 1 || step == 2 || step == 5;
}

QString describe(const QRectF& r)
{
    return QStringLiteral("[%1,%2 %3x%4]").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// A chart as the dashboard makes it: one label per bucket, revenue and profit per currency.
ReportChart chartOf(const Period& period, const QStringList& currencies, qint64 scale, const QLocale& locale)
{
    using A = ChartSeriesAggregation;
    const A::Step step = A::stepFor(period);
    const QList<A::Bucket> buckets = A::buckets(period, step);
    ReportChart chart;
    for (const A::Bucket& bucket : buckets) {
        if (step == A::Step::Month)
            chart.labels << locale.standaloneMonthName(bucket.from.month(), QLocale::ShortFormat)
                                + (bucket.from.month() == 1 ? QStringLiteral(" %1").arg(bucket.from.year())
                                                            : QString());
        else
            chart.labels << locale.toString(bucket.from, QStringLiteral("d MMM"));
    }
    for (int c = 0; c < currencies.size(); ++c) {
        QList<qint64> revenue;
        QList<qint64> profit;
        for (int i = 0; i < buckets.size(); ++i) {
            revenue << scale * ((i * 37 + c * 11) % 23 + 1);
            profit << scale * ((i * 17 + c * 5) % 19 - 6);
        }
        chart.series.append({QStringLiteral("Revenue"), currencies.at(c), revenue});
        chart.series.append({QStringLiteral("Net profit"), currencies.at(c), profit});
    }
    return chart;
}

} // namespace

class TestChartAxes : public QObject
{
    Q_OBJECT

private slots:
    void niceTicksAreRoundAndFewEnough_data()
    {
        QTest::addColumn<qint64>("min");
        QTest::addColumn<qint64>("max");
        QTest::newRow("cents") << qint64(0) << qint64(7);
        QTest::newRow("a day's sales") << qint64(-4123) << qint64(112345);
        QTest::newRow("a month's sales") << qint64(0) << qint64(1234567);
        QTest::newRow("losses only") << qint64(-987654) << qint64(-10);
        QTest::newRow("both signs") << qint64(-50000) << qint64(20000);
        QTest::newRow("exactly round") << qint64(0) << qint64(100000);
        QTest::newRow("zero") << qint64(0) << qint64(0);
        QTest::newRow("billions") << qint64(-12) << qint64(987654321012);
    }

    void niceTicksAreRoundAndFewEnough()
    {
        QFETCH(qint64, min);
        QFETCH(qint64, max);
        for (int maxTicks = 2; maxTicks <= 7; ++maxTicks) {
            const QList<qint64> ticks = AxisTicks::niceTicks(min, max, maxTicks);
            const int most = std::max(maxTicks, min < 0 && max > 0 ? 3 : 2);
            QVERIFY2(ticks.size() >= 2 && ticks.size() <= most,
                     qPrintable(QStringLiteral("%1 ticks for at most %2").arg(ticks.size()).arg(maxTicks)));
            QVERIFY(ticks.first() <= std::min<qint64>(min, 0));
            QVERIFY(ticks.last() >= std::max<qint64>(max, 0));
            QVERIFY(ticks.contains(0));
            const qint64 step = ticks.at(1) - ticks.at(0);
            QVERIFY2(isRoundStep(step), qPrintable(QString::number(step)));
            for (int i = 1; i < ticks.size(); ++i)
                QCOMPARE(ticks.at(i) - ticks.at(i - 1), step);
            QCOMPARE(ticks.first() % step, 0);
        }
        // More room never gives a coarser step.
        qint64 previousStep = std::numeric_limits<qint64>::max();
        for (int maxTicks = 2; maxTicks <= 7; ++maxTicks) {
            const QList<qint64> ticks = AxisTicks::niceTicks(min, max, maxTicks);
            QVERIFY(ticks.at(1) - ticks.at(0) <= previousStep);
            previousStep = ticks.at(1) - ticks.at(0);
        }
    }

    void ticksThatFitTheAxis()
    {
        QCOMPARE(AxisTicks::ticksThatFit(0, 12), 2);
        QCOMPARE(AxisTicks::ticksThatFit(10, 12), 2);
        QCOMPARE(AxisTicks::ticksThatFit(1000, 12), 7);
        for (double length = 20; length < 400; length += 7) {
            const int ticks = AxisTicks::ticksThatFit(length, 14);
            if (ticks > 2)
                QVERIFY(length / (ticks - 1) >= 14 * AxisTicks::kValueLabelSpacing);
        }
    }

    void categoryLabelsNeverTouch()
    {
        // Many label counts, widths and axis lengths: the chosen labels keep the gap and stay inside.
        for (int n : {1, 2, 7, 13, 27, 31, 62, 365}) {
            for (double width : {20.0, 45.0, 90.0}) {
                for (double axis : {150.0, 480.0, 1300.0}) {
                    QList<AxisTicks::Label> labels;
                    for (int i = 0; i < n; ++i)
                        labels.append({(i + 0.5) * axis / n, width * (1 + (i % 3) * 0.2)});
                    const int anchor = n / 3;
                    const QList<int> chosen = AxisTicks::labelsThatFit(labels, 0, axis, 8, anchor);
                    if (width * 1.4 <= axis)
                        QVERIFY(!chosen.isEmpty());
                    // The anchor (January, say) is always among them unless nothing fits at all.
                    QVERIFY(chosen.isEmpty() || chosen.contains(anchor));
                    QVERIFY(AxisTicks::labelsThatFit(labels, 0, axis, 8).value(0, 0) == 0);
                    for (int k = 0; k < chosen.size(); ++k) {
                        const auto extent = AxisTicks::extentOf(labels.at(chosen.at(k)), 0, axis);
                        QVERIFY(extent.first >= 0 && extent.second <= axis);
                        if (k > 0) {
                            const auto before = AxisTicks::extentOf(labels.at(chosen.at(k - 1)), 0, axis);
                            QVERIFY2(extent.first >= before.second + 8,
                                     qPrintable(QStringLiteral("n %1 width %2 axis %3").arg(n).arg(width).arg(axis)));
                        }
                    }
                }
            }
        }
    }

    void stepsByLength_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("step");
        using S = ChartSeriesAggregation::Step;
        QTest::newRow("a day") << 1 << int(S::Day);
        QTest::newRow("30 days") << 30 << int(S::Day);
        QTest::newRow("62 days") << 62 << int(S::Day);
        QTest::newRow("63 days") << 63 << int(S::Week);
        QTest::newRow("six months") << 183 << int(S::Week);
        QTest::newRow("seven months") << 214 << int(S::Month);
        QTest::newRow("12 months") << 365 << int(S::Month);
        QTest::newRow("two years") << 731 << int(S::Month);
    }

    void stepsByLength()
    {
        QFETCH(int, days);
        QFETCH(int, step);
        const Period period{QDate(2025, 12, 6), QDate(2025, 12, 6).addDays(days - 1)};
        QCOMPARE(int(ChartSeriesAggregation::stepFor(period)), step);
    }

    void twelveMonthsBecomeMonths()
    {
        using A = ChartSeriesAggregation;
        const Period year{QDate(2025, 12, 6), QDate(2026, 12, 5)};
        const QList<A::Bucket> months = A::buckets(year, A::stepFor(year));
        QCOMPARE(months.size(), 13); // 6 to 31 December, eleven whole months, 1 to 5 December
        QCOMPARE(months.first(), (A::Bucket{QDate(2025, 12, 6), QDate(2025, 12, 31)}));
        QCOMPARE(months.at(1), (A::Bucket{QDate(2026, 1, 1), QDate(2026, 1, 31)}));
        QCOMPARE(months.last(), (A::Bucket{QDate(2026, 12, 1), QDate(2026, 12, 5)}));
        // Contiguous: every day of the year in exactly one bucket; the sums keep every cent.
        QList<QPair<QDate, qint64>> values;
        qint64 total = 0;
        for (QDate day = year.from; day <= year.to; day = day.addDays(1)) {
            const int at = A::bucketOf(months, day);
            QVERIFY(at >= 0);
            QVERIFY(months.at(at).from <= day && day <= months.at(at).to);
            values.append({day, day.day() * 100 - 1500});
            total += day.day() * 100 - 1500;
        }
        const QList<qint64> sums = A::sum(months, values);
        QCOMPARE(std::accumulate(sums.cbegin(), sums.cend(), qint64(0)), total);
        QCOMPARE(A::bucketOf(months, year.from.addDays(-1)), -1);
        QCOMPARE(A::bucketOf(months, year.to.addDays(1)), -1);
    }

    void weeksRunMondayToSunday()
    {
        using A = ChartSeriesAggregation;
        const Period period{QDate(2026, 1, 1), QDate(2026, 4, 30)}; // a Thursday to a Thursday
        const QList<A::Bucket> weeks = A::buckets(period, A::Step::Week);
        QCOMPARE(weeks.size(), 18);
        QCOMPARE(weeks.first(), (A::Bucket{QDate(2026, 1, 1), QDate(2026, 1, 4)}));
        for (int i = 1; i < weeks.size(); ++i) {
            QCOMPARE(weeks.at(i).from.dayOfWeek(), 1);
            QCOMPARE(weeks.at(i).from, weeks.at(i - 1).to.addDays(1));
        }
        QCOMPARE(weeks.last().to, period.to);
        QVERIFY(A::buckets(Period{}, A::Step::Week).isEmpty());
    }

    // Every range, number of currencies, value scale, font size and size: in every panel the value
    // labels, the category labels and the two together never overlap, and all stay in their panel.
    void axisLabelsNeverOverlap()
    {
        const QStringList allCurrencies{QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("USD"),
                                        QStringLiteral("JPY")};
        const QList<Period> periods{{QDate(2026, 12, 5), QDate(2026, 12, 5)}, {QDate(2026, 11, 29), QDate(2026, 12, 5)},
                                    {QDate(2026, 11, 6), QDate(2026, 12, 5)}, {QDate(2026, 10, 5), QDate(2026, 12, 5)},
                                    {QDate(2026, 6, 6), QDate(2026, 12, 5)},  {QDate(2025, 12, 6), QDate(2026, 12, 5)},
                                    {QDate(2024, 12, 6), QDate(2026, 12, 5)}};
        QImage device(10, 10, QImage::Format_ARGB32);
        int checked = 0;
        for (const QLocale& locale : {QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::German)}) {
            for (double points : {7.5, 9.0, 11.0, 14.0}) {
                QFont font;
                font.setPointSizeF(points);
                const QFontMetricsF metrics(font, &device);
                for (const Period& period : periods) {
                    for (int currencies = 1; currencies <= 4; ++currencies) {
                        for (qint64 scale : {qint64(7), qint64(12345), qint64(98765432)}) {
                            ChartPainter painter(chartOf(period, allCurrencies.mid(0, currencies), scale, locale));
                            painter.setLocale(locale);
                            for (double width : {320.0, 760.0, 1350.0}) {
                                for (double plot : {60.0, 180.0}) {
                                    const QRectF rect(0, 0, width, painter.heightFor(currencies, plot, metrics));
                                    const auto panels = painter.geometry(rect, metrics);
                                    QCOMPARE(panels.size(), currencies);
                                    // The panels' plots line up: a day stands at the same x in each.
                                    for (const ChartPainter::PanelGeometry& panel : panels) {
                                        QCOMPARE(panel.plot.left(), panels.first().plot.left());
                                        QCOMPARE(panel.plot.right(), panels.first().plot.right());
                                    }
                                    for (const ChartPainter::PanelGeometry& panel : panels) {
                                        QVERIFY(panel.plot.height() >= plot - 1);
                                        // Zero and one more at least, unless the plot is too short for two.
                                        QVERIFY(panel.valueLabels.size() >= (plot >= metrics.height() * 2 ? 2 : 1));
                                        QVERIFY(!panel.categoryLabels.isEmpty());
                                        QList<QRectF> all = panel.valueLabels + panel.categoryLabels;
                                        for (int i = 0; i < all.size(); ++i) {
                                            QVERIFY2(panel.area.adjusted(-0.5, -0.5, 0.5, 0.5).contains(all.at(i)),
                                                     qPrintable(describe(all.at(i)) + describe(panel.area)));
                                            for (int j = i + 1; j < all.size(); ++j)
                                                QVERIFY2(!all.at(i).intersects(all.at(j)),
                                                         qPrintable(describe(all.at(i)) + describe(all.at(j))));
                                        }
                                        for (const QRectF& label : panel.valueLabels) {
                                            QVERIFY(label.right() <= panel.plot.left());
                                            QVERIFY(label.top() >= panel.area.top() + metrics.height()); // legend
                                        }
                                        for (const QRectF& label : panel.categoryLabels)
                                            QVERIFY(label.top() >= panel.plot.bottom());
                                        ++checked;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        QVERIFY(checked > 1000);
    }

    void longRangesHaveFewPoints()
    {
        // A year on a chart: 13 points, not 365.
        const ReportChart chart = chartOf(Period{QDate(2025, 12, 6), QDate(2026, 12, 5)}, {QStringLiteral("EUR")}, 100,
                                          QLocale(QLocale::English));
        QCOMPARE(chart.labels.size(), 13);
        QCOMPARE(chart.series.first().valuesCents.size(), 13);
    }
};

} // namespace sp::test

QTEST_MAIN(sp::test::TestChartAxes)
#include "TestChartAxes.moc"
