#include "ChartPainter.h"

#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QtTest>

namespace sp::test {

// ChartPainter draws into any paint device; these tests draw into QImages and look at the pixels.
class TestExportChartPainter : public QObject
{
    Q_OBJECT

private:
    static QPalette lightPalette()
    {
        QPalette palette;
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::Text, Qt::black);
        palette.setColor(QPalette::PlaceholderText, Qt::gray);
        palette.setColor(QPalette::ToolTipBase, QColor(0xffffdc));
        palette.setColor(QPalette::ToolTipText, Qt::black);
        return palette;
    }

    static QPalette darkPalette()
    {
        QPalette palette;
        palette.setColor(QPalette::Base, QColor(0x1e1e1e));
        palette.setColor(QPalette::Text, QColor(0xeeeeee));
        palette.setColor(QPalette::PlaceholderText, QColor(0x999999));
        palette.setColor(QPalette::ToolTipBase, QColor(0x333333));
        palette.setColor(QPalette::ToolTipText, QColor(0xeeeeee));
        return palette;
    }

    static ReportChart chart(const QList<QList<qint64>>& values, const QStringList& currencies)
    {
        ReportChart result;
        result.title = QStringLiteral("Müller Küche revenue");
        const qsizetype n = values.isEmpty() ? 0 : values.first().size();
        for (qsizetype i = 0; i < n; ++i)
            result.labels.append(QDate(2026, 1, 1).addDays(i).toString(Qt::ISODate));
        for (qsizetype s = 0; s < values.size(); ++s)
            result.series.append(ReportSeries{QStringLiteral("Series %1").arg(s), currencies.at(s), values.at(s)});
        return result;
    }

    struct Rendered
    {
        QImage image;
        QList<QRectF> plots;
    };

    static Rendered render(const ChartPainter& painter, const QPalette& palette, QSize size = QSize(640, 400))
    {
        Rendered result;
        result.image = QImage(size, QImage::Format_ARGB32);
        result.image.fill(Qt::magenta); // paint() must cover it with the palette's base
        QPainter p(&result.image);
        painter.paint(&p, QRectF(QPointF(0, 0), QSizeF(size)), palette);
        result.plots = painter.plotRects(QRectF(QPointF(0, 0), QSizeF(size)), QFontMetricsF(p.font(), &result.image));
        return result;
    }

    // Pixels of exactly `color` inside `rect` (slightly grown: line caps may stand a little outside).
    static int countColor(const QImage& image, const QRectF& rect, const QColor& color)
    {
        const QRect area = rect.adjusted(-4, -4, 4, 4).toAlignedRect().intersected(image.rect());
        int count = 0;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x)
                count += (image.pixel(x, y) & 0xffffff) == (color.rgb() & 0xffffff) ? 1 : 0;
        return count;
    }

    static int countColorOutside(const QImage& image, const QList<QRectF>& rects, const QColor& color)
    {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                bool inside = false;
                for (const QRectF& r : rects)
                    inside = inside || r.adjusted(-4, -4, 4, 4).contains(QPointF(x, y));
                if (!inside && (image.pixel(x, y) & 0xffffff) == (color.rgb() & 0xffffff))
                    ++count;
            }
        return count;
    }

private slots:
    void niceTicks_data()
    {
        QTest::addColumn<qint64>("min");
        QTest::addColumn<qint64>("max");
        QTest::newRow("positive") << qint64(0) << qint64(123456);
        QTest::newRow("small") << qint64(3) << qint64(7);
        QTest::newRow("negative only") << qint64(-98765) << qint64(-100);
        QTest::newRow("both signs") << qint64(-5000) << qint64(2000);
        QTest::newRow("all zero") << qint64(0) << qint64(0);
        QTest::newRow("large") << qint64(0) << qint64(987654321012);
    }

    void niceTicks()
    {
        QFETCH(qint64, min);
        QFETCH(qint64, max);
        const QList<qint64> ticks = ChartPainter::niceTicks(min, max, 6);
        QVERIFY2(ticks.size() >= 2 && ticks.size() <= 8, qPrintable(QString::number(ticks.size())));
        QVERIFY(ticks.first() <= std::min<qint64>(min, 0));
        QVERIFY(ticks.last() >= std::max<qint64>(max, 0));
        QVERIFY(ticks.contains(0));
        const qint64 step = ticks.at(1) - ticks.at(0);
        qint64 mantissa = step;
        while (mantissa % 10 == 0)
            mantissa /= 10;
        QVERIFY2(mantissa == 1 || mantissa == 2 || mantissa == 5, qPrintable(QString::number(step)));
        for (int i = 1; i < ticks.size(); ++i)
            QCOMPARE(ticks.at(i) - ticks.at(i - 1), step);
    }

    void emptyChartDrawsPlaceholder()
    {
        const ChartPainter painter{ReportChart{}};
        const Rendered r = render(painter, lightPalette());
        QVERIFY(r.plots.isEmpty());
        QCOMPARE(countColor(r.image, r.image.rect(), Qt::magenta), 0);
        QVERIFY(countColor(r.image, r.image.rect(), Qt::white) < r.image.width() * r.image.height());
    }

    void seriesColourInsidePlot_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<bool>("bars");
        QTest::addColumn<bool>("dark");
        QTest::newRow("line") << QList<qint64>{1000, 250000, 120000, 9900} << false << false;
        QTest::newRow("line dark") << QList<qint64>{1000, 250000, 120000, 9900} << false << true;
        QTest::newRow("single point") << QList<qint64>{4200} << false << false;
        QTest::newRow("negative") << QList<qint64>{-5000, -120000, -300} << false << false;
        QTest::newRow("mixed signs bars") << QList<qint64>{-5000, 12000, 0, 7000} << true << false;
        QTest::newRow("single point bars dark") << QList<qint64>{-4200} << true << true;
    }

    void seriesColourInsidePlot()
    {
        QFETCH(QList<qint64>, values);
        QFETCH(bool, bars);
        QFETCH(bool, dark);
        ChartPainter painter(chart({values}, {QStringLiteral("EUR")}));
        painter.setStyle(bars ? ChartPainter::Style::Bars : ChartPainter::Style::Lines);
        const QPalette palette = dark ? darkPalette() : lightPalette();
        const Rendered r = render(painter, palette);
        QCOMPARE(r.plots.size(), 1);
        const QColor colour = ChartPainter::seriesColor(0, palette);
        QVERIFY(r.image.rect().contains(r.plots.first().toAlignedRect()));
        const int inside = countColor(r.image, r.plots.first(), colour);
        QVERIFY2(inside > 20, qPrintable(QString::number(inside)));
        // The legend swatch is the only place outside the plot that has the series colour.
        const int outside = countColorOutside(r.image, r.plots, colour);
        QVERIFY2(outside < inside, qPrintable(QStringLiteral("%1 outside, %2 inside").arg(outside).arg(inside)));
        QCOMPARE(countColor(r.image, r.image.rect(), Qt::magenta), 0);
    }

    void paletteColoursDiffer()
    {
        QVERIFY(ChartPainter::seriesColor(0, lightPalette()) != ChartPainter::seriesColor(0, darkPalette()));
        QVERIFY(ChartPainter::seriesColor(0, lightPalette()) != ChartPainter::seriesColor(1, lightPalette()));
        // Dark palettes get light series colours and the reverse: the contrast with the background holds.
        QVERIFY(ChartPainter::seriesColor(0, darkPalette()).lightness() > 128);
        QVERIFY(ChartPainter::seriesColor(0, lightPalette()).lightness() < 160);
    }

    void oneScalePerCurrency()
    {
        // EUR values in the thousands and GBP in the cents: each currency gets its own panel and axis,
        // so the small GBP series is still drawn across its plot's height.
        ChartPainter painter(
            chart({{100000000, 200000000, 150000000}, {1, 3, 2}}, {QStringLiteral("GBP"), QStringLiteral("EUR")}));
        QCOMPARE(painter.currencies(), (QStringList{QStringLiteral("EUR"), QStringLiteral("GBP")}));
        const QPalette palette = lightPalette();
        const Rendered r = render(painter, palette, QSize(640, 600));
        QCOMPARE(r.plots.size(), 2);
        QVERIFY(!r.plots.at(0).intersects(r.plots.at(1)));
        // Series 1 (EUR) is in the first panel, series 0 (GBP) in the second.
        QVERIFY(countColor(r.image, r.plots.at(0), ChartPainter::seriesColor(1, palette)) > 20);
        QVERIFY(countColor(r.image, r.plots.at(1), ChartPainter::seriesColor(0, palette)) > 20);
        QCOMPARE(countColor(r.image, r.plots.at(0), ChartPainter::seriesColor(0, palette)), 0);
        // The small series spans more than half of its plot's height.
        const QRectF plot = r.plots.at(0);
        int top = -1;
        int bottom = -1;
        const QColor eur = ChartPainter::seriesColor(1, palette);
        for (int y = int(plot.top()); y <= int(plot.bottom()); ++y)
            for (int x = int(plot.left()); x <= int(plot.right()); ++x)
                if ((r.image.pixel(x, y) & 0xffffff) == (eur.rgb() & 0xffffff)) {
                    if (top < 0)
                        top = y;
                    bottom = y;
                }
        QVERIFY2(bottom - top > plot.height() / 2, qPrintable(QStringLiteral("%1..%2").arg(top).arg(bottom)));
    }

    void hoverIndexAndMarker()
    {
        ChartPainter painter(chart({{1000, 5000, 3000, 2000, 8000}}, {QStringLiteral("EUR")}));
        const QPalette palette = lightPalette();
        const Rendered plain = render(painter, palette);
        const QRectF plot = plain.plots.first();
        QImage probe(1, 1, QImage::Format_ARGB32);
        QPainter probePainter(&probe);
        const QFontMetricsF metrics(probePainter.font(), &plain.image);
        const QRectF whole(QPointF(0, 0), QSizeF(plain.image.size()));
        const double slot = plot.width() / 5;
        for (int i = 0; i < 5; ++i)
            QCOMPARE(painter.indexAt(whole, QPointF(plot.left() + slot * (i + 0.5), plot.center().y()), metrics), i);
        QCOMPARE(painter.indexAt(whole, QPointF(plot.left() - 5, plot.center().y()), metrics), -1);

        painter.setHoverIndex(2);
        const Rendered hovered = render(painter, palette);
        QVERIFY(hovered.image != plain.image);
        // The tooltip box uses the palette's tool tip colour.
        QVERIFY(countColor(hovered.image, hovered.image.rect(), palette.color(QPalette::ToolTipBase)) > 100);
        QCOMPARE(countColor(plain.image, plain.image.rect(), palette.color(QPalette::ToolTipBase)), 0);
        // An index beyond the labels draws no marker and does not crash.
        painter.setHoverIndex(99);
        QCOMPARE(render(painter, palette).image, plain.image);
    }

    void tinyAndManyLabels()
    {
        // 365 days in a small rectangle: labels thin out, nothing crashes or overflows.
        QList<qint64> values;
        for (int i = 0; i < 365; ++i)
            values.append((i % 30 - 10) * 1234);
        ChartPainter painter(chart({values}, {QStringLiteral("USD")}));
        painter.setHoverIndex(364);
        const Rendered r = render(painter, lightPalette(), QSize(300, 200));
        QCOMPARE(r.plots.size(), 1);
        QCOMPARE(countColor(r.image, r.image.rect(), Qt::magenta), 0);
        const Rendered tiny = render(painter, lightPalette(), QSize(10, 10));
        QCOMPARE(countColor(tiny.image, tiny.image.rect(), Qt::magenta), 0);
    }
};

} // namespace sp::test

QTEST_MAIN(sp::test::TestExportChartPainter)
#include "TestExportChartPainter.moc"
