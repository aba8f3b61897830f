// The restock planner's benchmark (issue 18 part 1): RestockPlanner::plan over every SKU and region
// of the dashboard benchmark's 1,000,000-order cache, as the Restock page reads it on the views'
// reader thread (one CacheQuery, read-only connection), "today" the day after the last sale.
//   BENCH restock.plan_ms <median of --runs> ms     goal at most 200
//   bench_restock --dir DIR [--runs 5]
// DIR is the dashboard benchmark's cache folder (scripts/bench.sh dashboard_cache): DIR/cache.json
// names the SQLCipher file and its key file.
#include "cache/CacheQuery.h"
#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"
#include "cache/SecureBytes.h"
#include "restock/RestockPlanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

int fail(const QString& reason)
{
    std::printf("BENCH restock.plan_ms FAILED %s\n", qPrintable(reason));
    std::fflush(stdout);
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("the 1,000,000-order cache folder"),
                                       QStringLiteral("DIR"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("measurements (median)"),
                                        QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({dirOption, runsOption});
    parser.process(app);

    QFile infoFile(parser.value(dirOption) + QStringLiteral("/cache.json"));
    if (!infoFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("no cache.json in --dir (make the cache with scripts/bench.sh)"));
    const QJsonObject info = QJsonDocument::fromJson(infoFile.readAll()).object();
    QFile keyFile(info.value(QStringLiteral("key_file")).toString());
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the key file"));
    const sp::SecureBytes key = sp::SecureBytes::fromHex(keyFile.readAll().trimmed());
    sp::CipherDatabase::OpenError openError = sp::CipherDatabase::OpenError::None;
    QString message;
    std::unique_ptr<sp::CipherDatabase> db =
        sp::CipherDatabase::open(info.value(QStringLiteral("database")).toString(), key.toByteArray(),
                                 sp::CipherDatabase::Role::Reader, &openError, &message);
    if (!db)
        return fail(QStringLiteral("cannot open the cache: ") + message);
    sp::CacheQuery cache(std::move(db));
    sp::CipherDatabase& read = sp::ReadConnection::of(cache);
    sp::CipherDatabase::Statement last = read.prepare("SELECT max(day) FROM summary_daily");
    if (!last.isValid() || last.step() != sp::CipherDatabase::Statement::Step::Row || last.isNull(0))
        return fail(QStringLiteral("no sales in the cache"));
    const QDate today = QDate::fromString(last.text(0), Qt::ISODate).addDays(1);

    const int runs = std::max(1, parser.value(runsOption).toInt());
    std::vector<double> times;
    qsizetype rows = 0, toOrder = 0;
    for (int run = 0; run <= runs; ++run) { // run 0: untimed (the file's pages into the cache)
        QElapsedTimer timer;
        timer.start();
        const sp::RestockPlanner::Plan plan = sp::RestockPlanner(cache).plan(today);
        const double ms = timer.nsecsElapsed() / 1e6;
        if (!plan.error.isEmpty())
            return fail(plan.error);
        rows = plan.rows.size();
        toOrder = std::count_if(plan.rows.cbegin(), plan.rows.cend(),
                                [](const sp::RestockPlanner::Row& r) { return r.figures.quantity > 0; });
        if (run > 0)
            times.push_back(ms);
    }
    std::sort(times.begin(), times.end());
    std::fprintf(stderr, "bench_restock: %lld SKU-regions planned (%lld to reorder) as of %s, runs:", qlonglong(rows),
                 qlonglong(toOrder), qPrintable(today.toString(Qt::ISODate)));
    for (double t : times)
        std::fprintf(stderr, " %.1f", t);
    std::fprintf(stderr, " ms\n");
    std::printf("BENCH restock.plan_ms %.1f ms\n", times[times.size() / 2]);
    return 0;
}
