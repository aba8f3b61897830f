#pragma once

#include "ReportWriter.h"

#include <QCoreApplication>

namespace sp {

// An Excel workbook (libxlsxwriter): the title, period, marketplaces and data-as-of lines at the
// top (and the title in the document properties), a bold frozen header row with a filter, then one
// row per table row. Numbers are numbers, dates real Excel dates, money a number in its row's
// currency format, percent a percentage. Text is written as text, never as a formula (line breaks
// as Excel's LF).
class XlsxReportWriter final : public ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(sp::XlsxReportWriter)

public:
    XlsxReportWriter() = default;

    QString suffix() const override { return QStringLiteral("xlsx"); }
    ExportResult writeTo(const ReportTable& table, QFileDevice& out, const QString& shownPath,
                         ExportControl* control) override;

    // Rows of the table's header: the data starts below it (0-based sheet rows).
    static constexpr int kHeaderRow = 4;
    // Excel's limit of rows per sheet.
    static constexpr qint64 kMaxSheetRows = 1048576;
};

} // namespace sp
