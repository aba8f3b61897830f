// libFuzzer target: a report table written by CsvReportWriter, read back with an independent
// RFC 4180 parser. Every cell must come back exactly as the writer's own text for it (the
// neutralised text for Text cells), and no Text cell may start like a spreadsheet formula.
// Input: byte 0 = column count (1..4), then one kind byte per column, then the cells: Text up to
// the next 0x1F byte (UTF-8), Integer/Money 8 bytes, Percent 8 bytes (a double), Date 4 bytes.
#include "CsvReportWriter.h"
#include "common/CsvCell.h"
#include "FuzzJson.h"
#include "ReportCellText.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>

#include <cstring>

namespace {

// Reads RFC 4180 records (CRLF line ends, "" inside quotes); nullopt when the text is not valid CSV.
std::optional<QList<QStringList>> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i) == QLatin1Char('"') && field.isEmpty()) {
            ++i;
            for (;;) {
                if (i >= n)
                    return std::nullopt; // unterminated quote
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
            if (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r'))
                return std::nullopt; // text after a closing quote
        }
        if (i < n && text.at(i) == QLatin1Char(',')) {
            record << field;
            field.clear();
            ++i;
        } else if (i < n && text.at(i) == QLatin1Char('\r')) {
            if (i + 1 >= n || text.at(i + 1) != QLatin1Char('\n'))
                return std::nullopt; // a bare CR outside quotes
            record << field;
            records << record;
            record.clear();
            field.clear();
            i += 2;
        } else if (i < n) {
            if (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\n'))
                return std::nullopt; // a quote or LF inside an unquoted field
            field += text.at(i++);
        }
    }
    if (!record.isEmpty() || !field.isEmpty())
        return std::nullopt; // the last record lacks its CRLF
    return records;
}

bool looksLikeFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    static const QString starts = QStringLiteral("=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20");
    return starts.contains(text.at(0));
}

template <typename T>
bool take(const uint8_t*& data, size_t& size, T* out)
{
    if (size < sizeof(T))
        return false;
    std::memcpy(out, data, sizeof(T));
    data += sizeof(T);
    size -= sizeof(T);
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using Kind = sp::ReportColumn::Kind;
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("fuzz.csv"));
    if (size < 2 || !dir.isValid())
        return 0;
    sp::ReportTable table;
    const int columns = 1 + data[0] % 4;
    ++data;
    --size;
    for (int c = 0; c < columns && size > 0; ++c) {
        static const Kind kinds[] = {Kind::Text, Kind::Integer, Kind::Money, Kind::Percent, Kind::Date};
        table.columns.append({QStringLiteral("c%1").arg(c), QStringLiteral("Column %1").arg(c), kinds[data[0] % 5]});
        ++data;
        --size;
    }
    if (table.columns.size() != columns)
        return 0;
    while (size > 0 && table.rows.size() < 64) {
        QVariantList row;
        for (const sp::ReportColumn& column : std::as_const(table.columns)) {
            switch (column.kind) {
            case Kind::Text: {
                const uint8_t* end = static_cast<const uint8_t*>(std::memchr(data, 0x1f, size));
                const size_t length = end ? size_t(end - data) : size;
                row << QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(length));
                data += length;
                size -= length;
                if (size > 0) { // the separator
                    ++data;
                    --size;
                }
                break;
            }
            case Kind::Integer:
            case Kind::Money: {
                qint64 value = 0;
                if (take(data, size, &value))
                    row << value;
                break;
            }
            case Kind::Percent: {
                double value = 0;
                if (take(data, size, &value))
                    row << value;
                break;
            }
            case Kind::Date: {
                qint32 day = 0;
                if (take(data, size, &day))
                    row << QDate::fromJulianDay(day);
                break;
            }
            }
        }
        while (row.size() < columns)
            row << QVariant(); // an empty cell
        table.rows << row;
    }

    sp::CsvReportWriter writer;
    if (!writer.write(table, path, nullptr).isOk())
        __builtin_trap(); // a temporary folder is always writable
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        __builtin_trap();
    QByteArray bytes = file.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        __builtin_trap();
    const auto records = parseCsv(QString::fromUtf8(bytes.mid(3)));
    if (!records || records->size() != table.rows.size() + 1)
        __builtin_trap();
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList& got = records->at(r + 1);
        if (got.size() != columns)
            __builtin_trap();
        for (int c = 0; c < columns; ++c) {
            const Kind kind = table.columns.at(c).kind;
            const QString text = sp::ReportCellText::machine(kind, table.rows.at(r).at(c));
            const QString expected = kind == Kind::Text ? sp::CsvCell::neutralised(text) : text;
            if (got.at(c) != expected)
                __builtin_trap();
            if (kind == Kind::Text && looksLikeFormula(got.at(c)))
                __builtin_trap();
        }
    }
    return 0;
}
