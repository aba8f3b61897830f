#include "cache/TableQuerySql.h"

namespace sp::TableQuerySql {

QString likePattern(const QString& search)
{
    QString escaped = search;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QByteArray direction(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? QByteArrayLiteral(" ASC") : QByteArrayLiteral(" DESC");
}

void Where::add(const char* clause, const QList<QVariant>& values)
{
    m_sql += m_sql.isEmpty() ? QByteArrayLiteral(" WHERE ") : QByteArrayLiteral(" AND ");
    m_sql += clause;
    m_values += values;
}

void Where::addDays(const char* column, const QDate& from, const QDate& to)
{
    if (from.isValid())
        add(QByteArray(column).append(" >= ?").constData(), {from.toString(Qt::ISODate)});
    if (to.isValid())
        add(QByteArray(column).append(" < ?").constData(), {to.addDays(1).toString(Qt::ISODate)});
}

int Where::bind(CipherDatabase::Statement& s, int first) const
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

int count(CipherDatabase& db, const QByteArray& countSql, const Where& where, QString* error)
{
    CipherDatabase::Statement s = db.prepare(QByteArray(countSql + where.sql()).constData());
    if (s.isValid())
        where.bind(s);
    if (!s.isValid() || s.step() != CipherDatabase::Statement::Step::Row) {
        *error = db.lastError();
        return 0;
    }
    error->clear();
    return int(s.int64(0));
}

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

} // namespace sp::TableQuerySql
