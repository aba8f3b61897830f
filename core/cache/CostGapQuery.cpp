#include "cache/CostGapQuery.h"

#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"
#include "cache/TableQuerySql.h"

namespace sp {

using namespace TableQuerySql;

namespace {

// Each SKU with uncosted units and its revenue, grouped per currency first so that each currency's
// rate is looked up once per SKU (exchange_rates: 1 EUR = rate_micros / 1,000,000 of the currency).
const QByteArray kGaps = QByteArrayLiteral(
    "WITH by_currency AS (SELECT sku, currency, sum(revenue_cents) AS revenue, sum(uncosted_units) AS uncosted "
    "FROM summary_product_day GROUP BY sku, currency), "
    "gaps AS (SELECT b.sku, sum(b.revenue * 1000000.0 / coalesce((SELECT r.rate_micros FROM exchange_rates r "
    "WHERE r.currency = b.currency ORDER BY r.day DESC LIMIT 1), 1000000)) AS revenue "
    "FROM by_currency b GROUP BY b.sku HAVING sum(b.uncosted) > 0) ");

} // namespace

CostGapQuery::CostGapQuery(const CacheQuery& cache)
    : m_db(ReadConnection::of(cache))
{}

int CostGapQuery::count(const QString& search) const
{
    m_lastError.clear();
    const Where where = productSearchWhere(search);
    const QByteArray sql =
        kGaps + QByteArrayLiteral("SELECT count(*) FROM gaps g JOIN products p ON p.sku = g.sku") + where.sql();
    CipherDatabase::Statement s = m_db.prepare(sql.constData());
    if (!s.isValid()) {
        m_lastError = m_db.lastError();
        return -1;
    }
    where.bind(s);
    if (s.step() != CipherDatabase::Statement::Step::Row) {
        m_lastError = m_db.lastError();
        return -1;
    }
    return int(s.int64(0));
}

QList<ProductStockRow> CostGapQuery::page(const QString& search, int offset, int limit) const
{
    m_lastError.clear();
    const Where where = productSearchWhere(search);
    const QByteArray sql =
        kGaps
        + QByteArrayLiteral("SELECT p.sku, p.asin, p.title, p.marketplace_ids, coalesce(sum(v.fulfillable), 0), "
                            "coalesce(sum(v.inbound), 0), coalesce(sum(v.reserved), 0), "
                            "coalesce(sum(v.unfulfillable), 0) FROM gaps g JOIN products p ON p.sku = g.sku "
                            "LEFT JOIN inventory v ON v.sku = p.sku")
        + where.sql() + QByteArrayLiteral(" GROUP BY p.sku ORDER BY g.revenue DESC, p.sku LIMIT ? OFFSET ?");
    CipherDatabase::Statement s = m_db.prepare(sql.constData());
    if (!s.isValid()) {
        m_lastError = m_db.lastError();
        return {};
    }
    const int next = where.bind(s);
    s.bind(next, qint64(qMax(0, limit)));
    s.bind(next + 1, qint64(qMax(0, offset)));
    return readAll<ProductStockRow>(m_db, s, &m_lastError, [](const CipherDatabase::Statement& row) {
        ProductStockRow product;
        product.sku = row.text(0);
        product.asin = row.text(1);
        product.title = row.text(2);
        product.marketplaceIds = row.text(3);
        product.fulfillable = row.int64(4);
        product.inbound = row.int64(5);
        product.reserved = row.int64(6);
        product.unfulfillable = row.int64(7);
        return product;
    });
}

QDate CostGapQuery::firstSale(const QString& sku, const QString& currency) const
{
    m_lastError.clear();
    // The month first (a small table), then the day within it.
    CipherDatabase::Statement month =
        m_db.prepare("SELECT min(month) FROM summary_product_month WHERE sku = ?1 AND currency = ?2 AND units > 0");
    if (!month.isValid()) {
        m_lastError = m_db.lastError();
        return {};
    }
    month.bind(1, sku);
    month.bind(2, currency);
    if (month.step() != CipherDatabase::Statement::Step::Row || month.isNull(0))
        return {};
    const QDate first = QDate::fromString(month.text(0) + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid())
        return {};
    CipherDatabase::Statement day =
        m_db.prepare("SELECT min(day) FROM summary_product_day WHERE day >= ?3 AND day < ?4 AND sku = ?1 "
                     "AND currency = ?2 AND units > 0");
    if (!day.isValid()) {
        m_lastError = m_db.lastError();
        return {};
    }
    day.bind(1, sku);
    day.bind(2, currency);
    day.bind(3, first.toString(Qt::ISODate));
    day.bind(4, first.addMonths(1).toString(Qt::ISODate));
    if (day.step() != CipherDatabase::Statement::Step::Row || day.isNull(0))
        return {};
    return QDate::fromString(day.text(0), Qt::ISODate);
}

} // namespace sp
