#include "cache/CacheQuery.h"

#include "cache/CipherDatabase.h"

#include <QVariant>

namespace sp {

namespace {

QString likePattern(const QString& search)
{
    QString escaped = search;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// A WHERE clause and the values bound to its `?`s, in order. Only fixed SQL text is appended;
// whatever the user typed goes into the bound values.
class Where
{
public:
    void add(const char* clause, const QList<QVariant>& values = {})
    {
        m_sql += m_sql.isEmpty() ? QByteArrayLiteral(" WHERE ") : QByteArrayLiteral(" AND ");
        m_sql += clause;
        m_values += values;
    }
    void addDays(const char* column, const QDate& from, const QDate& to)
    {
        // ISO 8601 UTC text sorts like time: whole days are a range on the (indexed) column.
        if (from.isValid())
            add(QByteArray(column).append(" >= ?").constData(), {from.toString(Qt::ISODate)});
        if (to.isValid())
            add(QByteArray(column).append(" < ?").constData(), {to.addDays(1).toString(Qt::ISODate)});
    }
    const QByteArray& sql() const { return m_sql; }
    // Binds the clause's values from 1 on; returns the next free index.
    int bind(CipherDatabase::Statement& s) const { return bindFrom(s, 1); }
    int bindFrom(CipherDatabase::Statement& s, int first) const
    {
        int index = first;
        for (const QVariant& value : m_values) {
            if (value.typeId() == QMetaType::LongLong)
                s.bind(index++, value.toLongLong());
            else
                s.bind(index++, value.toString());
        }
        return index;
    }

private:
    QByteArray m_sql;
    QList<QVariant> m_values;
};

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

Where eventWhere(const FinancialEventFilter& filter)
{
    Where where;
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        const QString pattern = likePattern(search);
        where.add("(e.id LIKE ? ESCAPE '\\' OR e.order_id LIKE ? ESCAPE '\\' OR e.sku LIKE ? ESCAPE '\\')",
                  {pattern, pattern, pattern});
    }
    if (!filter.type.isEmpty())
        where.add("e.type = ?", {filter.type});
    if (!filter.marketplaceId.isEmpty())
        where.add("e.marketplace_id = ?", {filter.marketplaceId});
    where.addDays("e.posted_at", filter.from, filter.to);
    return where;
}

Where productWhere(const QString& search)
{
    Where where;
    const QString trimmed = search.trimmed();
    if (!trimmed.isEmpty()) {
        const QString pattern = likePattern(trimmed);
        where.add("(p.sku LIKE ? ESCAPE '\\' OR p.asin LIKE ? ESCAPE '\\' OR p.title LIKE ? ESCAPE '\\')",
                  {pattern, pattern, pattern});
    }
    return where;
}

QByteArray direction(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? QByteArrayLiteral(" ASC") : QByteArrayLiteral(" DESC");
}

QByteArray orderBy(OrderSort sort, Qt::SortOrder order)
{
    const char* column = "o.purchase_date";
    switch (sort) {
    case OrderSort::PurchaseDate: column = "o.purchase_date"; break;
    case OrderSort::Id: return QByteArrayLiteral(" ORDER BY o.id") + direction(order);
    case OrderSort::Status: column = "o.status"; break;
    case OrderSort::Marketplace: column = "o.marketplace_id"; break;
    case OrderSort::Total: column = "o.order_total_cents"; break;
    }
    return QByteArrayLiteral(" ORDER BY ") + column + direction(order) + QByteArrayLiteral(", o.id")
        + direction(order);
}

QByteArray orderBy(FinancialEventSort sort, Qt::SortOrder order)
{
    const char* column = "e.posted_at";
    switch (sort) {
    case FinancialEventSort::PostedAt: column = "e.posted_at"; break;
    case FinancialEventSort::Type: column = "e.type"; break;
    case FinancialEventSort::Charge: column = "e.charge"; break;
    case FinancialEventSort::Marketplace: column = "e.marketplace_id"; break;
    case FinancialEventSort::Amount: column = "e.amount_cents"; break;
    }
    return QByteArrayLiteral(" ORDER BY ") + column + direction(order) + QByteArrayLiteral(", e.id")
        + direction(order);
}

QByteArray orderBy(ProductSort sort, Qt::SortOrder order)
{
    const char* column = "p.sku";
    switch (sort) {
    case ProductSort::Sku: return QByteArrayLiteral(" ORDER BY p.sku") + direction(order);
    case ProductSort::Title: column = "p.title"; break;
    case ProductSort::Fulfillable: column = "fulfillable"; break;
    case ProductSort::Inbound: column = "inbound"; break;
    }
    return QByteArrayLiteral(" ORDER BY ") + column + direction(order) + QByteArrayLiteral(", p.sku")
        + direction(order);
}

const char* const kOrderColumns =
    "SELECT o.id, o.marketplace_id, o.purchase_date, o.last_update_date, o.status, o.fulfillment_channel, "
    "o.currency, o.order_total_cents, (SELECT count(*) FROM order_items i WHERE i.order_id = o.id) FROM orders o";

const char* const kEventColumns =
    "SELECT e.id, e.type, e.charge, e.posted_at, e.marketplace_id, e.currency, e.amount_cents, e.order_id, e.sku "
    "FROM financial_events e";

FinancialEventRow eventFrom(const CipherDatabase::Statement& s)
{
    FinancialEventRow row;
    row.id = s.text(0);
    row.type = s.text(1);
    row.charge = s.text(2);
    row.postedAt = s.text(3);
    row.marketplaceId = s.text(4);
    row.currency = s.text(5);
    row.amountCents = s.int64(6);
    row.orderId = s.text(7);
    row.sku = s.text(8);
    return row;
}

} // namespace

CacheQuery::CacheQuery(std::unique_ptr<CipherDatabase> db, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    // The views seek in indexes and read the small summary tables: 4 MB of decrypted pages is
    // plenty, and keeps the app over a million orders within 1.4x the memory of an empty cache
    // (the reader's default 16 MB: 1.7x; orders_table.memory_over_empty).
    m_db->exec("PRAGMA cache_size = -4096");
    // A damaged page is reported, never read as "no rows": the controller switches to the damaged
    // state (queued: the view whose read failed is still in its call).
    m_db->setDamageHandler([this](CipherDatabase::Damage damage) {
        emit damageFound(damage == CipherDatabase::Damage::Damaged);
    });
}

CacheQuery::~CacheQuery() = default;

int CacheQuery::orderCount(const QString& search) const
{
    OrderFilter filter;
    filter.search = search;
    return orderCount(filter);
}

QList<OrderRow> CacheQuery::orders(const QString& search, int offset, int limit) const
{
    OrderFilter filter;
    filter.search = search;
    return orders(filter, OrderSort::PurchaseDate, Qt::DescendingOrder, offset, limit);
}

int CacheQuery::orderCount(const OrderFilter& filter) const
{
    const Where where = orderWhere(filter);
    CipherDatabase::Statement s = m_db->prepare(QByteArray(QByteArrayLiteral("SELECT count(*) FROM orders o") + where.sql()).constData());
    if (s.isValid())
        where.bind(s);
    if (!s.isValid() || s.step() != CipherDatabase::Statement::Step::Row) {
        m_lastError = m_db->lastError();
        return 0;
    }
    m_lastError.clear();
    return int(s.int64(0));
}

QList<OrderRow> CacheQuery::orders(const OrderFilter& filter, OrderSort sort, Qt::SortOrder order, int offset,
                                   int limit, const OrderRow* after) const
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
    CipherDatabase::Statement s = m_db->prepare(sql.constData());
    QList<OrderRow> rows;
    if (!s.isValid()) {
        m_lastError = m_db->lastError();
        return rows;
    }
    const int next = where.bind(s);
    s.bind(next, qint64(qMax(0, limit)));
    s.bind(next + 1, qint64(qMax(0, offset)));
    rows.reserve(qMax(0, limit));
    CipherDatabase::Statement::Step step;
    while ((step = s.step()) == CipherDatabase::Statement::Step::Row) {
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
        rows.append(row);
    }
    m_lastError = step == CipherDatabase::Statement::Step::Done ? QString() : m_db->lastError();
    return rows;
}

QList<OrderItemRow> CacheQuery::orderItems(const QString& orderId) const
{
    CipherDatabase::Statement s = m_db->prepare(
        "SELECT id, sku, asin, title, quantity, item_price_cents, item_tax_cents, shipping_price_cents, "
        "promotion_discount_cents FROM order_items WHERE order_id = ? ORDER BY id");
    QList<OrderItemRow> rows;
    if (!s.isValid()) {
        m_lastError = m_db->lastError();
        return rows;
    }
    s.bind(1, orderId);
    CipherDatabase::Statement::Step step;
    while ((step = s.step()) == CipherDatabase::Statement::Step::Row) {
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
        rows.append(row);
    }
    m_lastError = step == CipherDatabase::Statement::Step::Done ? QString() : m_db->lastError();
    return rows;
}

QList<FinancialEventRow> CacheQuery::financialEventsOfOrder(const QString& orderId) const
{
    // No index on financial_events.order_id (random keys cost the sync): one order's events are
    // read by a scan, which the detail panel does once per selection.
    CipherDatabase::Statement s = m_db->prepare(
        QByteArray(QByteArray(kEventColumns) + " WHERE e.order_id = ? ORDER BY e.posted_at, e.id").constData());
    QList<FinancialEventRow> rows;
    if (!s.isValid()) {
        m_lastError = m_db->lastError();
        return rows;
    }
    s.bind(1, orderId);
    CipherDatabase::Statement::Step step;
    while ((step = s.step()) == CipherDatabase::Statement::Step::Row)
        rows.append(eventFrom(s));
    m_lastError = step == CipherDatabase::Statement::Step::Done ? QString() : m_db->lastError();
    return rows;
}

QStringList CacheQuery::distinct(const char* sql) const
{
    CipherDatabase::Statement s = m_db->prepare(sql);
    QStringList values;
    if (!s.isValid()) {
        m_lastError = m_db->lastError();
        return values;
    }
    CipherDatabase::Statement::Step step;
    while ((step = s.step()) == CipherDatabase::Statement::Step::Row)
        values.append(s.text(0));
    m_lastError = step == CipherDatabase::Statement::Step::Done ? QString() : m_db->lastError();
    return values;
}

// The values the API defines (docs/api/openapi.yaml), not read from the rows: SQLite runs a
// DISTINCT over an unindexed column as a GROUP BY, which sorts every row in memory (a million
// orders: +65 MB peak; four million events: +290 MB).
QStringList CacheQuery::orderStatuses() const
{
    return {QStringLiteral("Canceled"), QStringLiteral("InvoiceUnconfirmed"), QStringLiteral("PartiallyShipped"),
            QStringLiteral("Pending"), QStringLiteral("PendingAvailability"), QStringLiteral("Shipped"),
            QStringLiteral("Unfulfillable"), QStringLiteral("Unshipped")};
}

QStringList CacheQuery::financialEventTypes() const
{
    return {QStringLiteral("advertising"), QStringLiteral("refund"), QStringLiteral("reimbursement"),
            QStringLiteral("service_fee"), QStringLiteral("shipment")};
}

int CacheQuery::productCount(const QString& search) const
{
    const Where where = productWhere(search);
    CipherDatabase::Statement s =
        m_db->prepare(QByteArray(QByteArrayLiteral("SELECT count(*) FROM products p") + where.sql()).constData());
    if (s.isValid())
        where.bind(s);
    if (!s.isValid() || s.step() != CipherDatabase::Statement::Step::Row) {
        m_lastError = m_db->lastError();
        return 0;
    }
    m_lastError.clear();
    return int(s.int64(0));
}

QList<ProductStockRow> CacheQuery::products(const QString& search, ProductSort sort, Qt::SortOrder order,
                                            int offset, int limit) const
{
    const Where where = productWhere(search);
    const QByteArray sql =
        QByteArrayLiteral("SELECT p.sku, p.asin, p.title, p.marketplace_ids, coalesce(sum(v.fulfillable), 0) AS "
                          "fulfillable, coalesce(sum(v.inbound), 0) AS inbound, coalesce(sum(v.reserved), 0), "
                          "coalesce(sum(v.unfulfillable), 0) FROM products p LEFT JOIN inventory v ON v.sku = p.sku")
        + where.sql() + QByteArrayLiteral(" GROUP BY p.sku") + orderBy(sort, order)
        + QByteArrayLiteral(" LIMIT ? OFFSET ?");
    CipherDatabase::Statement s = m_db->prepare(sql.constData());
    QList<ProductStockRow> rows;
    if (!s.isValid()) {
        m_lastError = m_db->lastError();
        return rows;
    }
    const int next = where.bind(s);
    s.bind(next, qint64(qMax(0, limit)));
    s.bind(next + 1, qint64(qMax(0, offset)));
    CipherDatabase::Statement::Step step;
    while ((step = s.step()) == CipherDatabase::Statement::Step::Row) {
        ProductStockRow row;
        row.sku = s.text(0);
        row.asin = s.text(1);
        row.title = s.text(2);
        row.marketplaceIds = s.text(3);
        row.fulfillable = s.int64(4);
        row.inbound = s.int64(5);
        row.reserved = s.int64(6);
        row.unfulfillable = s.int64(7);
        rows.append(row);
    }
    m_lastError = step == CipherDatabase::Statement::Step::Done ? QString() : m_db->lastError();
    return rows;
}

int CacheQuery::financialEventCount(const FinancialEventFilter& filter) const
{
    const Where where = eventWhere(filter);
    CipherDatabase::Statement s =
        m_db->prepare(QByteArray(QByteArrayLiteral("SELECT count(*) FROM financial_events e") + where.sql()).constData());
    if (s.isValid())
        where.bind(s);
    if (!s.isValid() || s.step() != CipherDatabase::Statement::Step::Row) {
        m_lastError = m_db->lastError();
        return 0;
    }
    m_lastError.clear();
    return int(s.int64(0));
}

QList<FinancialEventRow> CacheQuery::financialEvents(const FinancialEventFilter& filter, FinancialEventSort sort,
                                                     Qt::SortOrder order, int offset, int limit,
                                                     const FinancialEventRow* after) const
{
    Where where = eventWhere(filter);
    if (after && sort == FinancialEventSort::PostedAt) {
        where.add(order == Qt::AscendingOrder ? "e.posted_at >= ? AND (e.posted_at > ? OR e.id > ?)"
                                              : "e.posted_at <= ? AND (e.posted_at < ? OR e.id < ?)",
                  {after->postedAt, after->postedAt, after->id});
        offset = 0;
    }
    const QByteArray sql = kEventColumns + where.sql() + orderBy(sort, order) + QByteArrayLiteral(" LIMIT ? OFFSET ?");
    CipherDatabase::Statement s = m_db->prepare(sql.constData());
    QList<FinancialEventRow> rows;
    if (!s.isValid()) {
        m_lastError = m_db->lastError();
        return rows;
    }
    const int next = where.bind(s);
    s.bind(next, qint64(qMax(0, limit)));
    s.bind(next + 1, qint64(qMax(0, offset)));
    CipherDatabase::Statement::Step step;
    while ((step = s.step()) == CipherDatabase::Statement::Step::Row)
        rows.append(eventFrom(s));
    m_lastError = step == CipherDatabase::Statement::Step::Done ? QString() : m_db->lastError();
    return rows;
}

QList<CurrencyAmount> CacheQuery::financialEventTotals(const FinancialEventFilter& filter) const
{
    // One pass with a sum per currency (the marketplaces' currencies: a handful). GROUP BY on the
    // unindexed currency would sort every matching event in memory first.
    const QStringList currencies = distinct("SELECT DISTINCT currency FROM marketplaces ORDER BY currency");
    QList<CurrencyAmount> totals;
    if (currencies.isEmpty())
        return totals;
    QByteArray columns;
    for (int i = 0; i < currencies.size(); ++i)
        columns += QByteArray(i == 0 ? "" : ", ") + "sum(CASE WHEN e.currency = ? THEN e.amount_cents END)";
    const Where where = eventWhere(filter);
    const QByteArray sql = QByteArrayLiteral("SELECT ") + columns + QByteArrayLiteral(" FROM financial_events e") + where.sql();
    CipherDatabase::Statement s = m_db->prepare(sql.constData());
    if (!s.isValid()) {
        m_lastError = m_db->lastError();
        return totals;
    }
    int index = 1;
    for (const QString& currency : currencies)
        s.bind(index++, currency);
    where.bindFrom(s, index); // the WHERE clause's values follow the currencies
    if (s.step() != CipherDatabase::Statement::Step::Row) {
        m_lastError = m_db->lastError();
        return totals;
    }
    for (int i = 0; i < currencies.size(); ++i) {
        if (!s.isNull(i)) // no event in that currency: no total
            totals.append({currencies.at(i), s.int64(i)});
    }
    m_lastError.clear();
    return totals;
}

QList<MarketplaceRow> CacheQuery::marketplaces() const
{
    CipherDatabase::Statement s = m_db->prepare("SELECT id, country_code, name, currency FROM marketplaces ORDER BY id");
    QList<MarketplaceRow> rows;
    if (!s.isValid()) {
        m_lastError = m_db->lastError();
        return rows;
    }
    CipherDatabase::Statement::Step step;
    while ((step = s.step()) == CipherDatabase::Statement::Step::Row)
        rows.append({s.text(0), s.text(1), s.text(2), s.text(3)});
    m_lastError = step == CipherDatabase::Statement::Step::Done ? QString() : m_db->lastError();
    return rows;
}

QList<UnitCostRow> CacheQuery::unitCosts() const
{
    QList<UnitCostRow> rows;
    if (m_db->scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'unit_costs'", 0) == 0)
        return rows; // an older cache: no unit costs yet
    CipherDatabase::Statement s = m_db->prepare(
        "SELECT sku, currency, unit_cost_cents, effective_from FROM unit_costs ORDER BY sku, currency, effective_from");
    if (!s.isValid()) {
        m_lastError = m_db->lastError();
        return rows;
    }
    CipherDatabase::Statement::Step step;
    while ((step = s.step()) == CipherDatabase::Statement::Step::Row)
        rows.append({s.text(0), s.text(1), s.int64(2), QDate::fromString(s.text(3), Qt::ISODate)});
    m_lastError = step == CipherDatabase::Statement::Step::Done ? QString() : m_db->lastError();
    return rows;
}

qint64 CacheQuery::productCount() const
{
    return m_db->scalar("SELECT count(*) FROM products", 0);
}

qint64 CacheQuery::inventoryCount() const
{
    return m_db->scalar("SELECT count(*) FROM inventory", 0);
}

qint64 CacheQuery::financialEventCount() const
{
    return m_db->scalar("SELECT count(*) FROM financial_events", 0);
}

qint64 CacheQuery::marketplaceCount() const
{
    return m_db->scalar("SELECT count(*) FROM marketplaces", 0);
}

QString CacheQuery::lastError() const
{
    return m_lastError;
}

} // namespace sp
