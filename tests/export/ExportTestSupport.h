#pragma once

#include "reports/ReportTypes.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

// Hand-made report tables with the cells that break naive exporters, and the independent readers
// (Python's csv module and openpyxl, pdftotext) that read the exports back.
namespace sp::test {

// XLSX export loads libxlsxwriter with RTLD_DEEPBIND (ui/export/XlsxLibrary.cpp: QuaZip's zip symbols
// would shadow minizip's), which AddressSanitizer refuses: in a sanitizer build the XLSX export only
// reports that it is unavailable. XLSX is covered by the normal build's run of these tests.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kXlsxAvailable = false;
#else
constexpr bool kXlsxAvailable = true;
#endif

using Kind = ReportColumn::Kind;

inline ReportColumn column(const char* key, const QString& title, Kind kind)
{
    return ReportColumn{QString::fromLatin1(key), title, kind};
}

// Every column kind; text with non-ASCII letters, commas, quotes, line breaks and formula-like
// beginnings; negative money; empty (null) cells.
inline ReportTable mixedTable()
{
    ReportTable table;
    table.id = QStringLiteral("sales-by-product");
    table.title = QStringLiteral("Müller Küche: sales by product");
    table.period = Period{QDate(2026, 1, 1), QDate(2026, 1, 31)};
    table.marketplaceIds = QStringList{QStringLiteral("A1PA6795UKMFR9"), QStringLiteral("A1F83G8C2ARO7P")};
    table.dataAsOf = QDateTime(QDate(2026, 2, 1), QTime(6, 30), Qt::UTC);
    table.columns = {column("sku", QStringLiteral("SKU"), Kind::Text),
                     column("title", QStringLiteral("Title"), Kind::Text),
                     column("currency", QStringLiteral("Currency"), Kind::Text),
                     column("units", QStringLiteral("Units"), Kind::Integer),
                     column("revenue", QStringLiteral("Revenue"), Kind::Money),
                     column("margin", QStringLiteral("Margin"), Kind::Percent),
                     column("first_sale", QStringLiteral("First sale"), Kind::Date)};
    const QVariant null;
    table.rows = {
        {QStringLiteral("SKU-1"), QStringLiteral("Müller Küche"), QStringLiteral("EUR"), qint64(3), qint64(123450),
         12.5, QDate(2026, 1, 31)},
        {QStringLiteral("SKU-2"), QStringLiteral("Comma, \"quote\" and\nnewline\r\nCRLF"), QStringLiteral("GBP"),
         qint64(-2), qint64(-1250), -3.25, QDate(2026, 2, 1)},
        {QStringLiteral("SKU-3"), QStringLiteral("=HYPERLINK(\"http://example.com\",\"x\")"), QStringLiteral("USD"),
         qint64(0), qint64(0), 0.0, null},
        {QStringLiteral("+1"), QStringLiteral("-2+3"), QStringLiteral("EUR"), qint64(1), qint64(99), null,
         QDate(2026, 12, 31)},
        {QStringLiteral("@SUM(A1:A2)"), QStringLiteral("\tTabbed"), QStringLiteral("JPY"), qint64(1000000),
         qint64(123456789012), 100.0, QDate(2000, 2, 29)},
        {QStringLiteral("SKU-6"), QString(), QStringLiteral("EUR"), null, qint64(-5), 33.33, QDate(2026, 3, 1)},
    };
    ReportChart chart;
    chart.title = QStringLiteral("Revenue");
    chart.labels = {QStringLiteral("2026-01"), QStringLiteral("2026-02"), QStringLiteral("2026-03")};
    chart.series = {ReportSeries{QStringLiteral("Revenue"), QStringLiteral("EUR"), {123450, -500, 99000}},
                    ReportSeries{QStringLiteral("Revenue"), QStringLiteral("GBP"), {1000, 2000, 1500}}};
    table.chart = chart;
    return table;
}

// The "orders" report's shape, `count` rows (the benchmark's and the pagination tests' data).
inline ReportTable ordersTable(int count)
{
    ReportTable table;
    table.id = QStringLiteral("orders");
    table.title = QStringLiteral("Orders");
    table.period = Period{QDate(2025, 1, 1), QDate(2025, 12, 31)};
    table.dataAsOf = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    table.columns = {column("order_id", QStringLiteral("Order"), Kind::Text),
                     column("purchase_date", QStringLiteral("Date"), Kind::Date),
                     column("marketplace", QStringLiteral("Marketplace"), Kind::Text),
                     column("status", QStringLiteral("Status"), Kind::Text),
                     column("currency", QStringLiteral("Currency"), Kind::Text),
                     column("total", QStringLiteral("Total"), Kind::Money),
                     column("items", QStringLiteral("Items"), Kind::Integer)};
    static const QString marketplaces[] = {QStringLiteral("A1PA6795UKMFR9"), QStringLiteral("A1F83G8C2ARO7P"),
                                           QStringLiteral("ATVPDKIKX0DER")};
    static const QString currencies[] = {QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("USD")};
    static const QString statuses[] = {QStringLiteral("Shipped"), QStringLiteral("Pending"),
                                       QStringLiteral("Canceled")};
    table.rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        table.rows.append({QStringLiteral("%1-%2-%3")
                               .arg(300 + i % 700)
                               .arg(i, 7, 10, QLatin1Char('0'))
                               .arg(i * 7 % 10000000, 7, 10, QLatin1Char('0')),
                           QDate(2025, 1, 1).addDays(i % 365), marketplaces[i % 3], statuses[i % 3], currencies[i % 3],
                           qint64((i * 7919) % 500000 - 1000), qint64(1 + i % 5)});
    }
    return table;
}

inline QString exportTestDir() { return QString::fromLocal8Bit(SP_EXPORT_TEST_DIR); }

// Runs tests/export/read_export.py with Debian's python (it has python3-openpyxl) and parses its JSON.
inline QJsonDocument readBack(const QString& kind, const QString& path)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-B"), exportTestDir() + QStringLiteral("/read_export.py"), kind, path});
    if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        qWarning().noquote() << "read_export.py failed:" << python.readAllStandardError();
        return {};
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(python.readAllStandardOutput(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "read_export.py printed no JSON:" << error.errorString();
    return document;
}

// pdftotext's text of a PDF, pages separated by form feeds.
inline QString pdfText(const QString& path, bool layout = true)
{
    QProcess pdftotext;
    QStringList arguments;
    if (layout)
        arguments << QStringLiteral("-layout");
    arguments << QStringLiteral("-enc") << QStringLiteral("UTF-8") << path << QStringLiteral("-");
    pdftotext.start(QStringLiteral("pdftotext"), arguments);
    if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0) {
        qWarning().noquote() << "pdftotext failed:" << pdftotext.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

// A word of a PDF with its box (points), from `pdftotext -bbox`.
struct PdfWord
{
    QString text;
    int page = 0;
    double xMin = 0;
    double yMin = 0;
    double xMax = 0;
    double yMax = 0;
};

inline QList<PdfWord> pdfWords(const QString& path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-enc"),
                                                  QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0)
        return {};
    const QString html = QString::fromUtf8(pdftotext.readAllStandardOutput());
    static const QRegularExpression pattern(QStringLiteral(
        "<page |<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    QList<PdfWord> words;
    int page = 0;
    for (auto it = pattern.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(0).startsWith(QLatin1String("<page"))) {
            ++page;
            continue;
        }
        QString text = match.captured(5);
        text.replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
        words.append(PdfWord{text, page, match.captured(1).toDouble(), match.captured(2).toDouble(),
                             match.captured(3).toDouble(), match.captured(4).toDouble()});
    }
    return words;
}

// The files in `folder`, hidden ones included (an unfinished export's temporary file is hidden).
inline QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace sp::test
