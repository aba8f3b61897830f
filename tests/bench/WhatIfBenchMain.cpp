// bench_whatif: whatif.history_ms (issue 18 part 4). What the what-if page reads when the seller
// chooses SKUs (WhatIfQuery::history, the last 90 days from the summary tables, on the reader's
// thread in the app), with the projection of a changed scenario, on the dashboard benchmark's
// 1,000,000-order cache: for the best-selling SKU, the ten best-selling and every SKU at once. The
// 90 days end on the cache's newest day. Each time is the median of --runs (after one untimed run).
// Prints
//   BENCH whatif.history_ms <worst> ms
// and each case on stderr.
//   bench_whatif --dir DIR [--runs 5]
// DIR is the dashboard benchmark's cache folder (scripts/bench.sh dashboard_cache).
#include "cache/CacheQuery.h"
#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"
#include "cache/SecureBytes.h"
#include "whatif/WhatIfProjection.h"
#include "whatif/WhatIfQuery.h"

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

const char* const kName = "whatif.history_ms";

int fail(const QString& reason)
{
    std::printf("BENCH %s FAILED %s\n", kName, qPrintable(reason));
    std::fflush(stdout);
    return 1;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("the 1,000,000-order cache folder"),
                                       QStringLiteral("DIR"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("measurements of each (median)"),
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
    sp::CipherDatabase& raw = sp::ReadConnection::of(cache);

    // The cache's newest day, and its SKUs by revenue (setting up the cases, not timed).
    sp::CipherDatabase::Statement newest = raw.prepare("SELECT max(day) FROM summary_daily");
    if (newest.step() != sp::CipherDatabase::Statement::Step::Row || newest.isNull(0))
        return fail(QStringLiteral("no summaries in the cache"));
    const QDate today = QDate::fromString(newest.text(0), Qt::ISODate).addDays(1);
    QStringList byRevenue;
    sp::CipherDatabase::Statement skus =
        raw.prepare("SELECT sku FROM summary_product_month GROUP BY sku ORDER BY sum(revenue_cents) DESC");
    while (skus.step() == sp::CipherDatabase::Statement::Step::Row)
        byRevenue.append(skus.text(0));
    if (byRevenue.isEmpty())
        return fail(QStringLiteral("no SKUs in the cache"));

    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QList<QPair<QString, QStringList>> cases{{QStringLiteral("best-selling SKU"), byRevenue.mid(0, 1)},
                                                   {QStringLiteral("ten best-selling SKUs"), byRevenue.mid(0, 10)},
                                                   {QStringLiteral("every SKU"), byRevenue}};
    sp::WhatIfScenario changes;
    changes.priceKind = sp::WhatIfScenario::PriceChange::Percent;
    changes.priceChange = 1000;
    changes.elasticityHundredths = 150;
    double worst = 0;
    for (const auto& [name, chosen] : cases) {
        std::vector<double> times;
        qint64 units = 0;
        for (int run = 0; run <= runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const sp::WhatIfQuery::History history = sp::WhatIfQuery(cache).history(chosen, today);
            if (!history.error.isEmpty())
                return fail(name + QStringLiteral(": ") + history.error);
            const QList<sp::WhatIfCurrencyProjection> projection =
                sp::WhatIfProjection::project(history.currencies, changes);
            const double ms = timer.nsecsElapsed() / 1e6;
            units = 0;
            for (const sp::WhatIfCurrencyProjection& p : projection)
                units += p.baseline.units;
            if (run > 0)
                times.push_back(ms);
        }
        std::fprintf(stderr, "bench_whatif: %-22s %5lld SKUs: %7.1f ms (baseline units over 30 days: %lld)\n",
                     qPrintable(name), static_cast<long long>(chosen.size()), median(times),
                     static_cast<long long>(units));
        worst = std::max(worst, median(times));
    }
    std::printf("BENCH %s %.1f ms\n", kName, worst);
    std::fflush(stdout);
    return 0;
}
