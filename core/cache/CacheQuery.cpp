#include "cache/CacheQuery.h"

#include "cache/CipherDatabase.h"

namespace sp {

namespace {

// Matches order id, or any item's SKU, ASIN or title. LIKE is case-insensitive for ASCII;
// % and _ in the user's text are escaped so that they match themselves.
const char* const kSearchFilter =
    " WHERE (?1 = '' OR o.id LIKE ?2 ESCAPE '\\' OR EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id"
    " AND (i.sku LIKE ?2 ESCAPE '\\' OR i.asin LIKE ?2 ESCAPE '\\' OR i.title LIKE ?2 ESCAPE '\\')))";

QString likePattern(const QString& search)
{
    QString escaped = search;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

CacheQuery::CacheQuery(std::unique_ptr<CipherDatabase> db, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
{
}

CacheQuery::~CacheQuery() = default;

int CacheQuery::orderCount(const QString& search) const
{
    const QByteArray sql = QByteArrayLiteral("SELECT count(*) FROM orders o") + kSearchFilter;
    CipherDatabase::Statement s = m_db->prepare(sql.constData());
    const QString trimmed = search.trimmed();
    s.bind(1, trimmed.isEmpty() ? QStringLiteral("") : trimmed);
    s.bind(2, likePattern(trimmed));
    if (!s.isValid() || s.step() != CipherDatabase::Statement::Step::Row) {
        m_lastError = m_db->lastError();
        return 0;
    }
    m_lastError.clear();
    return int(s.int64(0));
}

QList<OrderRow> CacheQuery::orders(const QString& search, int offset, int limit) const
{
    const QByteArray sql = QByteArrayLiteral(
                               "SELECT o.id, o.marketplace_id, o.purchase_date, o.last_update_date, o.status, "
                               "o.fulfillment_channel, o.currency, o.order_total_cents, "
                               "(SELECT count(*) FROM order_items i WHERE i.order_id = o.id) FROM orders o")
                           + kSearchFilter
                           + QByteArrayLiteral(" ORDER BY o.purchase_date DESC, o.id LIMIT ?3 OFFSET ?4");
    CipherDatabase::Statement s = m_db->prepare(sql.constData());
    QList<OrderRow> rows;
    if (!s.isValid()) {
        m_lastError = m_db->lastError();
        return rows;
    }
    const QString trimmed = search.trimmed();
    s.bind(1, trimmed.isEmpty() ? QStringLiteral("") : trimmed);
    s.bind(2, likePattern(trimmed));
    s.bind(3, qint64(qMax(0, limit)));
    s.bind(4, qint64(qMax(0, offset)));
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
