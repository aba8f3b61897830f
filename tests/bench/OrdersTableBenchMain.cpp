// orders_table.memory_over_empty (issue 4): the peak memory (VmHWM) of the app's main window with
// the orders page open and scrolled from top to bottom over a cache of 1,000,000 orders, against
// the same over an empty cache. Each measurement runs in a process of its own (this program with
// --measure), so that one peak does not hide in the other.
//   bench_orders_table --dir DIR [--runs N]
// DIR is the dashboard benchmark's cache folder (scripts/bench.sh dashboard_cache): DIR/cache.json
// names the SQLCipher file and its key file. The empty cache is made here, with the same schema.
// Prints `BENCH orders_table.memory_over_empty <ratio> ratio`, or `... FAILED <reason>`.
//
// orders_table.search_query_ms (issue 15), with --search: for each search of OrderSearchTerms.h, the time
// from setting the filter to having the count (capped at 10,000: "10,000+") and the first page
// (100 rows, newest first), as OrdersQuery gives them on the same cache; the median over the list
// (each search's own time: the median of --runs runs after one warm-up). --search-baseline also times
// the LIKE scan the table used before (stderr only; about 12 s a search on 1,000,000 orders).
#include "DashboardPage.h"
#include "FinancesPage.h"
#include "MainWindow.h"
#include "OrdersModel.h"
#include "OrdersPage.h"
#include "OrderSearchTerms.h"
#include "ProductsPage.h"
#include "ReportsPage.h"
#include "cache/CacheQuery.h"
#include "cache/CacheReader.h"
#include "cache/CacheSchema.h"
#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"
#include "cache/SecureBytes.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

const char* const kName = "orders_table.memory_over_empty";

int fail(const QString& reason)
{
    std::printf("BENCH %s FAILED %s\n", kName, qPrintable(reason));
    return 1;
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// The measured process: the main window over `database`, the orders page scrolled to the bottom.
int measure(const QString& database, const QString& keyFile)
{
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the key file"));
    const sp::SecureBytes key = sp::SecureBytes::fromHex(file.readAll().trimmed());
    sp::CipherDatabase::OpenError error = sp::CipherDatabase::OpenError::None;
    QString message;
    std::unique_ptr<sp::CipherDatabase> db =
        sp::CipherDatabase::open(database, key.toByteArray(), sp::CipherDatabase::Role::Reader, &error, &message);
    if (!db)
        return fail(QStringLiteral("cannot open the cache: ") + message);
    sp::CacheReader reader(std::move(db));

    // Where the peak comes from, on stderr: after each stage.
    auto stage = [](const char* name) {
        std::fprintf(stderr, "bench_orders_table: %s: peak %lld kB\n", name, peakRssKb());
    };
    stage("cache open");
    sp::MainWindow window;
    window.resize(1200, 800);
    window.show();
    QCoreApplication::processEvents();
    stage("window shown");
    if (qEnvironmentVariableIsSet("SP_BENCH_PAGE_STAGES")) {
        // Diagnosis: which page's first reading makes the peak.
        window.findChild<sp::DashboardPage*>()->setReader(&reader);
        stage("dashboard");
        window.findChild<sp::OrdersPage*>()->setReader(&reader);
        stage("orders");
        window.findChild<sp::ProductsPage*>()->setReader(&reader);
        stage("products");
        window.findChild<sp::FinancesPage*>()->setReader(&reader);
        stage("finances");
        window.findChild<sp::ReportsPage*>()->setReader(&reader);
        stage("reports");
    }
    window.setPagesReader(&reader);
    stage("pages read the cache");
    window.showPage(sp::MainWindow::Page::Orders);
    QCoreApplication::processEvents();
    stage("orders page shown");
    auto* page = window.findChild<sp::OrdersPage*>(QStringLiteral("ordersPage"));
    if (!page)
        return fail(QStringLiteral("no orders page"));
    QTableView* table = page->table();
    QScrollBar* bar = table->verticalScrollBar();
    QElapsedTimer timer;
    timer.start();
    // Top to bottom a page of rows at a time (as dragging the thumb slowly or paging down does):
    // every row of the cache is read once.
    const int step = sp::OrdersModel::kPageSize;
    // The rows arrive from the reader thread: each step waits for its first visible row.
    auto showRow = [&](int value) {
        bar->setValue(value);
        table->viewport()->repaint(); // paints now: the visible rows are asked for
        const int row = table->rowAt(0);
        while (row >= 0 && !page->model()->hasRow(row))
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    };
    while (page->model()->isReading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    for (int value = 0; value <= bar->maximum(); value += step) {
        showRow(value);
    }
    showRow(bar->maximum());
    QCoreApplication::processEvents();
    stage("scrolled to the bottom");
    const int rows = page->model()->rowCount();
    const QString last = rows > 0 ? page->model()->orderAt(rows - 1).id : QString(); // held: the last page
    std::printf("VMHWM_KB %lld ROWS %d HELD %d FETCHES %d MS %lld LAST %s\n", peakRssKb(), rows,
                page->model()->heldRows(), page->model()->pageFetches(), timer.elapsed(),
                qPrintable(last.isEmpty() ? QStringLiteral("-") : last));
    return 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// The pre-v7 search: a LIKE over every order and its items, counted and paged.
double baselineMs(sp::CipherDatabase& db, const QString& term)
{
    QString pattern = term;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%"));
    pattern = QLatin1Char('%') + pattern.replace(QLatin1Char('_'), QLatin1String("\\_")) + QLatin1Char('%');
    const char* const where =
        " WHERE (o.id LIKE ?1 ESCAPE '\\' OR EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id AND "
        "(i.sku LIKE ?1 ESCAPE '\\' OR i.asin LIKE ?1 ESCAPE '\\' OR i.title LIKE ?1 ESCAPE '\\')))";
    QElapsedTimer timer;
    timer.start();
    sp::CipherDatabase::Statement count =
        db.prepare(QByteArray("SELECT count(*) FROM orders o").append(where).constData());
    count.bind(1, pattern);
    count.step();
    sp::CipherDatabase::Statement page = db.prepare(QByteArray("SELECT o.id FROM orders o")
                                                        .append(where)
                                                        .append(" ORDER BY o.purchase_date DESC, o.id DESC LIMIT 100")
                                                        .constData());
    page.bind(1, pattern);
    while (page.step() == sp::CipherDatabase::Statement::Step::Row) {
    }
    return timer.nsecsElapsed() / 1e6;
}

int searchBench(const QString& database, const QString& keyFile, int runs, bool baseline)
{
    const char* const name = "orders_table.search_query_ms";
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        std::printf("BENCH %s FAILED cannot read the key file\n", name);
        return 1;
    }
    const sp::SecureBytes key = sp::SecureBytes::fromHex(file.readAll().trimmed());
    sp::CipherDatabase::OpenError error = sp::CipherDatabase::OpenError::None;
    QString message;
    std::unique_ptr<sp::CipherDatabase> db =
        sp::CipherDatabase::open(database, key.toByteArray(), sp::CipherDatabase::Role::Reader, &error, &message);
    if (!db || db->userVersion() != sp::CacheSchema::kCurrentVersion) {
        std::printf("BENCH %s FAILED cannot open the cache (or not migrated: run bench_dashboard --prepare-only) %s\n",
                    name, qPrintable(message));
        return 1;
    }
    const QList<sp::bench::OrderSearchTerm> terms = sp::bench::orderSearchTerms(*db);
    sp::CacheQuery query(std::move(db));
    if (terms.isEmpty()) {
        std::printf("BENCH %s FAILED the cache holds no order\n", name);
        return 1;
    }
    QList<double> perSearch;
    for (const sp::bench::OrderSearchTerm& t : terms) {
        sp::OrderFilter filter;
        filter.search = t.term;
        QList<double> times;
        sp::CappedCount count;
        int rows = 0;
        for (int run = 0; run <= runs; ++run) { // run 0: the warm-up
            QElapsedTimer timer;
            timer.start();
            count = query.orders().count(filter, 10000);
            rows = int(query.orders().page(filter, sp::OrderSort::PurchaseDate, Qt::DescendingOrder, 0, 100).size());
            if (run > 0)
                times << timer.nsecsElapsed() / 1e6;
        }
        if (!query.lastError().isEmpty()) {
            std::printf("BENCH %s FAILED %s\n", name, qPrintable(query.lastError()));
            return 1;
        }
        perSearch << median(times);
        std::fprintf(stderr, "bench_orders_table: search %-18s <%s>: %lld%s orders, first page %d rows, %.1f ms\n",
                     t.what, qPrintable(t.term), count.count, count.capped ? "+" : "", rows, perSearch.last());
        if (baseline)
            std::fprintf(stderr, "bench_orders_table:   the LIKE scan before v7: %.0f ms\n",
                         baselineMs(sp::ReadConnection::of(query), t.term));
    }
    std::printf("BENCH %s %.1f ms\n", name, median(perSearch));
    return 0;
}

// An empty cache with the current schema, keyed with a random throw-away key.
bool makeEmptyCache(const QString& dir, QString* database, QString* keyFile, QString* error)
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    *database = dir + QStringLiteral("/empty.db");
    *keyFile = dir + QStringLiteral("/empty.key");
    sp::CipherDatabase::OpenError openError = sp::CipherDatabase::OpenError::None;
    std::unique_ptr<sp::CipherDatabase> db =
        sp::CipherDatabase::open(*database, raw, sp::CipherDatabase::Role::Writer, &openError, error);
    if (!db)
        return false;
    if (sp::CacheSchema::migrate(*db, error) != sp::CacheSchema::Result::Ok)
        return false;
    db.reset();
    QFile key(*keyFile);
    if (!key.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || key.write(raw.toHex()) != 64) {
        *error = QStringLiteral("cannot write the empty cache's key");
        return false;
    }
    return true;
}

struct Measurement
{
    qint64 peakKb = -1;
    QString detail;
};

Measurement runChild(const QString& database, const QString& keyFile, QString* error)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure"), QStringLiteral("--database"),
                                                          database, QStringLiteral("--key-file"), keyFile});
    Measurement result;
    if (!child.waitForFinished(60 * 60 * 1000) || child.exitStatus() != QProcess::NormalExit) {
        *error = QStringLiteral("the measuring process did not finish");
        return result;
    }
    const QString out = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    if (child.exitCode() != 0 || !out.startsWith(QLatin1String("VMHWM_KB "))) {
        *error = out.isEmpty() ? QStringLiteral("the measuring process failed") : out;
        return result;
    }
    result.peakKb = out.section(QLatin1Char(' '), 1, 1).toLongLong();
    result.detail = out;
    return result;
}

} // namespace

int main(int argc, char** argv)
{
    // Offscreen widgets unless told otherwise: no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("the 1,000,000-order cache folder"),
                                       QStringLiteral("DIR"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("measurements of each (median)"),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption measureOption(QStringLiteral("measure"));
    const QCommandLineOption searchOption(QStringLiteral("search"), QStringLiteral("orders_table.search_query_ms instead"));
    const QCommandLineOption baselineOption(QStringLiteral("search-baseline"),
                                            QStringLiteral("with --search: also time the LIKE scan of before v7"));
    const QCommandLineOption databaseOption(QStringLiteral("database"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption keyOption(QStringLiteral("key-file"), QString(), QStringLiteral("PATH"));
    parser.addOptions({dirOption, runsOption, measureOption, searchOption, baselineOption, databaseOption, keyOption});
    parser.process(app);
    if (parser.isSet(measureOption))
        return measure(parser.value(databaseOption), parser.value(keyOption));

    QFile infoFile(parser.value(dirOption) + QStringLiteral("/cache.json"));
    if (!infoFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("no cache.json in --dir (make the cache with scripts/bench.sh)"));
    const QJsonObject info = QJsonDocument::fromJson(infoFile.readAll()).object();
    const QString fullDatabase = info.value(QStringLiteral("database")).toString();
    const QString fullKey = info.value(QStringLiteral("key_file")).toString();
    if (parser.isSet(searchOption))
        return searchBench(fullDatabase, fullKey, qMax(1, parser.value(runsOption).toInt()) + 2,
                           parser.isSet(baselineOption));

    QTemporaryDir temp;
    QString emptyDatabase, emptyKey, error;
    if (!temp.isValid() || !makeEmptyCache(temp.path(), &emptyDatabase, &emptyKey, &error))
        return fail(QStringLiteral("cannot make the empty cache: ") + error);

    const int runs = qMax(1, parser.value(runsOption).toInt());
    QList<qint64> empty, full;
    for (int run = 0; run < runs; ++run) {
        const Measurement e = runChild(emptyDatabase, emptyKey, &error);
        if (e.peakKb <= 0)
            return fail(QStringLiteral("empty cache: ") + error);
        const Measurement f = runChild(fullDatabase, fullKey, &error);
        if (f.peakKb <= 0)
            return fail(QStringLiteral("full cache: ") + error);
        std::fprintf(stderr, "bench_orders_table: empty %s\nbench_orders_table: full  %s\n", qPrintable(e.detail),
                     qPrintable(f.detail));
        empty << e.peakKb;
        full << f.peakKb;
    }
    std::sort(empty.begin(), empty.end());
    std::sort(full.begin(), full.end());
    const double emptyMb = empty.at(empty.size() / 2) / 1024.0;
    const double fullMb = full.at(full.size() / 2) / 1024.0;
    std::fprintf(stderr, "bench_orders_table: peak memory %.1f MB over the full cache, %.1f MB over the empty one\n",
                 fullMb, emptyMb);
    std::printf("BENCH %s %.2f ratio\n", kName, fullMb / emptyMb);
    return 0;
}
