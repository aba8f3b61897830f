#include "cache/OrdersQuery.h"

#include "cache/CipherDatabase.h"
#include "cache/OrderSearchSql.h"
#include "cache/TableQuerySql.h"

namespace sp {

using namespace TableQuerySql;

namespace {

// The index is built when a bulk load of the orders ends (CacheSchema::kSearchRebuild): until then
// the search scans, as before v7.
enum class Search { Index, Scan };

Where orderWhere(const OrderFilter& filter, OrderSearchSql::Plan plan = OrderSearchSql::Plan::Sparse,
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
        where.add("o.status = ?", {filter.status});
    if (!filter.marketplaceId.isEmpty())
        where.add("o.marketplace_id = ?", {filter.marketplaceId});
    where.addDays("o.purchase_date", filter.from, filter.to);
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

Where searchedWhere(CipherDatabase& db, const OrderFilter& filter, OrderSort sort, QString* error)
{
    const QString term = filter.search.trimmed();
    if (term.isEmpty())
        return orderWhere(filter);
    const Search search = searchOf(db);
    OrderSearchSql::Plan plan = OrderSearchSql::Plan::Sparse;
    if (search == Search::Index && (sort == OrderSort::PurchaseDate || sort == OrderSort::Id)
        && OrderSearchSql(term).countMatches(db, kSparseMatches + 1, error) > kSparseMatches)
        plan = OrderSearchSql::Plan::Dense;
    return orderWhere(filter, plan, search);
}

QByteArray orderBy(OrderSort sort, Qt::SortOrder order)
{
    const char* column = "o.purchase_date";
    switch (sort) {
    case OrderSort::PurchaseDate:
        column = "o.purchase_date";
        break;
    case OrderSort::Id:
        return QByteArrayLiteral(" ORDER BY o.id") + direction(order);
    case OrderSort::Status:
        column = "o.status";
        break;
    case OrderSort::Marketplace:
        column = "o.marketplace_id";
        break;
    case OrderSort::Total:
        column = "o.order_total_cents";
        break;
    }
    return QByteArrayLiteral(" ORDER BY ") + column + direction(order) + QByteArrayLiteral(", o.id") + direction(order);
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
    const qint64 limit = cap > 0 ? cap + 1 : 0;
    CappedCount result;
    if (search == Search::Index && !term.isEmpty() && onlySearch(filter)) {
        // Counted in the index alone: no order row is read.
        result.count = OrderSearchSql(term).countMatches(m_db, limit, m_lastError);
    } else {
        const Where where = orderWhere(filter, OrderSearchSql::Plan::Sparse, search);
        const QByteArray sql =
            limit > 0 ? QByteArray("SELECT count(*) FROM (SELECT 1 FROM orders o" + where.sql() + " LIMIT ?)")
                      : QByteArray("SELECT count(*) FROM orders o" + where.sql());
        CipherDatabase::Statement s = m_db.prepare(sql.constData());
        if (s.isValid()) {
            const int next = where.bind(s);
            if (limit > 0)
                s.bind(next, limit);
        }
        if (!s.isValid() || s.step() != CipherDatabase::Statement::Step::Row) {
            *m_lastError = m_db.lastError();
            return result;
        }
        m_lastError->clear();
        result.count = s.int64(0);
    }
    if (cap > 0 && result.count > cap) {
        result.count = cap;
        result.capped = true;
    }
    return result;
}

QList<OrderRow> OrdersQuery::page(const OrderFilter& filter, OrderSort sort, Qt::SortOrder order, int offset, int limit,
                                  const OrderRow* after) const
{
    Where where = searchedWhere(m_db, filter, sort, m_lastError);
    // Keyset continuation on the indexed orders: rows strictly after `after` in (key, id) order.
    const bool ascending = order == Qt::AscendingOrder;
    if (after && sort == OrderSort::PurchaseDate) {
        where.add(ascending ? "o.purchase_date >= ? AND (o.purchase_date > ? OR o.id > ?)"
                            : "o.purchase_date <= ? AND (o.purchase_date < ? OR o.id < ?)",
                  {after->purchaseDate, after->purchaseDate, after->id});
        offset = 0;
    } else if (after && sort == OrderSort::Id) {
        where.add(ascending ? "o.id > ?" : "o.id < ?", {after->id});
        offset = 0;
    }
    const QByteArray sql = kOrderColumns + where.sql() + orderBy(sort, order) + QByteArrayLiteral(" LIMIT ? OFFSET ?");
    CipherDatabase::Statement s = m_db.prepare(sql.constData());
    if (!s.isValid()) {
        *m_lastError = m_db.lastError();
        return {};
    }
    const int next = where.bind(s);
    s.bind(next, qint64(qMax(0, limit)));
    s.bind(next + 1, qint64(qMax(0, offset)));
    return readAll<OrderRow>(m_db, s, m_lastError, orderFrom);
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
QStringList OrdersQuery::statuses() const
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
