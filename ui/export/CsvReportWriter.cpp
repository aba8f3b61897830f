#include "CsvReportWriter.h"

#include "ExportControl.h"
#include "ExportLog.h"
#include "FileErrorText.h"
#include "ReportCellText.h"
#include "common/CsvCell.h"

#include <QFileDevice>
#include <QLocale>

namespace sp {

namespace {

constexpr qsizetype kFlushBytes = 256 * 1024;

} // namespace

CsvStyle CsvStyle::forLocale(const QLocale& locale)
{
    CsvStyle style;
    if (locale.decimalPoint() == QLatin1String(",")) {
        style.separator = QLatin1Char(';');
        style.decimalPoint = QLatin1Char(',');
    }
    return style;
}

ExportResult CsvReportWriter::writeTo(const ReportTable& table, QFileDevice& file, const QString& path,
                                      ExportControl* control)
{
    QByteArray buffer;
    buffer.reserve(kFlushBytes + 4096);
    if (m_byteOrderMark)
        buffer += QByteArrayLiteral("\xEF\xBB\xBF");

    const QList<ReportColumn>& columns = table.columns;
    for (int c = 0; c < columns.size(); ++c) {
        if (c > 0)
            buffer += m_style.separator.toLatin1();
        CsvCell::appendField(buffer, CsvCell::neutralised(columns.at(c).title), m_style.separator);
    }
    buffer += "\r\n";

    const qint64 total = table.rows.size();
    qint64 done = 0;
    for (const QVariantList& row : table.rows) {
        for (int c = 0; c < columns.size(); ++c) {
            if (c > 0)
                buffer += m_style.separator.toLatin1();
            const QVariant value = c < row.size() ? row.at(c) : QVariant();
            const ReportColumn::Kind kind = columns.at(c).kind;
            QString text = ReportCellText::machine(kind, value);
            if (kind != ReportColumn::Kind::Text && kind != ReportColumn::Kind::Date)
                text.replace(QLatin1Char('.'), m_style.decimalPoint); // machine numbers have no grouping
            // Only text is neutralised: a number such as -12.50 must stay a number.
            CsvCell::appendField(buffer, kind == ReportColumn::Kind::Text ? CsvCell::neutralised(text) : text,
                                 m_style.separator);
        }
        buffer += "\r\n";
        if (buffer.size() >= kFlushBytes) {
            if (file.write(buffer) != buffer.size())
                return ExportResult::failed(FileErrorText::forWrite(path, file));
            buffer.clear();
        }
        ++done;
        if (control && !control->rowDone(done, total)) {
            qCInfo(lcExport) << "CSV export cancelled after" << done << "of" << total << "rows";
            return ExportResult::cancelled();
        }
    }
    if (file.write(buffer) != buffer.size() || !file.flush() || file.error() != QFileDevice::NoError)
        return ExportResult::failed(FileErrorText::forWrite(path, file));
    return ExportResult::ok(path);
}

} // namespace sp
