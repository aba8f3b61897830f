#include "cache/FinancialEventsQuery.h"

#include "cache/CipherDatabase.h"
#include "cache/TableQuerySql.h"

namespace sp {

using namespace TableQuerySql;

namespace {

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

QByteArray orderBy(FinancialEventSort sort, Qt::SortOrder order)
{
    const char* column = "e.posted_at";
    switch (sort) {
    case FinancialEventSort::PostedAt:
        column = "e.posted_at";
        break;
    case FinancialEventSort::Type:
        column = "e.type";
        break;
    case FinancialEventSort::Charge:
        column = "e.charge";
        break;
    case FinancialEventSort::Marketplace:
        column = "e.marketplace_id";
        break;
    case FinancialEventSort::Amount:
        column = "e.amount_cents";
        break;
    }
    return QByteArrayLiteral(" ORDER BY ") + column + direction(order) + QByteArrayLiteral(", e.id") + direction(order);
}

} // namespace

int FinancialEventsQuery::count(const FinancialEventFilter& filter) const
{
    return TableQuerySql::count(m_db, QByteArrayLiteral("SELECT count(*) FROM financial_events e"), eventWhere(filter),
                                m_lastError);
}

QList<FinancialEventRow> FinancialEventsQuery::page(const FinancialEventFilter& filter, FinancialEventSort sort,
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
    CipherDatabase::Statement s = m_db.prepare(sql.constData());
    if (!s.isValid()) {
        *m_lastError = m_db.lastError();
        return {};
    }
    const int next = where.bind(s);
    s.bind(next, qint64(qMax(0, limit)));
    s.bind(next + 1, qint64(qMax(0, offset)));
    return readAll<FinancialEventRow>(m_db, s, m_lastError, eventFrom);
}

QList<CurrencyAmount> FinancialEventsQuery::totals(const FinancialEventFilter& filter) const
{
    // One pass with a sum per currency (the marketplaces' currencies: a handful). GROUP BY on the
    // unindexed currency would sort every matching event in memory first.
    CipherDatabase::Statement list = m_db.prepare("SELECT DISTINCT currency FROM marketplaces ORDER BY currency");
    if (!list.isValid()) {
        *m_lastError = m_db.lastError();
        return {};
    }
    const QStringList currencies =
        readAll<QString>(m_db, list, m_lastError, [](const CipherDatabase::Statement& s) { return s.text(0); });
    QList<CurrencyAmount> totals;
    if (currencies.isEmpty())
        return totals;
    QByteArray columns;
    for (int i = 0; i < currencies.size(); ++i)
        columns += QByteArray(i == 0 ? "" : ", ") + "sum(CASE WHEN e.currency = ? THEN e.amount_cents END)";
    const Where where = eventWhere(filter);
    const QByteArray sql =
        QByteArrayLiteral("SELECT ") + columns + QByteArrayLiteral(" FROM financial_events e") + where.sql();
    CipherDatabase::Statement s = m_db.prepare(sql.constData());
    if (!s.isValid()) {
        *m_lastError = m_db.lastError();
        return totals;
    }
    int index = 1;
    for (const QString& currency : currencies)
        s.bind(index++, currency);
    where.bind(s, index); // the WHERE clause's values follow the currencies
    if (s.step() != CipherDatabase::Statement::Step::Row) {
        *m_lastError = m_db.lastError();
        return totals;
    }
    for (int i = 0; i < currencies.size(); ++i) {
        if (!s.isNull(i)) // no event in that currency: no total
            totals.append({currencies.at(i), s.int64(i)});
    }
    m_lastError->clear();
    return totals;
}

// The values the API defines (docs/api/openapi.yaml), not read from the rows: a DISTINCT over the
// unindexed column sorts every event in memory (four million events: +290 MB).
QStringList FinancialEventsQuery::types() const
{
    return {QStringLiteral("advertising"), QStringLiteral("refund"), QStringLiteral("reimbursement"),
            QStringLiteral("service_fee"), QStringLiteral("shipment")};
}

} // namespace sp
