#include "cache/summary/EventSummaryReader.h"

#include "cache/BulkLoad.h"
#include "cache/CipherDatabase.h"
#include "cache/TableQuerySql.h"

#include <QHash>

namespace sp {

using TableQuerySql::Where;

namespace {

// 1 while the summary does not hold every event: a bulk load of the events runs (its rows are
// appended with the triggers dropped) or has ended and the days are to be rebuilt at the run's end,
// as after a new marketplace or a repair. Its `?` is the bulk load's meta key. Read in the same
// statement as the sums, so both come from one snapshot of the file, whatever the writer commits.
#define SP_SUMMARY_PENDING                                                                                             \
    "(EXISTS (SELECT 1 FROM meta WHERE key = ?) OR EXISTS (SELECT 1 FROM summary_dirty) "                              \
    "OR EXISTS (SELECT 1 FROM summary_dirty_from))"

// The filter on the summary's columns: a posted day is the first 10 characters of posted_at, so
// the same whole-day bounds select the same events as on financial_events (TableQuerySql::addDays).
Where summaryWhere(const FinancialEventFilter& filter)
{
    Where where;
    if (!filter.type.isEmpty())
        where.add("type = ?", {filter.type});
    if (!filter.marketplaceId.isEmpty())
        where.add("marketplace_id = ?", {filter.marketplaceId});
    where.addDays("day", filter.from, filter.to);
    return where;
}

// The statement's `?`s: the bulk load's key, then the filter's values for each of the two tables.
bool prepared(CipherDatabase& db, CipherDatabase::Statement& s, const Where& where, QString* error)
{
    if (!s.isValid()) {
        *error = db.lastError();
        return false;
    }
    s.bind(1, BulkLoad::recordKey(QStringLiteral("financial-events")));
    where.bind(s, where.bind(s, 2));
    return true;
}

} // namespace

std::optional<qint64> EventSummaryReader::count(const FinancialEventFilter& filter, QString* error) const
{
    error->clear();
    if (!filter.search.trimmed().isEmpty())
        return std::nullopt;
    const Where where = summaryWhere(filter);
    const QByteArray sql = QByteArrayLiteral("SELECT " SP_SUMMARY_PENDING ", (SELECT ifnull(sum(events), 0) FROM "
                                             "summary_fee_day")
                           + where.sql()
                           + QByteArrayLiteral(") + (SELECT ifnull(sum(events), 0) FROM summary_event_delta")
                           + where.sql() + ')';
    CipherDatabase::Statement s = m_db.prepare(sql.constData());
    if (!prepared(m_db, s, where, error))
        return std::nullopt;
    if (s.step() != CipherDatabase::Statement::Step::Row) {
        *error = m_db.lastError();
        return std::nullopt;
    }
    if (s.int64(0) != 0)
        return std::nullopt;
    return s.int64(1);
}

std::optional<QList<CurrencyAmount>> EventSummaryReader::totals(const FinancialEventFilter& filter,
                                                                const QStringList& currencies, QString* error) const
{
    error->clear();
    if (!filter.search.trimmed().isEmpty())
        return std::nullopt;
    // The summary rows and the logged changes (signed: a deleted or replaced event logs -1 and minus
    // its amount) per currency; the one-row "pending" side keeps a row when nothing matches.
    const Where where = summaryWhere(filter);
    const QByteArray sql =
        QByteArrayLiteral(
            "SELECT p.pending, d.currency, sum(d.amount_cents), sum(d.events) FROM (SELECT " SP_SUMMARY_PENDING
            " AS pending) AS p LEFT JOIN (SELECT currency, amount_cents, events "
            "FROM summary_fee_day")
        + where.sql() + QByteArrayLiteral(" UNION ALL SELECT currency, amount_cents, events FROM summary_event_delta")
        + where.sql() + QByteArrayLiteral(") AS d ON true GROUP BY d.currency");
    CipherDatabase::Statement s = m_db.prepare(sql.constData());
    if (!prepared(m_db, s, where, error))
        return std::nullopt;
    QHash<QString, qint64> sums;
    CipherDatabase::Statement::Step step;
    while ((step = s.step()) == CipherDatabase::Statement::Step::Row) {
        if (s.int64(0) != 0)
            return std::nullopt;
        if (!s.isNull(1) && s.int64(3) > 0) // a currency whose every event was deleted since has none
            sums.insert(s.text(1), s.int64(2));
    }
    if (step != CipherDatabase::Statement::Step::Done) {
        *error = m_db.lastError();
        return std::nullopt;
    }
    QList<CurrencyAmount> totals;
    for (const QString& currency : currencies) {
        const auto sum = sums.constFind(currency);
        if (sum != sums.constEnd())
            totals.append({currency, *sum});
    }
    return totals;
}

#undef SP_SUMMARY_PENDING

} // namespace sp
