#include "ChartPainter.h"

#include "AxisTicks.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <utility>

namespace sp {

namespace {

// Vertical room of a panel around its plot, in label heights: the legend row and a gap above, the
// category labels below.
constexpr double kAbovePlot = 1.8;
constexpr double kBelowPlot = 1.8;
constexpr double kPanelGap = 1.0; // between two currencies' panels

bool isDark(const QPalette& palette) { return palette.color(QPalette::Base).lightness() < 128; }

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

ChartPainter::ChartPainter(ReportChart chart)
    : m_chart(std::move(chart))
{}

void ChartPainter::setChart(const ReportChart& chart)
{
    m_chart = chart;
    if (m_hoverIndex >= m_chart.labels.size())
        m_hoverIndex = -1;
}

QColor ChartPainter::seriesColor(int seriesIndex, const QPalette& palette)
{
    // Two sets of the same hues: saturated ones on light backgrounds, lighter ones on dark ones,
    // so that lines keep their contrast in both.
    static const QRgb light[] = {0x2563eb, 0xea580c, 0x16a34a, 0x9333ea, 0x0891b2, 0xdb2777, 0xa16207};
    static const QRgb dark[] = {0x60a5fa, 0xfb923c, 0x4ade80, 0xc084fc, 0x22d3ee, 0xf472b6, 0xfacc15};
    constexpr int count = int(sizeof(light) / sizeof(light[0]));
    const int i = ((seriesIndex % count) + count) % count;
    return QColor(isDark(palette) ? dark[i] : light[i]);
}

QList<qint64> ChartPainter::niceTicks(qint64 min, qint64 max, int maxTicks)
{
    return AxisTicks::niceTicks(min, max, maxTicks);
}

QString ChartPainter::detailLabel(int index) const
{
    if (index >= 0 && index < m_details.size())
        return m_details.at(index);
    return index >= 0 && index < m_chart.labels.size() ? m_chart.labels.at(index) : QString();
}

QStringList ChartPainter::currencies() const
{
    QStringList result;
    for (const ReportSeries& s : m_chart.series) {
        if (!result.contains(s.currency))
            result.append(s.currency);
    }
    std::sort(result.begin(), result.end());
    return result;
}

QString ChartPainter::axisLabel(qint64 cents, qint64 step) const
{
    // The number alone (the panel's heading names the currency), in whole units when the ticks are
    // whole units apart: "1,200" reads better than "1,200.00 EUR" beside every grid line.
    return m_locale.toString(double(cents) / 100.0, 'f', step % 100 == 0 ? 0 : 2);
}

qint64 ChartPainter::stepOf(const Panel& panel)
{
    return panel.ticks.size() > 1 ? panel.ticks.at(1) - panel.ticks.at(0) : 100;
}

QString ChartPainter::valueLabel(qint64 cents, const QString& currency) const { return moneyText(cents, 2, currency); }

QString ChartPainter::moneyText(qint64 cents, int decimals, const QString& currency) const
{
    // "1,234.50 EUR" as the tables show money (QLocale::toCurrencyString glues ISO codes to the
    // number in many locales: "EUR1,234.50").
    return m_locale.toString(double(cents) / 100.0, 'f', decimals) + QLatin1Char(' ') + currency;
}

double ChartPainter::heightFor(int panels, double plotHeight, const QFontMetricsF& metrics) const
{
    const double unit = metrics.height();
    const double title = m_chart.title.isEmpty() ? 0 : unit * 1.4;
    panels = std::max(1, panels);
    return unit + title + panels * (plotHeight + unit * (kAbovePlot + kBelowPlot)) + (panels - 1) * unit * kPanelGap;
}

QList<ChartPainter::Panel> ChartPainter::layout(const QRectF& rect, const QFontMetricsF& metrics) const
{
    QList<Panel> panels;
    if (m_chart.isEmpty())
        return panels;
    const double unit = metrics.height();
    const double pad = unit * 0.5;
    QRectF body = rect.adjusted(pad, pad, -pad, -pad);
    if (!m_chart.title.isEmpty())
        body.setTop(body.top() + unit * 1.4);

    const QStringList panelCurrencies = currencies();
    const int count = int(panelCurrencies.size());
    const double panelHeight = (body.height() - unit * kPanelGap * (count - 1)) / count;
    const int n = int(m_chart.labels.size());

    for (int p = 0; p < count; ++p) {
        Panel panel;
        panel.currency = panelCurrencies.at(p);
        panel.area = QRectF(body.left(), body.top() + p * (panelHeight + unit * kPanelGap), body.width(), panelHeight);
        qint64 lo = 0;
        qint64 hi = 0;
        for (int s = 0; s < m_chart.series.size(); ++s) {
            const ReportSeries& series = m_chart.series.at(s);
            if (series.currency != panel.currency)
                continue;
            panel.seriesIndexes.append(s);
            for (int i = 0; i < std::min<int>(n, int(series.valuesCents.size())); ++i) {
                lo = std::min(lo, series.valuesCents.at(i));
                hi = std::max(hi, series.valuesCents.at(i));
            }
        }
        // As many round ticks as the plot's height holds with a label height and more between them.
        const double plotHeight = panelHeight - unit * (kAbovePlot + kBelowPlot);
        panel.ticks = niceTicks(lo, hi, AxisTicks::ticksThatFit(plotHeight, unit));
        panels.append(panel);
    }

    // One value axis width for all panels: their plots line up, so a day stands at the same x in each.
    double axisWidth = 0;
    for (const Panel& panel : std::as_const(panels)) {
        const qint64 step = stepOf(panel);
        for (qint64 tick : panel.ticks)
            axisWidth = std::max(axisWidth, metrics.horizontalAdvance(axisLabel(tick, step)));
    }
    for (Panel& panel : panels) {
        panel.plot = panel.area.adjusted(axisWidth + pad, unit * kAbovePlot, -pad, -unit * kBelowPlot);
        QList<double> tickPositions;
        for (qint64 tick : std::as_const(panel.ticks))
            tickPositions.append(yFor(panel, tick));
        panel.shownTicks = AxisTicks::valueLabelsThatFit(tickPositions, int(panel.ticks.indexOf(0)), unit);

        // Category labels: every k-th, shifted inside the panel at its edges, never touching.
        QList<AxisTicks::Label> labels;
        labels.reserve(n);
        for (int i = 0; i < n; ++i)
            labels.append({xFor(panel.plot, i), metrics.horizontalAdvance(m_chart.labels.at(i))});
        panel.shownLabels =
            AxisTicks::labelsThatFit(labels, panel.area.left(), panel.area.right(), unit, m_anchorLabel);
    }
    return panels;
}

QRectF ChartPainter::valueLabelRect(const Panel& panel, qint64 tick, const QFontMetricsF& metrics) const
{
    const double unit = metrics.height();
    const double width = metrics.horizontalAdvance(axisLabel(tick, stepOf(panel)));
    const double right = panel.plot.left() - unit * 0.5;
    return QRectF(right - width, yFor(panel, tick) - unit / 2, width, unit);
}

QRectF ChartPainter::categoryLabelRect(const Panel& panel, int index, const QFontMetricsF& metrics) const
{
    const double unit = metrics.height();
    const AxisTicks::Label label{xFor(panel.plot, index), metrics.horizontalAdvance(m_chart.labels.at(index))};
    const QPair<double, double> extent = AxisTicks::extentOf(label, panel.area.left(), panel.area.right());
    return QRectF(extent.first, panel.plot.bottom() + unit * 0.7, extent.second - extent.first, unit);
}

QList<ChartPainter::PanelGeometry> ChartPainter::geometry(const QRectF& rect, const QFontMetricsF& metrics) const
{
    QList<PanelGeometry> result;
    const QList<Panel> panels = layout(rect, metrics);
    for (const Panel& panel : panels) {
        PanelGeometry g{panel.area, panel.plot, {}, {}};
        for (int t : panel.shownTicks)
            g.valueLabels.append(valueLabelRect(panel, panel.ticks.at(t), metrics));
        for (int i : panel.shownLabels)
            g.categoryLabels.append(categoryLabelRect(panel, i, metrics));
        result.append(g);
    }
    return result;
}

QList<QRectF> ChartPainter::plotRects(const QRectF& rect, const QFontMetricsF& metrics) const
{
    QList<QRectF> result;
    const QList<Panel> panels = layout(rect, metrics);
    for (const Panel& panel : panels)
        result.append(panel.plot);
    return result;
}

double ChartPainter::xFor(const QRectF& plot, int index) const
{
    // Each label owns a slot of equal width; points sit in the middle of their slot.
    const int n = std::max(1, int(m_chart.labels.size()));
    return plot.left() + (index + 0.5) * plot.width() / n;
}

double ChartPainter::yFor(const Panel& panel, qint64 cents)
{
    const double lo = double(panel.ticks.first());
    const double hi = double(panel.ticks.last());
    return panel.plot.bottom() - (double(cents) - lo) / (hi - lo) * panel.plot.height();
}

int ChartPainter::indexAt(const QRectF& rect, const QPointF& pos, const QFontMetricsF& metrics) const
{
    const int n = int(m_chart.labels.size());
    const QList<Panel> panels = layout(rect, metrics);
    for (const Panel& panel : panels) {
        if (panel.plot.width() <= 0 || pos.x() < panel.plot.left() || pos.x() >= panel.plot.right()
            || pos.y() < panel.area.top() || pos.y() > panel.area.bottom())
            continue;
        const int index = int((pos.x() - panel.plot.left()) / panel.plot.width() * n);
        return std::clamp(index, 0, n - 1);
    }
    return -1;
}

void ChartPainter::paint(QPainter* painter, const QRectF& rect, const QPalette& palette) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (m_fillBackground)
        painter->fillRect(rect, palette.color(QPalette::Base));
    const QFontMetricsF metrics(painter->font(), painter->device());
    const double unit = metrics.height();
    const QColor text = palette.color(QPalette::Text);

    if (!m_chart.title.isEmpty()) {
        painter->save();
        QFont bold = painter->font();
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(text);
        const QRectF titleRect(rect.left() + unit * 0.5, rect.top() + unit * 0.5, rect.width() - unit, unit * 1.2);
        painter->drawText(
            titleRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(bold, painter->device()).elidedText(m_chart.title, Qt::ElideRight, titleRect.width()));
        painter->restore();
    }

    if (m_chart.isEmpty()) {
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(rect, Qt::AlignCenter, tr("No data for this period"));
        painter->restore();
        return;
    }

    const QList<Panel> panels = layout(rect, metrics);
    for (const Panel& panel : panels) {
        if (panel.plot.width() <= 1 || panel.plot.height() <= 1)
            continue;
        paintPanel(painter, panel, palette, metrics);
        if (m_hoverIndex >= 0 && m_hoverIndex < m_chart.labels.size())
            paintHover(painter, panel, palette, metrics);
    }
    painter->restore();
}

void ChartPainter::paintPanel(QPainter* painter, const Panel& panel, const QPalette& palette,
                              const QFontMetricsF& metrics) const
{
    const double unit = metrics.height();
    const double pad = unit * 0.5;
    const double line = std::max(1.0, unit / 8.0);
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = withAlpha(text, 40);
    const int n = int(m_chart.labels.size());

    // Legend: the currency, then a swatch and the name of each series.
    double x = panel.area.left();
    const double legendY = panel.area.top();
    {
        QFont bold = painter->font();
        bold.setBold(true);
        painter->save();
        painter->setFont(bold);
        painter->setPen(text);
        const QFontMetricsF boldMetrics(bold, painter->device());
        painter->drawText(QRectF(x, legendY, panel.area.width(), unit), Qt::AlignLeft | Qt::AlignVCenter,
                          panel.currency);
        x += boldMetrics.horizontalAdvance(panel.currency) + unit;
        painter->restore();
    }
    for (int s : panel.seriesIndexes) {
        const QString name = m_chart.series.at(s).name;
        const double width = unit + pad * 0.5 + metrics.horizontalAdvance(name);
        if (x + width > panel.area.right())
            break; // no room: the legend is cut rather than overlapping
        painter->fillRect(QRectF(x, legendY + unit * 0.3, unit * 0.8, unit * 0.4), seriesColor(s, palette));
        painter->setPen(text);
        painter->drawText(QRectF(x + unit + pad * 0.5 - unit * 0.2, legendY, width, unit),
                          Qt::AlignLeft | Qt::AlignVCenter, name);
        x += width + unit;
    }

    // Value axis: grid lines at the round ticks, a stronger line at zero.
    const qint64 step = stepOf(panel);
    for (int t = 0; t < panel.ticks.size(); ++t) {
        const qint64 tick = panel.ticks.at(t);
        const double y = yFor(panel, tick);
        painter->setPen(QPen(tick == 0 ? withAlpha(text, 140) : grid, line));
        painter->drawLine(QPointF(panel.plot.left(), y), QPointF(panel.plot.right(), y));
        if (!panel.shownTicks.contains(t))
            continue;
        painter->setPen(text);
        painter->drawText(valueLabelRect(panel, tick, metrics), Qt::AlignRight | Qt::AlignVCenter,
                          axisLabel(tick, step));
    }

    // Label axis: the labels chosen by layout(), which never overlap.
    painter->setPen(text);
    for (int i : panel.shownLabels)
        painter->drawText(categoryLabelRect(panel, i, metrics), Qt::AlignCenter, m_chart.labels.at(i));
    const double slot = panel.plot.width() / n;

    // The series.
    painter->save();
    painter->setClipRect(panel.plot.adjusted(-line * 3, -line * 3, line * 3, line * 3));
    const double zeroY = yFor(panel, 0);
    const int seriesCount = int(panel.seriesIndexes.size());
    for (int k = 0; k < seriesCount; ++k) {
        const int s = panel.seriesIndexes.at(k);
        const ReportSeries& series = m_chart.series.at(s);
        const QColor color = seriesColor(s, palette);
        const int points = std::min<int>(n, int(series.valuesCents.size()));
        if (m_style == Style::Bars) {
            const double group = slot * 0.8;
            const double barWidth = group / seriesCount;
            for (int i = 0; i < points; ++i) {
                const double left = xFor(panel.plot, i) - group / 2 + k * barWidth;
                const double y = yFor(panel, series.valuesCents.at(i));
                painter->fillRect(QRectF(QPointF(left, std::min(y, zeroY)),
                                         QPointF(left + std::max(barWidth * 0.9, 1.0), std::max(y, zeroY))),
                                  color);
            }
        } else {
            QPainterPath path;
            for (int i = 0; i < points; ++i) {
                const QPointF p(xFor(panel.plot, i), yFor(panel, series.valuesCents.at(i)));
                if (i == 0)
                    path.moveTo(p);
                else
                    path.lineTo(p);
            }
            painter->setPen(QPen(color, line * 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(path);
            // A lone point has no line to show: a dot. Where points stand well apart, a small dot marks each.
            const double radius = points == 1 ? line * 3 : slot >= unit * 1.5 ? line * 1.6 : 0;
            if (radius > 0) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(color);
                for (int i = 0; i < points; ++i)
                    painter->drawEllipse(QPointF(xFor(panel.plot, i), yFor(panel, series.valuesCents.at(i))), radius,
                                         radius);
            }
        }
    }
    painter->restore();
}

void ChartPainter::paintHover(QPainter* painter, const Panel& panel, const QPalette& palette,
                              const QFontMetricsF& metrics) const
{
    const double unit = metrics.height();
    const double pad = unit * 0.5;
    const double line = std::max(1.0, unit / 8.0);
    const QColor text = palette.color(QPalette::Text);
    const double x = xFor(panel.plot, m_hoverIndex);

    const bool bars = m_style == Style::Bars;
    if (bars) {
        // Bars: the hovered group stands on a faint band (a dot on the line between bars reads oddly).
        const double slot = panel.plot.width() / std::max<qsizetype>(1, m_chart.labels.size());
        painter->fillRect(QRectF(x - slot / 2, panel.plot.top(), slot, panel.plot.height()), withAlpha(text, 22));
    } else {
        painter->setPen(QPen(withAlpha(text, 120), line, Qt::DashLine));
        painter->drawLine(QPointF(x, panel.plot.top()), QPointF(x, panel.plot.bottom()));
    }

    QStringList lines{detailLabel(m_hoverIndex)};
    for (int s : panel.seriesIndexes) {
        const ReportSeries& series = m_chart.series.at(s);
        if (m_hoverIndex >= series.valuesCents.size())
            continue;
        const qint64 value = series.valuesCents.at(m_hoverIndex);
        painter->setPen(QPen(palette.color(QPalette::Base), line));
        painter->setBrush(seriesColor(s, palette));
        if (!bars)
            painter->drawEllipse(QPointF(x, yFor(panel, value)), line * 3.5, line * 3.5);
        lines.append(tr("%1: %2").arg(series.name, valueLabel(value, series.currency)));
    }

    double width = 0;
    for (const QString& l : std::as_const(lines))
        width = std::max(width, metrics.horizontalAdvance(l));
    const QSizeF size(width + unit, unit * lines.size() + pad);
    QPointF topLeft(x + pad, panel.plot.top() + pad * 0.5);
    if (topLeft.x() + size.width() > panel.area.right())
        topLeft.setX(std::max(panel.area.left(), x - pad - size.width()));
    const QRectF box(topLeft, size);
    painter->setPen(QPen(withAlpha(text, 100), line));
    painter->setBrush(palette.color(QPalette::ToolTipBase));
    painter->drawRoundedRect(box, pad * 0.5, pad * 0.5);
    painter->setPen(palette.color(QPalette::ToolTipText));
    for (int i = 0; i < lines.size(); ++i)
        painter->drawText(QRectF(box.left() + pad, box.top() + pad * 0.5 + i * unit, width, unit),
                          Qt::AlignLeft | Qt::AlignVCenter, lines.at(i));
}

} // namespace sp
