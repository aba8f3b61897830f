// bench_export: the export benchmark of issue 4. Prints one `BENCH <name> <value> <unit>` line:
//   export.csv.rows_per_s   CSV export of an "orders" report (order id, date, marketplace, status,
//                           currency, total, items) of 100,000 rows, as the app runs it: the
//                           writer into a temporary file, flushed to disk and renamed into place.
// The table is built in memory first (the report query is not measured); the median of 3 runs.
// A figure that could not be measured is printed as `BENCH <name> FAILED <reason>`; exit code 1 then.
//   bench_export [--rows 100000] [--runs 3] [--dir FOLDER]
#include "AtomicExport.h"
#include "CsvReportWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

sp::ReportTable ordersReport(int rows)
{
    using Kind = sp::ReportColumn::Kind;
    sp::ReportTable table;
    table.id = QStringLiteral("orders");
    table.title = QStringLiteral("Orders");
    table.period = sp::Period{QDate(2025, 1, 1), QDate(2025, 12, 31)};
    table.columns = {{QStringLiteral("order_id"), QStringLiteral("Order"), Kind::Text},
                     {QStringLiteral("purchase_date"), QStringLiteral("Date"), Kind::Date},
                     {QStringLiteral("marketplace"), QStringLiteral("Marketplace"), Kind::Text},
                     {QStringLiteral("status"), QStringLiteral("Status"), Kind::Text},
                     {QStringLiteral("currency"), QStringLiteral("Currency"), Kind::Text},
                     {QStringLiteral("total"), QStringLiteral("Total"), Kind::Money},
                     {QStringLiteral("items"), QStringLiteral("Items"), Kind::Integer}};
    const QString marketplaces[] = {QStringLiteral("A1PA6795UKMFR9"), QStringLiteral("A1F83G8C2ARO7P"),
                                    QStringLiteral("ATVPDKIKX0DER")};
    const QString statuses[] = {QStringLiteral("Shipped"), QStringLiteral("Unshipped"), QStringLiteral("Canceled")};
    const QString currencies[] = {QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("USD")};
    table.rows.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        // Amazon-like order ids (3-7-7 digits); some totals negative (adjusted orders).
        const QString id = QStringLiteral("%1-%2-%3")
                               .arg(100 + i % 900)
                               .arg(i, 7, 10, QLatin1Char('0'))
                               .arg((i * 7919) % 10000000, 7, 10, QLatin1Char('0'));
        table.rows.append({id, QDate(2025, 1, 1).addDays(i % 365), marketplaces[i % 3], statuses[i % 3],
                           currencies[(i / 3) % 3], qint64((i * 104729) % 2000000 - 20000), qint64(1 + i % 7)});
    }
    return table;
}

void print(const char* name, double value, const char* unit)
{
    std::printf("BENCH %s %.0f %s\n", name, value, unit);
    std::fflush(stdout);
}

void printFailure(const char* name, const QString& reason)
{
    std::printf("BENCH %s FAILED %s\n", name, qPrintable(reason));
    std::fflush(stdout);
}

// CRLF record ends outside quotes: the rows the file really holds (header included).
qint64 countRecords(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray bytes = file.readAll();
    return bytes.count("\r\n");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("rows of the report"),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("measured runs (median)"),
                                        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("folder to export into"),
                                       QStringLiteral("FOLDER"));
    parser.addOptions({rowsOption, runsOption, dirOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const char* const name = "export.csv.rows_per_s";

    QTemporaryDir dir(parser.isSet(dirOption) ? parser.value(dirOption) + QStringLiteral("/bench-export-XXXXXX")
                                              : QString());
    if (rows <= 0 || !dir.isValid()) {
        printFailure(name, QStringLiteral("no rows or no temporary folder"));
        return 1;
    }
    const sp::ReportTable table = ordersReport(rows);
    const QString target = dir.filePath(QStringLiteral("orders.csv"));
    sp::CsvReportWriter writer;

    QList<qint64> nanoseconds;
    for (int run = 0; run <= runs; ++run) { // run 0 warms up caches and the page cache
        QElapsedTimer timer;
        timer.start();
        const sp::ExportResult result = sp::AtomicExport::write(writer, table, target, nullptr);
        const qint64 elapsed = timer.nsecsElapsed();
        if (!result.isOk()) {
            printFailure(name, result.message);
            return 1;
        }
        if (countRecords(target) != rows + 1) {
            printFailure(name, QStringLiteral("the file does not hold %1 rows").arg(rows));
            return 1;
        }
        if (run > 0)
            nanoseconds.append(elapsed);
    }
    std::sort(nanoseconds.begin(), nanoseconds.end());
    const qint64 median = nanoseconds.at(nanoseconds.size() / 2);
    std::fprintf(stderr, "bench_export: %d rows, median %.1f ms over %d runs\n", rows, double(median) / 1e6, runs);
    print(name, double(rows) / (double(median) / 1e9), "rows/s");
    return 0;
}
