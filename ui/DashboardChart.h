#pragma once

#include "ChartPainter.h"
#include "reports/ReportTypes.h"

#include <QWidget>

namespace sp {

// The dashboard's daily revenue and profit chart: ChartPainter on a widget, drawn in the widget's
// palette (light or dark), with the values of the day under the mouse (or chosen with the arrow
// keys) shown beside a cursor line.
class DashboardChart : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardChart(QWidget* parent = nullptr);

    void setChart(const ReportChart& chart);
    const ReportChart& chart() const { return m_painter.chart(); }
    int hoverIndex() const { return m_painter.hoverIndex(); }
    // The values at the hover index as one readable line (also the accessible description).
    QString hoverText() const;
    // Where the values are drawn now (one rectangle per currency), in widget coordinates.
    QList<QRectF> plotRects() const;

    // Daily revenue and net profit per currency, one label per day of `period`.
    static ReportChart dailyChart(const QList<DailyPoint>& daily, const Period& period);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void hoverChanged(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void setHover(int index);

    ChartPainter m_painter;
};

} // namespace sp
