#include "CsvReportWriter.h"

#include "ExportControl.h"
#include "ExportLog.h"
#include "FileErrorText.h"
#include "ReportCellText.h"

#include <QFileDevice>

namespace sp {

namespace {

constexpr qsizetype kFlushBytes = 256 * 1024;

bool looksLikeFormula(QChar first)
{
    switch (first.unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
    case 0xFF1D: // full-width = + - @: some spreadsheets fold them to the ASCII forms
    case 0xFF0B:
    case 0xFF0D:
    case 0xFF20:
        return true;
    default:
        return false;
    }
}

} // namespace

QString CsvReportWriter::neutralised(const QString& text)
{
    if (text.isEmpty() || !looksLikeFormula(text.at(0)))
        return text;
    return QLatin1Char('\'') + text;
}

void CsvReportWriter::appendField(QByteArray& out, const QString& text)
{
    bool quote = false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == ',' || u == '"' || u == '\r' || u == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += text.toUtf8();
        return;
    }
    out += '"';
    QString doubled = text;
    doubled.replace(QLatin1Char('"'), QLatin1String("\"\""));
    out += doubled.toUtf8();
    out += '"';
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
            buffer += ',';
        appendField(buffer, neutralised(columns.at(c).title));
    }
    buffer += "\r\n";

    const qint64 total = table.rows.size();
    qint64 done = 0;
    for (const QVariantList& row : table.rows) {
        for (int c = 0; c < columns.size(); ++c) {
            if (c > 0)
                buffer += ',';
            const QVariant value = c < row.size() ? row.at(c) : QVariant();
            const ReportColumn::Kind kind = columns.at(c).kind;
            const QString text = ReportCellText::machine(kind, value);
            // Only text is neutralised: a number such as -12.50 must stay a number.
            appendField(buffer, kind == ReportColumn::Kind::Text ? neutralised(text) : text);
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
