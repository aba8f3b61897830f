#include "cache/ProductsQuery.h"

#include "cache/CipherDatabase.h"
#include "cache/TableQuerySql.h"

namespace sp {

using namespace TableQuerySql;

namespace {

QByteArray orderBy(ProductSort sort, Qt::SortOrder order)
{
    const char* column = "p.sku";
    switch (sort) {
    case ProductSort::Sku:
        return QByteArrayLiteral(" ORDER BY p.sku") + direction(order);
    case ProductSort::Title:
        column = "p.title";
        break;
    case ProductSort::Fulfillable:
        column = "fulfillable";
        break;
    case ProductSort::Inbound:
        column = "inbound";
        break;
    }
    return QByteArrayLiteral(" ORDER BY ") + column + direction(order) + QByteArrayLiteral(", p.sku")
           + direction(order);
}

ProductStockRow productFrom(const CipherDatabase::Statement& s)
{
    ProductStockRow row;
    row.sku = s.text(0);
    row.asin = s.text(1);
    row.title = s.text(2);
    row.marketplaceIds = s.text(3);
    row.fulfillable = s.int64(4);
    row.inbound = s.int64(5);
    row.reserved = s.int64(6);
    row.unfulfillable = s.int64(7);
    return row;
}

} // namespace

int ProductsQuery::count(const QString& search) const
{
    return TableQuerySql::count(m_db, QByteArrayLiteral("SELECT count(*) FROM products p"), productSearchWhere(search),
                                m_lastError);
}

QList<ProductStockRow> ProductsQuery::page(const QString& search, ProductSort sort, Qt::SortOrder order, int offset,
                                           int limit) const
{
    const Where where = productSearchWhere(search);
    const QByteArray sql =
        QByteArrayLiteral("SELECT p.sku, p.asin, p.title, p.marketplace_ids, coalesce(sum(v.fulfillable), 0) AS "
                          "fulfillable, coalesce(sum(v.inbound), 0) AS inbound, coalesce(sum(v.reserved), 0), "
                          "coalesce(sum(v.unfulfillable), 0) FROM products p LEFT JOIN inventory v ON v.sku = p.sku")
        + where.sql() + QByteArrayLiteral(" GROUP BY p.sku") + orderBy(sort, order)
        + QByteArrayLiteral(" LIMIT ? OFFSET ?");
    CipherDatabase::Statement s = m_db.prepare(sql.constData());
    if (!s.isValid()) {
        *m_lastError = m_db.lastError();
        return {};
    }
    const int next = where.bind(s);
    s.bind(next, qint64(qMax(0, limit)));
    s.bind(next + 1, qint64(qMax(0, offset)));
    return readAll<ProductStockRow>(m_db, s, m_lastError, productFrom);
}

} // namespace sp
