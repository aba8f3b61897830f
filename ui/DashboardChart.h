#pragma once

#include "ChartPainter.h"
#include "ChartSeriesAggregation.h"
#include "reports/ReportTypes.h"

#include <QWidget>

namespace sp {

// The dashboard's revenue and profit chart (and the reports page's): ChartPainter on a widget, drawn
// in the widget's palette (light or dark), with the values of the day, week or month under the mouse
// (or chosen with the arrow keys) read out beside a cursor line.
class DashboardChart : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardChart(QWidget* parent = nullptr);

    // A chart as it comes (the reports page's): lines, the labels as the read-out's headings.
    void setChart(const ReportChart& chart);

    // Revenue and net profit per currency over a period: its days, weeks or months
    // (ChartSeriesAggregation), with what the read-out says of each point.
    struct Content
    {
        ReportChart chart;
        QStringList details; // per label: "Sunday, 6 December 2026", "3 Nov to 9/11/2026", "November 2026"
        ChartSeriesAggregation::Step step = ChartSeriesAggregation::Step::Day;
        int anchorLabel = 0; // shown whatever labels the axis skips: the first January, which names its year
    };
    static Content revenueAndProfit(const QList<DailyPoint>& daily, const Period& period, const QLocale& locale);
    static QString titleFor(ChartSeriesAggregation::Step step); // "Revenue and net profit by week"
    // Days as lines with points, weeks and months as bars.
    void setContent(const Content& content);
    // Each currency's plot at least this tall (the dashboard's); 0: as tall as the layout gives.
    void setMinimumPlotHeight(int pixels);

    const ReportChart& chart() const { return m_painter.chart(); }
    int hoverIndex() const { return m_painter.hoverIndex(); }
    // The values at the hover index as one readable line (also the accessible description).
    QString hoverText() const;
    // Where the values are drawn now (one rectangle per currency), in widget coordinates.
    QList<QRectF> plotRects() const;

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
    int heightFor(int plotHeight) const;

    ChartPainter m_painter;
    int m_minimumPlotHeight = 0;
};

} // namespace sp
