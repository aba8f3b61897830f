#include "cache/FinancialEventsQuery.h"

#include "cache/CipherDatabase.h"
#include "cache/PageJumps.h"
#include "cache/TableQuerySql.h"
#include "cache/summary/EventSummaryReader.h"

namespace sp {

using namespace TableQuerySql;

namespace {

// The filter columns a page may check row by row ("+column": SQLite then uses no index for them).
enum RowByRow { TypeRowByRow = 1, MarketplaceRowByRow = 2, DaysRowByRow = 4 };

// `rowByRow` (RowByRow flags): see OrdersQuery's rowByRowFor(). Counts and totals use every index.
Where eventWhere(const FinancialEventFilter& filter, int rowByRow = 0)
{
    Where where;
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        const QString pattern = likePattern(search);
        where.add("(e.id LIKE ? ESCAPE '\\' OR e.order_id LIKE ? ESCAPE '\\' OR e.sku LIKE ? ESCAPE '\\')",
                  {pattern, pattern, pattern});
    }
    if (!filter.type.isEmpty())
        where.add(rowByRow & TypeRowByRow ? "+e.type = ?" : "e.type = ?", {filter.type});
    if (!filter.marketplaceId.isEmpty())
        where.add(rowByRow & MarketplaceRowByRow ? "+e.marketplace_id = ?" : "e.marketplace_id = ?",
                  {filter.marketplaceId});
    where.addDays(rowByRow & DaysRowByRow ? "+e.posted_at" : "e.posted_at", filter.from, filter.to);
    return where;
}

// As OrdersQuery's rowByRowFor(): a filter on another column than the sort's that matches many
// events is checked row by row along the sort's index; one that matches few is read through its index.
int rowByRowFor(CipherDatabase& db, const FinancialEventFilter& filter, FinancialEventSort sort)
{
    const auto many = [&db](const char* clause, const QList<QVariant>& values) {
        Where where;
        where.add(clause, values);
        return !matchesFew(db, "financial_events e", where);
    };
    int rowByRow = 0;
    if (!filter.type.isEmpty() && sort != FinancialEventSort::Type && many("e.type = ?", {filter.type}))
        rowByRow |= TypeRowByRow;
    if (!filter.marketplaceId.isEmpty() && sort != FinancialEventSort::Marketplace
        && many("e.marketplace_id = ?", {filter.marketplaceId}))
        rowByRow |= MarketplaceRowByRow;
    if ((filter.from.isValid() || filter.to.isValid()) && sort != FinancialEventSort::PostedAt) {
        Where days;
        days.addDays("e.posted_at", filter.from, filter.to);
        if (!matchesFew(db, "financial_events e", days))
            rowByRow |= DaysRowByRow;
    }
    return rowByRow;
}

// The sort's key and index (CacheSchema v8: financial_events_sort_*); every column is NOT NULL.
Sort sortOf(FinancialEventSort sort, Qt::SortOrder order, const FinancialEventFilter& filter)
{
    Sort s;
    s.unique = QByteArrayLiteral("e.id");
    s.order = order;
    switch (sort) {
    case FinancialEventSort::PostedAt:
        s.key = QByteArrayLiteral("e.posted_at");
        break;
    case FinancialEventSort::Type:
        s.key = QByteArrayLiteral("e.type");
        s.keyFixed = !filter.type.isEmpty();
        break;
    case FinancialEventSort::Charge:
        s.key = QByteArrayLiteral("e.charge");
        break;
    case FinancialEventSort::Marketplace:
        s.key = QByteArrayLiteral("e.marketplace_id");
        s.keyFixed = !filter.marketplaceId.isEmpty();
        break;
    case FinancialEventSort::Amount:
        s.key = QByteArrayLiteral("e.amount_cents");
        break;
    }
    return s;
}

QVariant keyOf(const FinancialEventRow& row, FinancialEventSort sort)
{
    switch (sort) {
    case FinancialEventSort::PostedAt:
        return row.postedAt;
    case FinancialEventSort::Type:
        return row.type;
    case FinancialEventSort::Charge:
        return row.charge;
    case FinancialEventSort::Marketplace:
        return row.marketplaceId;
    case FinancialEventSort::Amount:
        return QVariant(qint64(row.amountCents));
    }
    return {};
}

} // namespace

int FinancialEventsQuery::count(const FinancialEventFilter& filter) const { return int(count(filter, 0).count); }

CappedCount FinancialEventsQuery::count(const FinancialEventFilter& filter, qint64 cap) const
{
    if (const std::optional<qint64> summed = EventSummaryReader(m_db).count(filter, m_lastError))
        return {*summed, false}; // exact and cheap: never capped
    if (!m_lastError->isEmpty())
        return {};
    // A search term (or a summary being rebuilt): the matching events are counted, up to the cap.
    return countUpTo(m_db, "financial_events e", eventWhere(filter), cap, m_lastError);
}

QList<FinancialEventRow> FinancialEventsQuery::page(const FinancialEventFilter& filter, FinancialEventSort sort,
                                                    Qt::SortOrder order, int offset, int limit,
                                                    const FinancialEventRow* after, int total) const
{
    Where where = eventWhere(filter, rowByRowFor(m_db, filter, sort));
    const Sort s = sortOf(sort, order, filter);
    Window window{qMax(0, offset), limit, false};
    if (after) {
        s.continueAfter(where, keyOf(*after, sort), after->id);
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
    return readPage<FinancialEventRow>(m_db, m_lastError, kEventColumns, where, s, window, eventFrom);
}

bool FinancialEventsQuery::prepareJumps(const FinancialEventFilter& filter, FinancialEventSort sort,
                                        Qt::SortOrder order) const
{
    m_lastError->clear();
    const Where where = eventWhere(filter, rowByRowFor(m_db, filter, sort));
    return m_jumps->prepare(m_db, "financial_events e", where, sortOf(sort, order, filter), m_lastError);
}

QList<CurrencyAmount> FinancialEventsQuery::totals(const FinancialEventFilter& filter) const
{
    // The marketplaces' currencies (a handful): an event in another one is not summed, as before.
    CipherDatabase::Statement list = m_db.prepare("SELECT DISTINCT currency FROM marketplaces ORDER BY currency");
    if (!list.isValid()) {
        *m_lastError = m_db.lastError();
        return {};
    }
    const QStringList currencies =
        readAll<QString>(m_db, list, m_lastError, [](const CipherDatabase::Statement& s) { return s.text(0); });
    QList<CurrencyAmount> totals;
    if (currencies.isEmpty() || !m_lastError->isEmpty())
        return totals;
    if (std::optional<QList<CurrencyAmount>> summed = EventSummaryReader(m_db).totals(filter, currencies, m_lastError))
        return *summed;
    if (!m_lastError->isEmpty())
        return totals;
    // A search term (or a summary being rebuilt): one pass over the matching events with a sum per
    // currency. GROUP BY on the unindexed currency would sort every matching event in memory first.
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
