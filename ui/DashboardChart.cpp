#include "DashboardChart.h"

#include "MoneyText.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QLocale>
#include <QMap>
#include <QMouseEvent>
#include <QPainter>

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

ReportChart DashboardChart::dailyChart(const QList<DailyPoint>& daily, const Period& period)
{
    ReportChart chart;
    chart.title = tr("Daily revenue and net profit");
    if (!period.isValid())
        return chart;
    const QLocale locale;
    for (QDate day = period.from; day <= period.to; day = day.addDays(1))
        chart.labels << locale.toString(day, QLocale::ShortFormat);
    // Per currency: a revenue and a profit series over every day (days without sales are 0).
    QMap<QString, QPair<QList<qint64>, QList<qint64>>> byCurrency;
    const int days = int(period.days());
    for (const DailyPoint& point : daily) {
        auto it = byCurrency.find(point.currency);
        if (it == byCurrency.end())
            it = byCurrency.insert(point.currency, {QList<qint64>(days, 0), QList<qint64>(days, 0)});
        const qint64 at = period.from.daysTo(point.day);
        if (at < 0 || at >= days)
            continue;
        it->first[at] += point.revenueCents;
        it->second[at] += point.netProfitCents;
    }
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it) {
        chart.series.append({tr("Revenue"), it.key(), it->first});
        chart.series.append({tr("Net profit"), it.key(), it->second});
    }
    return chart;
}

void DashboardChart::setChart(const ReportChart& chart)
{
    m_painter.setChart(chart);
    m_painter.setHoverIndex(-1);
    setAccessibleDescription(chart.isEmpty() ? tr("No sales in this period") : QString());
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
    return tr("%1 - %2").arg(chart.labels.at(index), parts.join(QLatin1String(", ")));
}

QList<QRectF> DashboardChart::plotRects() const { return m_painter.plotRects(QRectF(rect()), QFontMetricsF(font())); }

QSize DashboardChart::sizeHint() const { return {600, 260}; }

QSize DashboardChart::minimumSizeHint() const { return {240, 160}; }

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
    setToolTip(hoverText());
    setAccessibleDescription(hoverText());
    update();
    emit hoverChanged(index);
}

} // namespace sp
