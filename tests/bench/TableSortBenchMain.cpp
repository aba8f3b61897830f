// bench_table_sort: orders_table.sort_query_ms (issue 15). For every sortable column of the orders, products
// and finances tables, both directions, on the dashboard benchmark's 1,000,000-order cache, through the
// per-table query classes the models use (one CacheQuery, as the app holds one):
//   first page   count + the first page of 200 rows (what a table shows when opened in that order)
//   page only    the first page without the count (a click on a header: the model keeps its count)
//   next page    the second page, continued after the first page's last row (`after`)
//   middle page  the page at half the count, by offset alone (a scrollbar dragged there)
//   last page    the last page, by offset alone
// The middle and last pages are read twice: before the page index (PageJumps) exists ("cold": a walk
// of the rows before them, what a scrollbar dragged at once after a sort costs) and after the models'
// idle walk made it (what the same drag costs a moment later); the walk itself is timed too.
// Each time is the median of --runs measurements (after one untimed round). Prints
//   BENCH orders_table.sort_query_ms <worst first page> ms (count + first page through the query classes)
//   BENCH orders_table.sort_page_ms / sort_next_ms / sort_middle_ms / sort_last_ms <worst> ms (indexed)
//   BENCH orders_table.sort_middle_cold_ms / sort_last_cold_ms <worst> ms (before the page index)
//   BENCH orders_table.page_index_ms <worst> ms (the idle walk that makes a page index)
// and each case on stderr. The goal (sort_ms at most 100) is judged by the reader of the figure. Also
//   BENCH finances.reload_ms <worst> ms
// what the finances page reads when it (re)loads: the count, the totals per currency and the first
// page by posting date, without a filter, by type, by marketplace and for the last 30 days (the
// median of --runs each, the worst of them). And
//   BENCH payouts.page_ms <worst> ms
//   BENCH payouts.orders_ms <worst> ms    the orders tab of a payout (read after its breakdown)
// what the Payouts page reads (issue 17): the list of payouts and one payout's breakdown (its events by
// type and charge, and the orders it settled), for the newest payout and the newest closed one of
// each currency (the median of --runs each, the worst of them; goal at most 100).
//   bench_table_sort --dir DIR [--runs 3]
// DIR is the dashboard benchmark's cache folder (scripts/bench.sh dashboard_cache): DIR/cache.json
// names the SQLCipher file and its key file.
#include "cache/CacheQuery.h"
#include "cache/CipherDatabase.h"
#include "cache/PayoutsQuery.h"
#include "cache/SecureBytes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

const char* const kName =
    "orders_table.sort_query_ms"; // orders_table.sort_ms is bench_interaction's, through the window
constexpr int kPageSize = 200;    // the paged models' page (ui/OrdersModel.h, FinancialEventsModel.h, ProductsModel.h)
constexpr int kPayoutOrderRows = 500; // the Payouts page's orders tab (ui/PayoutsPage.h, kOrderRows)

int fail(const QString& reason)
{
    std::printf("BENCH %s FAILED %s\n", kName, qPrintable(reason));
    std::fflush(stdout);
    return 1;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// One sortable column in one direction, as the model reads it.
struct Case
{
    QString name;
    std::function<int()> count;
    // Reads the page at `offset`; `continued`: after the previous page's last row (kept by the case).
    std::function<int(int offset, bool continued)> page;
    std::function<bool()> prepareJumps; // none: the table is read by offset alone (products)
};

template <typename Row, typename Read>
std::function<int(int, bool)> pager(Read read)
{
    auto last = std::make_shared<Row>();
    return [read, last](int offset, bool continued) {
        const QList<Row> rows = read(offset, continued ? last.get() : nullptr);
        if (!rows.isEmpty())
            *last = rows.constLast();
        return int(rows.size());
    };
}

std::vector<Case> casesOf(const sp::CacheQuery& cache)
{
    std::vector<Case> cases;
    const QString directions[] = {QStringLiteral("asc"), QStringLiteral("desc")};
    const Qt::SortOrder orders[] = {Qt::AscendingOrder, Qt::DescendingOrder};
    const std::pair<sp::OrderSort, const char*> orderSorts[] = {{sp::OrderSort::PurchaseDate, "purchase date"},
                                                                {sp::OrderSort::Id, "id"},
                                                                {sp::OrderSort::Status, "status"},
                                                                {sp::OrderSort::Marketplace, "marketplace"},
                                                                {sp::OrderSort::Total, "total"}};
    const std::pair<sp::FinancialEventSort, const char*> eventSorts[] = {
        {sp::FinancialEventSort::PostedAt, "posted"},
        {sp::FinancialEventSort::Type, "type"},
        {sp::FinancialEventSort::Charge, "charge"},
        {sp::FinancialEventSort::Marketplace, "marketplace"},
        {sp::FinancialEventSort::Amount, "amount"}};
    const std::pair<sp::ProductSort, const char*> productSorts[] = {{sp::ProductSort::Sku, "sku"},
                                                                    {sp::ProductSort::Title, "title"},
                                                                    {sp::ProductSort::Fulfillable, "fulfillable"},
                                                                    {sp::ProductSort::Inbound, "inbound"}};
    const sp::CacheQuery* c = &cache;
    for (int d = 0; d < 2; ++d) {
        const Qt::SortOrder order = orders[d];
        for (const auto& [sort, name] : orderSorts) {
            cases.push_back(
                {QStringLiteral("orders by %1 %2").arg(QLatin1String(name), directions[d]),
                 [c] { return c->orders().count(sp::OrderFilter{}); },
                 pager<sp::OrderRow>([c, sort = sort, order](int offset, const sp::OrderRow* after) {
                     return c->orders().page(sp::OrderFilter{}, sort, order, offset, kPageSize, after);
                 }),
                 [c, sort = sort, order] { return c->orders().prepareJumps(sp::OrderFilter{}, sort, order); }});
        }
        for (const auto& [sort, name] : eventSorts) {
            cases.push_back(
                {QStringLiteral("finances by %1 %2").arg(QLatin1String(name), directions[d]),
                 [c] { return c->financialEvents().count(sp::FinancialEventFilter{}); },
                 pager<sp::FinancialEventRow>([c, sort = sort, order](int offset, const sp::FinancialEventRow* after) {
                     return c->financialEvents().page(sp::FinancialEventFilter{}, sort, order, offset, kPageSize,
                                                      after);
                 }),
                 [c, sort = sort, order] {
                     return c->financialEvents().prepareJumps(sp::FinancialEventFilter{}, sort, order);
                 }});
        }
        for (const auto& [sort, name] : productSorts) {
            // The products model reads by offset alone (its pages hold every product's sums).
            cases.push_back(
                {QStringLiteral("products by %1 %2").arg(QLatin1String(name), directions[d]),
                 [c] { return c->products().count(QString()); },
                 pager<sp::ProductStockRow>([c, sort = sort, order](int offset, const sp::ProductStockRow*) {
                     return c->products().page(QString(), sort, order, offset, kPageSize);
                 }),
                 {}});
        }
    }
    return cases;
}

// finances.reload_ms: the finances page's reads for a (re)load (FinancesPage, FinancialEventsModel).
double financesReloadMs(const sp::CacheQuery& cache, int runs, QString* error)
{
    const sp::FinancialEventsQuery& events = cache.financialEvents();
    const QList<sp::FinancialEventRow> newest =
        events.page({}, sp::FinancialEventSort::PostedAt, Qt::DescendingOrder, 0, 1);
    const QDate last =
        newest.isEmpty() ? QDate::currentDate() : QDate::fromString(newest.first().postedAt.left(10), Qt::ISODate);
    const QList<sp::MarketplaceRow> markets = cache.catalog().marketplaces();
    QList<QPair<QString, sp::FinancialEventFilter>> filters{{QStringLiteral("all"), {}}};
    filters.append({QStringLiteral("type shipment"), {QString(), QStringLiteral("shipment"), QString(), {}, {}}});
    if (!markets.isEmpty())
        filters.append({QStringLiteral("one marketplace"), {QString(), QString(), markets.first().id, {}, {}}});
    filters.append({QStringLiteral("last 30 days"), {QString(), QString(), QString(), last.addDays(-29), last}});
    double worst = 0;
    for (const auto& [name, filter] : filters) {
        std::vector<double> times;
        int total = 0;
        qint64 checksum = 0;
        for (int run = 0; run <= runs; ++run) { // run 0: untimed
            QElapsedTimer timer;
            timer.start();
            total = events.count(filter);
            for (const sp::CurrencyAmount& amount : events.totals(filter))
                checksum += amount.cents;
            checksum += events.page(filter, sp::FinancialEventSort::PostedAt, Qt::DescendingOrder, 0, kPageSize).size();
            if (!cache.lastError().isEmpty()) {
                *error = name + QStringLiteral(": ") + cache.lastError();
                return -1;
            }
            if (run > 0)
                times.push_back(timer.nsecsElapsed() / 1e6);
        }
        std::fprintf(stderr, "bench_table_sort: finances reload, %-16s %8d events: %8.1f ms (checksum %lld)\n",
                     qPrintable(name), total, median(times), static_cast<long long>(checksum));
        worst = std::max(worst, median(times));
    }
    return worst;
}

// The orders tab of one payout (a read of its own after the breakdown): the worst median over the
// newest payout and each currency's newest closed one.
double payoutOrdersMs(const sp::CacheQuery& cache, int runs)
{
    const sp::PayoutsQuery payouts(cache);
    QStringList seen;
    double worst = 0;
    for (const sp::PayoutRow& payout : payouts.list()) {
        if (!seen.isEmpty() && (payout.status != QLatin1String("closed") || seen.contains(payout.currency)))
            continue;
        seen << payout.currency;
        std::vector<double> times;
        for (int run = 0; run <= runs; ++run) { // run 0: untimed
            QElapsedTimer timer;
            timer.start();
            const sp::PayoutOrders orders = payouts.orders(payout.id, kPayoutOrderRows);
            if (run > 0)
                times.push_back(timer.nsecsElapsed() / 1e6);
            if (orders.rows.isEmpty() && orders.total > 0)
                return -1;
        }
        worst = std::max(worst, median(times));
    }
    return payouts.lastError().isEmpty() ? worst : -1;
}

// The Payouts page's reads: the list, then the breakdown of one payout (-1 and `error` on a failure).
double payoutsPageMs(const sp::CacheQuery& cache, int runs, QString* error)
{
    const sp::PayoutsQuery payouts(cache);
    const QList<sp::PayoutRow> rows = payouts.list();
    if (!payouts.lastError().isEmpty() || rows.isEmpty()) {
        *error = rows.isEmpty() ? QStringLiteral("no payouts in the cache") : payouts.lastError();
        return -1;
    }
    QList<sp::PayoutRow> opened{rows.first()}; // the page opens the newest
    QStringList closedSeen;
    for (const sp::PayoutRow& row : rows) {
        if (row.status == QLatin1String("closed") && !closedSeen.contains(row.currency)) {
            closedSeen << row.currency;
            opened << row;
        }
    }
    double worst = 0;
    for (const sp::PayoutRow& payout : opened) {
        std::vector<double> times;
        qint64 checksum = 0;
        for (int run = 0; run <= runs; ++run) { // run 0: untimed
            QElapsedTimer timer;
            timer.start();
            checksum += payouts.list().size();
            const sp::PayoutBreakdown b = payouts.breakdown(payout.id);
            checksum += b.eventsCents + b.orders;
            if (!payouts.lastError().isEmpty()) {
                *error = payout.id + QStringLiteral(": ") + payouts.lastError();
                return -1;
            }
            if (run > 0)
                times.push_back(timer.nsecsElapsed() / 1e6);
            if (b.differenceCents != 0 && payout.status == QLatin1String("closed")) {
                *error = payout.id + QStringLiteral(": its events do not add up to its total");
                return -1;
            }
        }
        std::fprintf(stderr, "bench_table_sort: payouts page, %-24s %8lld events: %8.1f ms (checksum %lld)\n",
                     qPrintable(payout.id), static_cast<long long>(payout.eventCount), median(times),
                     static_cast<long long>(checksum));
        worst = std::max(worst, median(times));
    }
    return worst;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("the 1,000,000-order cache folder"),
                                       QStringLiteral("DIR"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("measurements of each (median)"),
                                        QStringLiteral("N"), QStringLiteral("3"));
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

    const int runs = std::max(1, parser.value(runsOption).toInt());
    double worstFirst = 0, worstPage = 0, worstNext = 0, worstMiddle = 0, worstLast = 0;
    double worstColdMiddle = 0, worstColdLast = 0, worstIndex = 0;
    for (const Case& c : casesOf(cache)) {
        std::vector<double> counts, firsts, pages, nexts, middles, lasts, coldMiddles, coldLasts, indexes;
        int total = 0, checksum = 0;
        for (int run = 0; run <= runs; ++run) {                 // run 0: untimed
            cache.setJumpStride(sp::PageJumps::kDefaultStride); // forgets the page indexes: a cold start
            QElapsedTimer timer;
            timer.start();
            total = c.count();
            const double counted = timer.nsecsElapsed() / 1e6;
            checksum += c.page(0, false);
            const double first = timer.nsecsElapsed() / 1e6;
            timer.restart();
            checksum += c.page(kPageSize, true);
            const double next = timer.nsecsElapsed() / 1e6;
            const int middleOffset = (total / 2) - (total / 2) % kPageSize;
            const int lastOffset = total > 0 ? (total - 1) - (total - 1) % kPageSize : 0;
            const auto timePage = [&](int offset) {
                timer.restart();
                checksum += c.page(offset, false);
                return timer.nsecsElapsed() / 1e6;
            };
            const double coldMiddle = timePage(middleOffset);
            const double coldLast = timePage(lastOffset);
            double index = 0;
            if (c.prepareJumps) {
                timer.restart();
                if (!c.prepareJumps())
                    return fail(c.name + QStringLiteral(": the page index was not made: ") + cache.lastError());
                index = timer.nsecsElapsed() / 1e6;
            }
            const double middle = timePage(middleOffset);
            const double last = timePage(lastOffset);
            if (!cache.lastError().isEmpty())
                return fail(c.name + QStringLiteral(": ") + cache.lastError());
            if (run > 0) {
                counts.push_back(counted);
                firsts.push_back(first);
                pages.push_back(first - counted);
                nexts.push_back(next);
                middles.push_back(middle);
                lasts.push_back(last);
                coldMiddles.push_back(coldMiddle);
                coldLasts.push_back(coldLast);
                indexes.push_back(index);
            }
        }
        const double first = median(firsts), next = median(nexts), middle = median(middles), last = median(lasts);
        std::fprintf(stderr,
                     "bench_table_sort: %-28s %8d rows: first page %8.1f ms (count %7.1f ms, page %6.1f ms), next "
                     "%6.1f ms, middle %6.1f ms (cold %6.1f), last %6.1f ms (cold %6.1f), page index %7.1f ms "
                     "(rows read %d)\n",
                     qPrintable(c.name), total, first, median(counts), median(pages), next, middle, median(coldMiddles),
                     last, median(coldLasts), median(indexes), checksum);
        worstFirst = std::max(worstFirst, first);
        worstPage = std::max(worstPage, median(pages));
        worstNext = std::max(worstNext, next);
        worstMiddle = std::max(worstMiddle, middle);
        worstLast = std::max(worstLast, last);
        worstColdMiddle = std::max(worstColdMiddle, median(coldMiddles));
        worstColdLast = std::max(worstColdLast, median(coldLasts));
        worstIndex = std::max(worstIndex, median(indexes));
    }
    std::printf("BENCH %s %.1f ms\n", kName, worstFirst);
    std::printf("BENCH orders_table.sort_page_ms %.1f ms\n", worstPage);
    std::printf("BENCH orders_table.sort_next_ms %.1f ms\n", worstNext);
    std::printf("BENCH orders_table.sort_middle_ms %.1f ms\n", worstMiddle);
    std::printf("BENCH orders_table.sort_last_ms %.1f ms\n", worstLast);
    std::printf("BENCH orders_table.sort_middle_cold_ms %.1f ms\n", worstColdMiddle);
    std::printf("BENCH orders_table.sort_last_cold_ms %.1f ms\n", worstColdLast);
    std::printf("BENCH orders_table.page_index_ms %.1f ms\n", worstIndex);
    QString reloadError;
    const double reload = financesReloadMs(cache, runs, &reloadError);
    if (reload < 0)
        std::printf("BENCH finances.reload_ms FAILED %s\n", qPrintable(reloadError));
    else
        std::printf("BENCH finances.reload_ms %.1f ms\n", reload);
    QString payoutsError;
    const double payouts = payoutsPageMs(cache, runs, &payoutsError);
    if (payouts < 0)
        std::printf("BENCH payouts.page_ms FAILED %s\n", qPrintable(payoutsError));
    else
        std::printf("BENCH payouts.page_ms %.1f ms\n", payouts);
    const double orders = payoutOrdersMs(cache, runs);
    if (orders < 0)
        std::printf("BENCH payouts.orders_ms FAILED the orders could not be read\n");
    else
        std::printf("BENCH payouts.orders_ms %.1f ms\n", orders);
    std::fflush(stdout);
    return 0;
}
