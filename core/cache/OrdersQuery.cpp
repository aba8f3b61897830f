#include "cache/OrdersQuery.h"

#include "cache/CipherDatabase.h"
#include "cache/OrderSearchSql.h"
#include "cache/PageJumps.h"
#include "cache/TableQuerySql.h"

namespace sp {

using namespace TableQuerySql;

namespace {

// The filter columns a page may check row by row ("+column": SQLite then uses no index for them).
enum RowByRow { StatusRowByRow = 1, MarketplaceRowByRow = 2, DaysRowByRow = 4 };

// The index is built when a bulk load of the orders ends (CacheSchema::kSearchRebuild): until then
// the search scans, as before v7.
enum class Search { Index, Scan };

// `rowByRow` (RowByRow flags): see rowByRowFor(). Counts use every index.
Where orderWhere(const OrderFilter& filter, int rowByRow = 0, OrderSearchSql::Plan plan = OrderSearchSql::Plan::Sparse,
                 Search search = Search::Index)
{
    Where where;
    const QString term = filter.search.trimmed();
    if (!term.isEmpty()) {
        if (search == Search::Index)
            OrderSearchSql(term).addTo(where, plan);
        else
            OrderSearchSql::addBruteForce(where, term);
    }
    if (!filter.status.isEmpty())
        where.add(rowByRow & StatusRowByRow ? "+o.status = ?" : "o.status = ?", {filter.status});
    if (!filter.marketplaceId.isEmpty())
        where.add(rowByRow & MarketplaceRowByRow ? "+o.marketplace_id = ?" : "o.marketplace_id = ?",
                  {filter.marketplaceId});
    where.addDays(rowByRow & DaysRowByRow ? "+o.purchase_date" : "o.purchase_date", filter.from, filter.to);
    return where;
}

// Scan while a bulk load of the orders runs (BulkLoad's record in `meta`): the index misses its rows.
Search searchOf(CipherDatabase& db)
{
    CipherDatabase::Statement s = db.prepare("SELECT 1 FROM meta WHERE key = 'bulk_load:orders'");
    return s.isValid() && s.step() == CipherDatabase::Statement::Step::Row ? Search::Scan : Search::Index;
}

bool onlySearch(const OrderFilter& filter)
{
    return filter.status.isEmpty() && filter.marketplaceId.isEmpty() && !filter.from.isValid() && !filter.to.isValid();
}

// Above this many matching orders, a page sorted on an indexed column walks that index and checks
// each order (the first page is reached after about 1,000,000 / matches * 100 orders); up to it the
// matches are collected and sorted.
constexpr qint64 kSparseMatches = 1000;

Where searchedWhere(CipherDatabase& db, const OrderFilter& filter, OrderSort sort, int rowByRow, QString* error)
{
    const QString term = filter.search.trimmed();
    if (term.isEmpty())
        return orderWhere(filter, rowByRow);
    const Search search = searchOf(db);
    OrderSearchSql::Plan plan = OrderSearchSql::Plan::Sparse;
    if (search == Search::Index && (sort == OrderSort::PurchaseDate || sort == OrderSort::Id)
        && OrderSearchSql(term).countMatches(db, kSparseMatches + 1, error) > kSparseMatches)
        plan = OrderSearchSql::Plan::Dense;
    return orderWhere(filter, rowByRow, plan, search);
}

// Which filters a page in `sort` order checks row by row, walking the sort's index: each one on another
// column that matches many rows. One that matches few (a rare status, a short period) is read through
// its own index and its rows sorted instead; SQLite would otherwise read every row of a frequent one
// (a marketplace: 40% of a million orders) through that index and sort them all.
int rowByRowFor(CipherDatabase& db, const OrderFilter& filter, OrderSort sort)
{
    const auto many = [&db](const char* clause, const QList<QVariant>& values) {
        Where where;
        where.add(clause, values);
        return !matchesFew(db, "orders o", where);
    };
    int rowByRow = 0;
    if (!filter.status.isEmpty() && sort != OrderSort::Status && many("o.status = ?", {filter.status}))
        rowByRow |= StatusRowByRow;
    if (!filter.marketplaceId.isEmpty() && sort != OrderSort::Marketplace
        && many("o.marketplace_id = ?", {filter.marketplaceId}))
        rowByRow |= MarketplaceRowByRow;
    if ((filter.from.isValid() || filter.to.isValid()) && sort != OrderSort::PurchaseDate) {
        Where days;
        days.addDays("o.purchase_date", filter.from, filter.to);
        if (!matchesFew(db, "orders o", days))
            rowByRow |= DaysRowByRow;
    }
    return rowByRow;
}

// The sort's key and index (CacheSchema v8: orders_sort_*, orders_id_unique). A pending order has no
// total (NULL): indexed as the smallest integer, it sorts first ascending and last descending, as
// NULL does in ORDER BY.
Sort sortOf(OrderSort sort, Qt::SortOrder order, const OrderFilter& filter)
{
    Sort s;
    s.unique = QByteArrayLiteral("o.id");
    s.order = order;
    switch (sort) {
    case OrderSort::PurchaseDate:
        s.key = QByteArrayLiteral("o.purchase_date");
        break;
    case OrderSort::Id:
        break;
    case OrderSort::Status:
        s.key = QByteArrayLiteral("o.status");
        s.keyFixed = !filter.status.isEmpty();
        break;
    case OrderSort::Marketplace:
        s.key = QByteArrayLiteral("o.marketplace_id");
        s.keyFixed = !filter.marketplaceId.isEmpty();
        break;
    case OrderSort::Total:
        s.key = QByteArrayLiteral("ifnull(o.order_total_cents, -9223372036854775807)");
        s.expression = true;
        break;
    }
    return s;
}

// The sort key of `row`, or an invalid QVariant when the row does not tell it (a total of -1 is
// also how OrderRow says "no total").
QVariant keyOf(const OrderRow& row, OrderSort sort)
{
    switch (sort) {
    case OrderSort::PurchaseDate:
        return row.purchaseDate;
    case OrderSort::Id:
        return row.id;
    case OrderSort::Status:
        return row.status;
    case OrderSort::Marketplace:
        return row.marketplaceId;
    case OrderSort::Total:
        return row.totalCents == -1 ? QVariant() : QVariant(qint64(row.totalCents));
    }
    return {};
}

const char* const kOrderColumns =
    "SELECT o.id, o.marketplace_id, o.purchase_date, o.last_update_date, o.status, o.fulfillment_channel, "
    "o.currency, o.order_total_cents, (SELECT count(*) FROM order_items i WHERE i.order_id = o.id) FROM orders o";

OrderRow orderFrom(const CipherDatabase::Statement& s)
{
    OrderRow row;
    row.id = s.text(0);
    row.marketplaceId = s.text(1);
    row.purchaseDate = s.text(2);
    row.lastUpdateDate = s.text(3);
    row.status = s.text(4);
    row.fulfillmentChannel = s.text(5);
    row.currency = s.text(6);
    row.totalCents = s.isNull(7) ? -1 : s.int64(7);
    row.itemCount = int(s.int64(8));
    return row;
}

OrderItemRow itemFrom(const CipherDatabase::Statement& s)
{
    OrderItemRow row;
    row.id = s.text(0);
    row.sku = s.text(1);
    row.asin = s.text(2);
    row.title = s.text(3);
    row.quantity = s.int64(4);
    row.itemPriceCents = s.isNull(5) ? -1 : s.int64(5);
    row.itemTaxCents = s.isNull(6) ? -1 : s.int64(6);
    row.shippingPriceCents = s.isNull(7) ? -1 : s.int64(7);
    row.promotionDiscountCents = s.isNull(8) ? -1 : s.int64(8);
    return row;
}

} // namespace

int OrdersQuery::count(const OrderFilter& filter) const { return int(count(filter, 0).count); }

CappedCount OrdersQuery::count(const OrderFilter& filter, qint64 cap) const
{
    const QString term = filter.search.trimmed();
    const Search search = term.isEmpty() ? Search::Index : searchOf(m_db);
    if (search == Search::Index && !term.isEmpty() && onlySearch(filter)) {
        // Counted in the index alone: no order row is read.
        return capAt(OrderSearchSql(term).countMatches(m_db, cap > 0 ? cap + 1 : 0, m_lastError), cap);
    }
    const Where where = orderWhere(filter, 0, OrderSearchSql::Plan::Sparse, search);
    return countUpTo(m_db, "orders o", where, cap, m_lastError);
}

QList<OrderRow> OrdersQuery::page(const OrderFilter& filter, OrderSort sort, Qt::SortOrder order, int offset, int limit,
                                  const OrderRow* after, int total) const
{
    Where where = searchedWhere(m_db, filter, sort, rowByRowFor(m_db, filter, sort), m_lastError);
    const Sort s = sortOf(sort, order, filter);
    Window window{qMax(0, offset), limit, false};
    const QVariant key = after ? keyOf(*after, sort) : QVariant();
    if (key.isValid()) {
        s.continueAfter(where, key, after->id);
        window.offset = 0;
    } else if (const std::optional<PageJumps::Jump> jump = m_jumps->find(m_db, where, s, window.offset)) {
        s.continueAfter(where, jump->key, jump->unique);
        window.offset = jump->skip;
    } else if (offset >= kFarOffset) {
        if (total < 0) {
            total = count(filter);
            if (!m_lastError->isEmpty())
                return {};
        }
        window = windowOf(offset, limit, total);
    }
    return readPage<OrderRow>(m_db, m_lastError, kOrderColumns, where, s, window, orderFrom);
}

bool OrdersQuery::prepareJumps(const OrderFilter& filter, OrderSort sort, Qt::SortOrder order) const
{
    m_lastError->clear();
    const Where where = searchedWhere(m_db, filter, sort, rowByRowFor(m_db, filter, sort), m_lastError);
    if (!m_lastError->isEmpty())
        return false;
    return m_jumps->prepare(m_db, "orders o", where, sortOf(sort, order, filter), m_lastError);
}

QList<OrderItemRow> OrdersQuery::items(const QString& orderId) const
{
    CipherDatabase::Statement s =
        m_db.prepare("SELECT id, sku, asin, title, quantity, item_price_cents, item_tax_cents, shipping_price_cents, "
                     "promotion_discount_cents FROM order_items WHERE order_id = ? ORDER BY id");
    if (!s.isValid()) {
        *m_lastError = m_db.lastError();
        return {};
    }
    s.bind(1, orderId);
    return readAll<OrderItemRow>(m_db, s, m_lastError, itemFrom);
}

QList<FinancialEventRow> OrdersQuery::eventsOf(const QString& orderId) const
{
    // No index on financial_events.order_id (random keys cost the sync): one order's events are
    // read by a scan, which the detail panel does once per selection.
    CipherDatabase::Statement s = m_db.prepare(
        QByteArray(QByteArray(kEventColumns) + " WHERE e.order_id = ? ORDER BY e.posted_at, e.id").constData());
    if (!s.isValid()) {
        *m_lastError = m_db.lastError();
        return {};
    }
    s.bind(1, orderId);
    return readAll<FinancialEventRow>(m_db, s, m_lastError, eventFrom);
}

// The values the API defines (docs/api/openapi.yaml), not read from the rows: SQLite runs a
// DISTINCT over an unindexed column as a GROUP BY, which sorts every row in memory (a million
// orders: +65 MB peak).
QStringList OrdersQuery::statuses()
{
    return {QStringLiteral("Canceled"),
            QStringLiteral("InvoiceUnconfirmed"),
            QStringLiteral("PartiallyShipped"),
            QStringLiteral("Pending"),
            QStringLiteral("PendingAvailability"),
            QStringLiteral("Shipped"),
            QStringLiteral("Unfulfillable"),
            QStringLiteral("Unshipped")};
}

} // namespace sp
