#include "cache/OrdersQuery.h"

#include "cache/CipherDatabase.h"
#include "cache/TableQuerySql.h"

namespace sp {

using namespace TableQuerySql;

namespace {

Where orderWhere(const OrderFilter& filter)
{
    Where where;
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        const QString pattern = likePattern(search);
        // LIKE is case-insensitive for ASCII; % and _ in the user's text match themselves.
        where.add("(o.id LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id"
                  " AND (i.sku LIKE ? ESCAPE '\\' OR i.asin LIKE ? ESCAPE '\\' OR i.title LIKE ? ESCAPE '\\')))",
                  {pattern, pattern, pattern, pattern});
    }
    if (!filter.status.isEmpty())
        where.add("o.status = ?", {filter.status});
    if (!filter.marketplaceId.isEmpty())
        where.add("o.marketplace_id = ?", {filter.marketplaceId});
    where.addDays("o.purchase_date", filter.from, filter.to);
    return where;
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

int OrdersQuery::count(const OrderFilter& filter) const
{
    return TableQuerySql::count(m_db, QByteArrayLiteral("SELECT count(*) FROM orders o"), orderWhere(filter),
                                m_lastError);
}

QList<OrderRow> OrdersQuery::page(const OrderFilter& filter, OrderSort sort, Qt::SortOrder order, int offset, int limit,
                                  const OrderRow* after) const
{
    Where where = orderWhere(filter);
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
