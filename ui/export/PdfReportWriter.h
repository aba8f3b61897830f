#pragma once

#include "ReportWriter.h"

#include <QCoreApplication>
#include <QLocale>

namespace sp {

// An A4 PDF (QPdfWriter): title, period, marketplaces and data-as-of, the report's chart
// (ChartPainter), then the table over as many pages as it needs, its header repeated on each page
// and "Page n of m" at the foot. Numbers are right-aligned and localised; a cell too long for its
// column is shortened with an ellipsis (the CSV and XLSX exports keep every character).
class PdfReportWriter final : public ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(sp::PdfReportWriter)

public:
    PdfReportWriter() = default;

    void setLocale(const QLocale& locale) { m_locale = locale; }

    QString suffix() const override { return QStringLiteral("pdf"); }
    ExportResult writeTo(const ReportTable& table, QFileDevice& out, const QString& shownPath,
                         ExportControl* control) override;

private:
    QLocale m_locale;
};

} // namespace sp
