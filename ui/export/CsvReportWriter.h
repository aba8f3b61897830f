#pragma once

#include "ReportWriter.h"

class QLocale;

namespace sp {

// How a CSV separates its fields and writes its decimals. A spreadsheet (Excel above all) reads a
// CSV with the separators of the computer's region: where the decimal mark is a comma (German,
// French, Italian, Spanish), fields are separated by semicolons and 1234.50 must be written
// 1234,50, or the columns run together and amounts turn into dates or text.
struct CsvStyle
{
    QChar separator = QLatin1Char(',');
    QChar decimalPoint = QLatin1Char('.');

    static CsvStyle international() { return {}; }    // comma and decimal point: any program reads it
    static CsvStyle forLocale(const QLocale& locale); // what that region's spreadsheet expects
    bool isInternational() const { return separator == QLatin1Char(',') && decimalPoint == QLatin1Char('.'); }
};

// RFC 4180 CSV in UTF-8: CRLF line ends, fields with a comma, quote, CR or LF quoted, quotes doubled.
// One header row of column titles, then one row per table row; no title lines above the table, so
// that any CSV reader sees a plain table (the title goes into the file name).
// Numbers are plain machine numbers ("1234.50", "-3"; the row's currency is in its own column;
// with a decimal-comma style "1234,50" and semicolons between fields), dates ISO 8601. Text cells that a spreadsheet would take for a formula are neutralised (CsvCell).
class CsvReportWriter final : public ReportWriter
{
public:
    CsvReportWriter() = default;

    // The UTF-8 byte order mark at the start (default on): without it, Excel on Windows reads a CSV
    // in the ANSI code page and shows "Müller" as "MÃ¼ller"; Python (utf-8-sig), LibreOffice and
    // Numbers accept it. Off for tools that want bare UTF-8.
    void setByteOrderMark(bool on) { m_byteOrderMark = on; }
    void setStyle(const CsvStyle& style) { m_style = style; }

    QString suffix() const override { return QStringLiteral("csv"); }
    ExportResult writeTo(const ReportTable& table, QFileDevice& out, const QString& shownPath,
                         ExportControl* control) override;

private:
    bool m_byteOrderMark = true;
    CsvStyle m_style;
};

} // namespace sp
