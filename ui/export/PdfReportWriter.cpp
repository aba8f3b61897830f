#include "PdfReportWriter.h"

#include "ChartPainter.h"
#include "ExportControl.h"
#include "ExportLog.h"
#include "FileErrorText.h"
#include "ReportCellText.h"
#include "ReportHeaderText.h"

#include <QFile>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace sp {

namespace {

constexpr int kResolution = 300;      // dots per inch of the PDF's coordinate system
constexpr int kWidthSampleRows = 500; // rows measured to size the columns
constexpr double kTableFontPt = 8.0;
constexpr double kChartFontPt = 7.5;
constexpr double kChartPlotInches = 0.75; // each currency's plot: room for four or five round ticks
constexpr int kMaxBarLabels = 40;

// The table's geometry on a page, in device pixels.
struct TableLayout
{
    QList<double> widths;
    double rowHeight = 0;
    double padding = 0;
};

QString cellDisplay(const ReportColumn& column, const QVariant& value, const QLocale& locale)
{
    QString text = ReportCellText::display(column.kind, value, locale);
    if (column.kind == ReportColumn::Kind::Text) {
        // One line per row: line breaks inside a cell become spaces.
        text.replace(QLatin1String("\r\n"), QLatin1String(" "));
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        text.replace(QLatin1Char('\r'), QLatin1Char(' '));
        text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    }
    return text;
}

TableLayout tableLayout(const ReportTable& table, const QFontMetricsF& metrics, const QFontMetricsF& bold,
                        double available, const QLocale& locale)
{
    TableLayout layout;
    layout.padding = metrics.height() * 0.35;
    layout.rowHeight = metrics.height() * 1.45;
    const int columnCount = int(table.columns.size());
    QList<double> natural(columnCount, 0.0);
    const int sample = int(std::min<qsizetype>(table.rows.size(), kWidthSampleRows));
    for (int c = 0; c < columnCount; ++c) {
        const ReportColumn& column = table.columns.at(c);
        double width = bold.horizontalAdvance(column.title);
        for (int r = 0; r < sample; ++r) {
            const QVariantList& row = table.rows.at(r);
            if (c < row.size())
                width = std::max(width, metrics.horizontalAdvance(cellDisplay(column, row.at(c), locale)));
        }
        natural[c] = width + 2 * layout.padding;
    }
    double total = 0;
    double textTotal = 0;
    for (int c = 0; c < columnCount; ++c) {
        total += natural.at(c);
        if (table.columns.at(c).kind == ReportColumn::Kind::Text)
            textTotal += natural.at(c);
    }
    layout.widths = natural;
    if (total <= 0)
        return layout;
    if (total > available) {
        // Too wide: text columns give up room first (their cells are elided); numbers keep theirs.
        const double excess = total - available;
        if (textTotal > excess * 1.25) {
            for (int c = 0; c < columnCount; ++c) {
                if (table.columns.at(c).kind == ReportColumn::Kind::Text)
                    layout.widths[c] = natural.at(c) * (textTotal - excess) / textTotal;
            }
        } else {
            for (int c = 0; c < columnCount; ++c)
                layout.widths[c] = natural.at(c) * available / total;
        }
    } else if (textTotal > 0) {
        // Room to spare: the text columns get it, so that the table spans the page.
        for (int c = 0; c < columnCount; ++c) {
            if (table.columns.at(c).kind == ReportColumn::Kind::Text)
                layout.widths[c] = natural.at(c) + (available - total) * natural.at(c) / textTotal;
        }
    }
    return layout;
}

QPalette printPalette()
{
    // Paper is white whatever the desktop's theme.
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::PlaceholderText, Qt::darkGray);
    palette.setColor(QPalette::ToolTipBase, Qt::white);
    palette.setColor(QPalette::ToolTipText, Qt::black);
    return palette;
}

QFont fontOfSize(double points, bool boldFont = false)
{
    QFont font;
    font.setPointSizeF(points);
    font.setBold(boldFont);
    // No ligatures for scripts that need no shaping: with them "Profit" is stored as "Pro\uFB01t", and
    // searching or copying the PDF's text finds no "Profit". Scripts that need shaping keep it.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

ExportResult PdfReportWriter::writeTo(const ReportTable& table, QFileDevice& file, const QString& path,
                                      ExportControl* control)
{
    QPdfWriter writer(&file);
    writer.setResolution(kResolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(table.columns.size() > 8 ? QPageLayout::Landscape : QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(table.title);
    writer.setCreator(QStringLiteral("SellerPulse"));

    QPainter painter;
    if (!painter.begin(&writer))
        return ExportResult::failed(tr("The PDF could not be started: %1").arg(file.errorString()));

    const QRectF page(0, 0, writer.width(), writer.height());
    const QFont tableFont = fontOfSize(kTableFontPt);
    const QFont headerFont = fontOfSize(kTableFontPt, true);
    const QFont titleFont = fontOfSize(16, true);
    const QFont metaFont = fontOfSize(9);
    const QFontMetricsF tableMetrics(tableFont, &writer);
    const QFontMetricsF headerMetrics(headerFont, &writer);
    const QFontMetricsF titleMetrics(titleFont, &writer);
    const QFontMetricsF metaMetrics(metaFont, &writer);

    const TableLayout layout = tableLayout(table, tableMetrics, headerMetrics, page.width(), m_locale);
    const double footerHeight = tableMetrics.height() * 2;
    const double tableBottom = page.bottom() - footerHeight;

    // The first page: title block, then the chart, then the table.
    double firstTableTop = titleMetrics.height() * 1.3 + metaMetrics.height() * 3.4;
    QRectF chartRect;
    ChartPainter chart(table.chart);
    chart.setLocale(m_locale);
    chart.setFillBackground(false);
    // A few labels (months, kinds of fee) read best as bars; many (days) as lines.
    chart.setStyle(table.chart.labels.size() <= kMaxBarLabels ? ChartPainter::Style::Bars : ChartPainter::Style::Lines);
    const QFont chartFont = fontOfSize(kChartFontPt);
    if (!table.chart.isEmpty()) {
        // Each currency's plot as tall as its axis needs to be read (kChartPlotInches), the whole at most
        // about half the page: the table follows.
        const double plotHeight = kChartPlotInches * kResolution;
        const int panels = int(chart.currencies().size());
        const double chartHeight =
            std::min(page.height() * 0.55, chart.heightFor(panels, plotHeight, QFontMetricsF(chartFont, &writer)));
        chartRect = QRectF(0, firstTableTop, page.width(), chartHeight);
        firstTableTop += chartHeight + tableMetrics.height();
    }
    const qint64 total = table.rows.size();
    const auto capacity = [&](double top) {
        return std::max<qint64>(1, qint64(std::floor((tableBottom - top - layout.rowHeight) / layout.rowHeight)));
    };
    const qint64 firstCapacity = capacity(firstTableTop);
    const qint64 otherCapacity = capacity(0);
    const qint64 pages = total <= firstCapacity ? 1 : 1 + (total - firstCapacity + otherCapacity - 1) / otherCapacity;

    const QColor ruleColour(0x99, 0x99, 0x99);
    const QColor stripeColour(0xf2, 0xf2, 0xf2);
    const auto drawRow = [&](double top, const QStringList& cells, bool header) {
        double x = 0;
        painter.setFont(header ? headerFont : tableFont);
        const QFontMetricsF& metrics = header ? headerMetrics : tableMetrics;
        for (int c = 0; c < cells.size(); ++c) {
            const double width = layout.widths.at(c);
            const QRectF cell(x + layout.padding, top, width - 2 * layout.padding, layout.rowHeight);
            const bool numeric = ReportCellText::isNumeric(table.columns.at(c).kind);
            painter.drawText(cell, Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft),
                             numeric ? cells.at(c) : metrics.elidedText(cells.at(c), Qt::ElideRight, cell.width()));
            x += width;
        }
    };
    QStringList headerCells;
    for (const ReportColumn& column : table.columns)
        headerCells.append(column.title);
    const auto drawHeader = [&](double top) {
        painter.setPen(Qt::black);
        drawRow(top, headerCells, true);
        painter.setPen(QPen(ruleColour, kResolution / 150.0));
        painter.drawLine(QPointF(0, top + layout.rowHeight), QPointF(page.width(), top + layout.rowHeight));
        return top + layout.rowHeight;
    };
    const auto drawFooter = [&](qint64 pageNumber) {
        painter.setFont(metaFont);
        painter.setPen(Qt::darkGray);
        const QRectF footer(0, page.bottom() - metaMetrics.height(), page.width(), metaMetrics.height());
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                         metaMetrics.elidedText(table.title, Qt::ElideRight, page.width() * 0.6));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(pageNumber).arg(pages));
    };

    // Title block.
    painter.setPen(Qt::black);
    painter.setFont(titleFont);
    painter.drawText(QRectF(0, 0, page.width(), titleMetrics.height() * 1.3), Qt::AlignLeft | Qt::AlignVCenter,
                     titleMetrics.elidedText(table.title, Qt::ElideRight, page.width()));
    painter.setFont(metaFont);
    const QStringList metaLines{ReportHeaderText::period(table), ReportHeaderText::marketplaces(table),
                                ReportHeaderText::dataAsOf(table)};
    double y = titleMetrics.height() * 1.3;
    for (const QString& line : metaLines) {
        painter.drawText(QRectF(0, y, page.width(), metaMetrics.height() * 1.1), Qt::AlignLeft | Qt::AlignVCenter,
                         metaMetrics.elidedText(line, Qt::ElideRight, page.width()));
        y += metaMetrics.height() * 1.1;
    }
    if (!chartRect.isNull()) {
        painter.setFont(chartFont);
        chart.paint(&painter, chartRect, printPalette());
    }

    qint64 pageNumber = 1;
    y = drawHeader(firstTableTop);
    qint64 onPage = 0;
    qint64 pageCapacity = firstCapacity;
    if (total == 0) {
        painter.setFont(tableFont);
        painter.setPen(Qt::darkGray);
        painter.drawText(QRectF(0, y, page.width(), layout.rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("No rows for this period."));
    }
    qint64 done = 0;
    for (const QVariantList& row : table.rows) {
        if (onPage == pageCapacity) {
            drawFooter(pageNumber);
            if (!writer.newPage())
                return ExportResult::failed(FileErrorText::forWrite(path, file));
            ++pageNumber;
            onPage = 0;
            pageCapacity = otherCapacity;
            y = drawHeader(0);
        }
        if (done % 2 == 1)
            painter.fillRect(QRectF(0, y, page.width(), layout.rowHeight), stripeColour);
        QStringList cells;
        cells.reserve(table.columns.size());
        for (int c = 0; c < table.columns.size(); ++c)
            cells.append(cellDisplay(table.columns.at(c), c < row.size() ? row.at(c) : QVariant(), m_locale));
        painter.setPen(Qt::black);
        drawRow(y, cells, false);
        y += layout.rowHeight;
        ++onPage;
        ++done;
        if (control && !control->rowDone(done, total)) {
            qCInfo(lcExport) << "PDF export cancelled after" << done << "of" << total << "rows";
            painter.end();
            return ExportResult::cancelled();
        }
    }
    drawFooter(pageNumber);
    if (!painter.end())
        return ExportResult::failed(FileErrorText::forWrite(path, file));
    if (file.error() != QFileDevice::NoError || !file.flush())
        return ExportResult::failed(FileErrorText::forWrite(path, file));
    return ExportResult::ok(path);
}

} // namespace sp
