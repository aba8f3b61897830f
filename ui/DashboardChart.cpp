#include "DashboardChart.h"

#include "MoneyText.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QLocale>
#include <QMap>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>

#include <cmath>

namespace sp {

DashboardChart::DashboardChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardChart"));
    setAccessibleName(tr("Daily revenue and net profit"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus); // the arrow keys move the cursor line: no mouse needed
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_painter.setLocale(locale());
}

namespace {

// The locale's short date without its year ("M/d", "dd.MM", "d MMM"): axis labels of days and weeks.
QString dayMonthFormat(const QLocale& locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression year(QStringLiteral("[\\s.,/\\-]*y+[\\s.,/\\-]*"));
    const QRegularExpressionMatch match = year.match(format);
    if (!match.hasMatch())
        return format;
    // Keep one separator when the year stood between two parts ("d. MMM y" never; "y/M/d" at the start).
    const bool atStart = match.capturedStart() == 0;
    const bool atEnd = match.capturedEnd() == format.size();
    QString separator;
    if (!atStart && !atEnd)
        separator = match.captured().trimmed().left(1);
    format.replace(match.capturedStart(), match.capturedLength(), separator);
    return format.trimmed();
}

} // namespace

DashboardChart::Content DashboardChart::revenueAndProfit(const QList<DailyPoint>& daily, const Period& period,
                                                         const QLocale& locale)
{
    using Aggregation = ChartSeriesAggregation;
    Content content;
    if (!period.isValid())
        return content;
    content.step = Aggregation::stepFor(period);
    const QList<Aggregation::Bucket> buckets = Aggregation::buckets(period, content.step);
    const QString dayMonth = dayMonthFormat(locale);
    for (int i = 0; i < buckets.size(); ++i) {
        const Aggregation::Bucket& bucket = buckets.at(i);
        const QString span =
            tr("%1 to %2")
                .arg(locale.toString(bucket.from, dayMonth), locale.toString(bucket.to, QLocale::ShortFormat));
        switch (content.step) {
        case Aggregation::Step::Day:
            content.chart.labels << locale.toString(bucket.from, dayMonth);
            content.details << locale.toString(bucket.from, QLocale::LongFormat);
            break;
        case Aggregation::Step::Week:
            content.chart.labels << locale.toString(bucket.from, dayMonth);
            content.details << span;
            break;
        case Aggregation::Step::Month: {
            // The month's short name; its year where the year begins and at the first month.
            const int month = bucket.from.month();
            QString label = locale.standaloneMonthName(month, QLocale::ShortFormat);
            if (i == 0 || month == 1)
                label += QLatin1Char(' ') + QString::number(bucket.from.year());
            if (month == 1 && content.anchorLabel == 0)
                content.anchorLabel = i;
            content.chart.labels << label;
            const bool whole = bucket.from.day() == 1 && bucket.to.day() == bucket.to.daysInMonth();
            content.details << (whole ? locale.standaloneMonthName(month, QLocale::LongFormat) + QLatin1Char(' ')
                                            + QString::number(bucket.from.year())
                                      : span);
            break;
        }
        }
    }
    // Per currency: revenue and profit summed into the buckets (days without sales add nothing).
    QMap<QString, QPair<QList<QPair<QDate, qint64>>, QList<QPair<QDate, qint64>>>> byCurrency;
    for (const DailyPoint& point : daily) {
        auto& values = byCurrency[point.currency];
        values.first.append({point.day, point.revenueCents});
        values.second.append({point.day, point.netProfitCents});
    }
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it) {
        content.chart.series.append({tr("Revenue"), it.key(), Aggregation::sum(buckets, it->first)});
        content.chart.series.append({tr("Net profit"), it.key(), Aggregation::sum(buckets, it->second)});
    }
    return content;
}

QString DashboardChart::titleFor(ChartSeriesAggregation::Step step)
{
    switch (step) {
    case ChartSeriesAggregation::Step::Week:
        return tr("Revenue and net profit by week");
    case ChartSeriesAggregation::Step::Month:
        return tr("Revenue and net profit by month");
    case ChartSeriesAggregation::Step::Day:
        break;
    }
    return tr("Daily revenue and net profit");
}

void DashboardChart::setContent(const Content& content)
{
    setAccessibleName(titleFor(content.step));
    setChart(content.chart);
    m_painter.setAnchorLabel(content.anchorLabel);
    m_painter.setStyle(content.step == ChartSeriesAggregation::Step::Day ? ChartPainter::Style::Lines
                                                                         : ChartPainter::Style::Bars);
    m_painter.setDetailLabels(content.details);
}

void DashboardChart::setMinimumPlotHeight(int pixels)
{
    m_minimumPlotHeight = pixels;
    setSizePolicy(QSizePolicy::Expanding, pixels > 0 ? QSizePolicy::Fixed : QSizePolicy::Preferred);
    updateGeometry();
}

int DashboardChart::heightFor(int plotHeight) const
{
    const int panels = std::max<int>(1, int(m_painter.currencies().size()));
    return int(std::ceil(m_painter.heightFor(panels, plotHeight, QFontMetricsF(font()))));
}

void DashboardChart::setChart(const ReportChart& chart)
{
    m_painter.setChart(chart);
    m_painter.setStyle(ChartPainter::Style::Lines);
    m_painter.setDetailLabels({});
    m_painter.setAnchorLabel(0);
    m_painter.setHoverIndex(-1);
    setAccessibleDescription(chart.isEmpty() ? tr("No sales in this period") : QString());
    updateGeometry(); // its height follows the number of currencies
    update();
}

QString DashboardChart::hoverText() const
{
    const ReportChart& chart = m_painter.chart();
    const int index = m_painter.hoverIndex();
    if (index < 0 || index >= chart.labels.size())
        return {};
    QStringList parts;
    for (const ReportSeries& series : chart.series) {
        if (index < series.valuesCents.size())
            parts << tr("%1: %2").arg(series.name, MoneyText::format(series.valuesCents.at(index), series.currency));
    }
    return tr("%1 - %2").arg(m_painter.detailLabel(index), parts.join(QLatin1String(", ")));
}

QList<QRectF> DashboardChart::plotRects() const { return m_painter.plotRects(QRectF(rect()), QFontMetricsF(font())); }

QSize DashboardChart::sizeHint() const
{
    if (m_minimumPlotHeight <= 0)
        return {600, 260};
    return {600, heightFor(m_minimumPlotHeight + fontMetrics().height() * 2)};
}

QSize DashboardChart::minimumSizeHint() const
{
    if (m_minimumPlotHeight <= 0)
        return {240, 160};
    return {240, heightFor(m_minimumPlotHeight)};
}

void DashboardChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    m_painter.paint(&painter, QRectF(rect()), palette());
    if (hasFocus()) {
        painter.setPen(palette().color(QPalette::Highlight));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void DashboardChart::mouseMoveEvent(QMouseEvent* event)
{
    setHover(m_painter.indexAt(QRectF(rect()), event->position(), QFontMetricsF(font())));
}

void DashboardChart::leaveEvent(QEvent* event)
{
    setHover(-1);
    QWidget::leaveEvent(event);
}

void DashboardChart::keyPressEvent(QKeyEvent* event)
{
    const int count = int(m_painter.chart().labels.size());
    const int index = m_painter.hoverIndex();
    switch (event->key()) {
    case Qt::Key_Left:
        setHover(count == 0 ? -1 : qMax(0, index < 0 ? count - 1 : index - 1));
        break;
    case Qt::Key_Right:
        setHover(count == 0 ? -1 : qMin(count - 1, index + 1));
        break;
    case Qt::Key_Home:
        setHover(count == 0 ? -1 : 0);
        break;
    case Qt::Key_End:
        setHover(count - 1);
        break;
    case Qt::Key_Escape:
        setHover(-1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void DashboardChart::changeEvent(QEvent* event)
{
    // Light or dark: the painter takes the palette at each paint; the locale for its labels.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LocaleChange) {
        m_painter.setLocale(locale());
        update();
    }
    QWidget::changeEvent(event);
}

void DashboardChart::setHover(int index)
{
    if (index == m_painter.hoverIndex())
        return;
    m_painter.setHoverIndex(index);
    // The read-out is painted beside the cursor; no tooltip repeats it over the chart.
    setAccessibleDescription(hoverText());
    update();
    emit hoverChanged(index);
}

} // namespace sp
