#pragma once

#include "reports/ReportTypes.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QList>
#include <QLocale>
#include <QPalette>
#include <QRectF>

class QPainter;

namespace sp {

// Draws a ReportChart with a QPainter into a rectangle: one panel per currency, each with its own
// value axis, so that money of different currencies is never drawn on one scale. Works on any
// paint device (widget, QImage, QPdfWriter): every size derives from the painter's font metrics.
class ChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(sp::ChartPainter)

public:
    enum class Style { Lines, Bars };

    explicit ChartPainter(ReportChart chart = {});

    void setChart(const ReportChart& chart);
    const ReportChart& chart() const { return m_chart; }
    void setStyle(Style style) { m_style = style; }
    void setLocale(const QLocale& locale) { m_locale = locale; }
    // The label index to mark with a cursor line and its values; -1 for none.
    void setHoverIndex(int index) { m_hoverIndex = index; }
    int hoverIndex() const { return m_hoverIndex; }
    // Whether paint() first fills the rectangle with the palette's Base colour.
    void setFillBackground(bool fill) { m_fillBackground = fill; }
    // The label the axis always shows when it must skip some (e.g. January, which names the year).
    void setAnchorLabel(int index) { m_anchorLabel = index; }
    // What the hover read-out says for each label index ("Week of 3 Nov 2026"); the labels if empty.
    void setDetailLabels(const QStringList& details) { m_details = details; }
    QString detailLabel(int index) const;

    void paint(QPainter* painter, const QRectF& rect, const QPalette& palette) const;

    // The label index under `pos` (for hover), or -1. `metrics` must be those of the painting font.
    int indexAt(const QRectF& rect, const QPointF& pos, const QFontMetricsF& metrics) const;
    // The plot areas (one per currency, in currency order) that paint() uses for `rect`.
    QList<QRectF> plotRects(const QRectF& rect, const QFontMetricsF& metrics) const;
    // The currencies in panel order (sorted).
    QStringList currencies() const;
    // The colour of the chart's series number `seriesIndex` on this palette (lighter on dark ones).
    static QColor seriesColor(int seriesIndex, const QPalette& palette);
    // Round axis ticks (1, 2 or 5 times a power of ten) covering [min, max], at most `maxTicks` (AxisTicks).
    static QList<qint64> niceTicks(qint64 min, qint64 max, int maxTicks);
    // The height a rectangle needs so that each of `panels` plots is `plotHeight` tall.
    double heightFor(int panels, double plotHeight, const QFontMetricsF& metrics) const;

    // Where paint() puts a panel's texts: for tests that no two labels overlap.
    struct PanelGeometry
    {
        QRectF area;
        QRectF plot;
        QList<QRectF> valueLabels;    // the value axis, one per tick (text extent)
        QList<QRectF> categoryLabels; // the labels drawn under the plot (text extent)
    };
    QList<PanelGeometry> geometry(const QRectF& rect, const QFontMetricsF& metrics) const;

private:
    struct Panel
    {
        QString currency;
        QList<int> seriesIndexes; // into m_chart.series
        QList<qint64> ticks;      // value axis, cents
        QRectF area;              // the whole panel
        QRectF plot;              // where the values are drawn
        QList<int> shownLabels;   // the label indexes drawn under the plot
        QList<int> shownTicks;    // the ticks labelled (all but on a very short plot)
    };

    QList<Panel> layout(const QRectF& rect, const QFontMetricsF& metrics) const;
    QString axisLabel(qint64 cents, qint64 step) const;
    QRectF valueLabelRect(const Panel& panel, qint64 tick, const QFontMetricsF& metrics) const;
    QRectF categoryLabelRect(const Panel& panel, int index, const QFontMetricsF& metrics) const;
    QString valueLabel(qint64 cents, const QString& currency) const;
    QString moneyText(qint64 cents, int decimals, const QString& currency) const;
    static qint64 stepOf(const Panel& panel);
    double xFor(const QRectF& plot, int index) const;
    static double yFor(const Panel& panel, qint64 cents);
    void paintPanel(QPainter* painter, const Panel& panel, const QPalette& palette, const QFontMetricsF& metrics) const;
    void paintHover(QPainter* painter, const Panel& panel, const QPalette& palette, const QFontMetricsF& metrics) const;

    ReportChart m_chart;
    QStringList m_details;
    Style m_style = Style::Lines;
    QLocale m_locale;
    int m_hoverIndex = -1;
    int m_anchorLabel = 0;
    bool m_fillBackground = true;
};

} // namespace sp
