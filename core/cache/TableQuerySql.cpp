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

Where productSearchWhere(const QString& search)
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

QByteArray Where::signature() const
{
    QByteArray key = m_sql;
    for (const QVariant& value : m_values) {
        const QByteArray text = value.toString().toUtf8();
        // Typed and length-prefixed: no two lists of values give the same key.
        key += '\0' + QByteArray::number(value.typeId()) + ':' + QByteArray::number(text.size()) + ':' + text;
    }
    return key;
}

QByteArray Sort::orderBy(bool reversed) const
{
    const QByteArray dir =
        direction((order == Qt::AscendingOrder) != reversed ? Qt::AscendingOrder : Qt::DescendingOrder);
    if (key.isEmpty())
        return QByteArrayLiteral(" ORDER BY ") + unique + dir;
    return QByteArrayLiteral(" ORDER BY ") + key + dir + QByteArrayLiteral(", ") + unique + dir;
}

void Sort::continueAfter(Where& where, const QVariant& keyValue, const QVariant& uniqueValue) const
{
    const QByteArray after = order == Qt::AscendingOrder ? QByteArrayLiteral(" > ") : QByteArrayLiteral(" < ");
    if (key.isEmpty() || keyFixed) {
        where.add(QByteArray(unique + after + '?').constData(), {uniqueValue});
    } else if (expression) {
        // The key's range is a seek; within the key's ties (a few thousand rows at most: equal totals)
        // the unique key filters.
        const QByteArray orEqual = order == Qt::AscendingOrder ? QByteArrayLiteral(" >= ") : QByteArrayLiteral(" <= ");
        where.add(QByteArray(key + orEqual + "? AND (" + key + after + "? OR " + unique + after + "?)").constData(),
                  {keyValue, keyValue, uniqueValue});
    } else {
        // A row value: one seek into (key, unique), however many rows share the key.
        where.add(QByteArray('(' + key + ", " + unique + ')' + after + "(?, ?)").constData(), {keyValue, uniqueValue});
    }
}

Window windowOf(int offset, int limit, int total)
{
    offset = qMax(0, offset);
    limit = qMax(0, limit);
    if (offset < kFarOffset || 2 * qint64(offset) + limit <= qint64(total))
        return {offset, limit, false};
    const int rows = qBound(0, total - offset, limit);
    if (rows == 0)
        return {offset, 0, false}; // past the end
    return {total - offset - rows, rows, true};
}

bool matchesFew(CipherDatabase& db, const char* from, const Where& where)
{
    const QByteArray sql = QByteArrayLiteral("SELECT count(*) FROM (SELECT 1 FROM ") + from + where.sql()
                           + QByteArrayLiteral(" LIMIT ") + QByteArray::number(kFewRows + 1) + ')';
    CipherDatabase::Statement s = db.prepare(sql.constData());
    if (!s.isValid())
        return false;
    where.bind(s);
    return s.step() == CipherDatabase::Statement::Step::Row && s.int64(0) <= kFewRows;
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

CappedCount countUpTo(CipherDatabase& db, const char* from, const Where& where, qint64 cap, QString* error)
{
    const QByteArray matching = QByteArray(from) + where.sql();
    const QByteArray sql = cap > 0 ? QByteArray("SELECT count(*) FROM (SELECT 1 FROM " + matching + " LIMIT ?)")
                                   : QByteArray("SELECT count(*) FROM " + matching);
    CipherDatabase::Statement s = db.prepare(sql.constData());
    if (s.isValid()) {
        const int next = where.bind(s);
        if (cap > 0)
            s.bind(next, cap + 1);
    }
    if (!s.isValid() || s.step() != CipherDatabase::Statement::Step::Row) {
        *error = db.lastError();
        return {};
    }
    error->clear();
    return capAt(s.int64(0), cap);
}

CappedCount capAt(qint64 counted, qint64 cap)
{
    if (cap > 0 && counted > cap)
        return {cap, true};
    return {counted, false};
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
