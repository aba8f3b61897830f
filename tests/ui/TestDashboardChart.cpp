// The dashboard's chart widget on made-up days: the labels and read-outs per locale, weeks and months
// for long ranges, at least 180 px per currency once laid out, and the read-out of the point nearest
// the mouse. TestDashboardPage shows the same chart over a real synced cache.
#include "DashboardChart.h"
#include "MoneyText.h"

#include <QMouseEvent>
#include <QVBoxLayout>
#include <QtTest>

namespace sp::test {

namespace {

QList<DailyPoint> days(const Period& period, const QStringList& currencies)
{
    QList<DailyPoint> points;
    int i = 0;
    for (QDate day = period.from; day <= period.to; day = day.addDays(1), ++i) {
        for (const QString& currency : currencies)
            points.append({day, currency, qint64(1000 + (i * 7919) % 50000), qint64((i * 104729) % 20000 - 5000)});
    }
    return points;
}

} // namespace

class TestDashboardChart : public QObject
{
    Q_OBJECT

private slots:
    void labelsFollowTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("detail");
        // The short date without its year on the axis; the long date in the read-out.
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("12/6")
                               << QStringLiteral("Sunday, December 6, 2026");
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("06.12")
                               << QStringLiteral("Sonntag, 6. Dezember 2026");
        QTest::newRow("C") << QLocale::c() << QStringLiteral("6 Dec")
                           << QLocale::c().toString(QDate(2026, 12, 6), QLocale::LongFormat);
    }

    void labelsFollowTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, label);
        QFETCH(QString, detail);
        const Period period{QDate(2026, 12, 6), QDate(2026, 12, 12)};
        const DashboardChart::Content content =
            DashboardChart::revenueAndProfit(days(period, {QStringLiteral("EUR")}), period, locale);
        QCOMPARE(content.step, ChartSeriesAggregation::Step::Day);
        QCOMPARE(content.chart.labels.size(), 7);
        QCOMPARE(content.chart.labels.first(), label);
        QCOMPARE(content.details.first(), detail);
    }

    void twelveMonthsAreMonths()
    {
        const Period year{QDate(2025, 12, 6), QDate(2026, 12, 5)};
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        const QList<DailyPoint> daily = days(year, {QStringLiteral("EUR"), QStringLiteral("USD")});
        const DashboardChart::Content content = DashboardChart::revenueAndProfit(daily, year, english);
        QCOMPARE(content.step, ChartSeriesAggregation::Step::Month);
        QCOMPARE(content.chart.labels.size(), 13);
        QCOMPARE(content.chart.labels.at(0), QStringLiteral("Dec 2025"));
        QCOMPARE(content.chart.labels.at(1), QStringLiteral("Jan 2026"));
        QCOMPARE(content.chart.labels.at(2), QStringLiteral("Feb"));
        // A month cut by the range says which days it holds; a whole one is named.
        QVERIFY2(content.details.at(0).startsWith(english.toString(QDate(2025, 12, 6), QStringLiteral("dd/MM"))),
                 qPrintable(content.details.at(0)));
        QCOMPARE(content.details.at(1), QStringLiteral("January 2026"));
        // However few labels the axis has room for, "Jan 2026" is one of them: it names the year.
        QCOMPARE(content.anchorLabel, 1);
        DashboardChart chart;
        chart.setContent(content);
        ChartPainter painter(content.chart);
        painter.setAnchorLabel(content.anchorLabel);
        QImage device(10, 10, QImage::Format_ARGB32);
        const QFontMetricsF metrics(chart.font(), &device);
        for (double width : {300.0, 500.0, 900.0}) {
            const auto panels = painter.geometry(QRectF(0, 0, width, 600), metrics);
            const double janX = panels.first().plot.left() + 1.5 * panels.first().plot.width() / 13;
            bool shown = false;
            for (const QRectF& label : panels.first().categoryLabels)
                shown = shown || (label.left() <= janX && janX <= label.right());
            QVERIFY2(shown, qPrintable(QString::number(width)));
        }
        // Revenue and profit per currency, every cent of the days in them.
        QCOMPARE(content.chart.series.size(), 4);
        for (const ReportSeries& series : content.chart.series) {
            qint64 expected = 0;
            for (const DailyPoint& p : daily)
                expected += p.currency == series.currency
                                ? (series.name == QLatin1String("Revenue") ? p.revenueCents : p.netProfitCents)
                                : 0;
            QCOMPARE(std::accumulate(series.valuesCents.cbegin(), series.valuesCents.cend(), qint64(0)), expected);
        }
        QCOMPARE(DashboardChart::titleFor(content.step), QStringLiteral("Revenue and net profit by month"));
    }

    void tallEnoughPerCurrencyAndReadsTheNearestPoint()
    {
        const Period period{QDate(2026, 11, 6), QDate(2026, 12, 5)};
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* chart = new DashboardChart(&window);
        chart->setMinimumPlotHeight(180);
        layout->addWidget(chart);
        layout->addStretch(1);
        const QStringList currencies{QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("USD")};
        chart->setContent(DashboardChart::revenueAndProfit(days(period, currencies), period, QLocale()));
        window.resize(760, 400); // shorter than the chart wants: the page scrolls, the chart keeps its height
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(chart->height(), chart->sizeHint().height());
        const QList<QRectF> plots = chart->plotRects();
        QCOMPARE(plots.size(), 3);
        for (const QRectF& plot : plots)
            QVERIFY2(plot.height() >= 180, qPrintable(QString::number(plot.height())));

        // The mouse anywhere in a point's slot reads out that point: its day and its figures.
        const QRectF plot = plots.at(1); // GBP
        const int n = int(chart->chart().labels.size());
        const double slot = plot.width() / n;
        for (int index : {0, 12, n - 1}) {
            for (double offset : {-0.45, 0.0, 0.45}) {
                const QPointF at(plot.left() + (index + 0.5 + offset) * slot, plot.top() + 5);
                QMouseEvent move(QEvent::MouseMove, at, chart->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                                 Qt::NoModifier);
                QCoreApplication::sendEvent(chart, &move);
                QCOMPARE(chart->hoverIndex(), index);
            }
            const QString text = chart->hoverText();
            QVERIFY2(text.startsWith(QLocale().toString(period.from.addDays(index), QLocale::LongFormat)),
                     qPrintable(text));
            for (const ReportSeries& series : chart->chart().series)
                QVERIFY2(text.contains(MoneyText::format(series.valuesCents.at(index), series.currency)),
                         qPrintable(text));
            QCOMPARE(chart->accessibleDescription(), text); // what a screen reader says of it
            QVERIFY(chart->toolTip().isEmpty());            // painted beside the cursor, not repeated
        }
    }
};

} // namespace sp::test

QTEST_MAIN(sp::test::TestDashboardChart)
#include "TestDashboardChart.moc"
