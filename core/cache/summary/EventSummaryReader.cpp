#include "cache/summary/EventSummaryReader.h"

#include "cache/BulkLoad.h"
#include "cache/CipherDatabase.h"
#include "cache/TableQuerySql.h"

#include <QHash>

namespace sp {

using TableQuerySql::Where;

namespace {

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

// The summary rows and the logged changes (signed: -1 event and minus its amount for a deleted or
// replaced one) that match the filter, one row per currency: currency, amount, events.
QByteArray perCurrencySql(const Where& where)
{
    return QByteArrayLiteral("SELECT currency, sum(amount_cents), sum(events) FROM (SELECT currency, amount_cents, "
                             "events FROM summary_fee_day")
           + where.sql()
           + QByteArrayLiteral(" UNION ALL SELECT currency, amount_cents, events FROM summary_event_delta")
           + where.sql() + QByteArrayLiteral(") GROUP BY currency");
}

} // namespace

bool EventSummaryReader::answers(const FinancialEventFilter& filter, QString* error) const
{
    if (!filter.search.trimmed().isEmpty())
        return false;
    bool ok = false;
    const bool bulkLoading = BulkLoad(m_db).isActive(QStringLiteral("financial-events"), &ok);
    const qint64 pending =
        ok ? m_db.scalar("SELECT EXISTS (SELECT 1 FROM summary_dirty) OR EXISTS (SELECT 1 FROM summary_dirty_from)", -1)
           : -1;
    if (pending < 0) {
        *error = m_db.lastError();
        return false;
    }
    return !bulkLoading && pending == 0;
}

std::optional<qint64> EventSummaryReader::count(const FinancialEventFilter& filter, QString* error) const
{
    error->clear();
    if (!answers(filter, error))
        return std::nullopt;
    const Where where = summaryWhere(filter);
    const QByteArray sql = QByteArrayLiteral("SELECT (SELECT ifnull(sum(events), 0) FROM summary_fee_day") + where.sql()
                           + QByteArrayLiteral(") + (SELECT ifnull(sum(events), 0) FROM summary_event_delta")
                           + where.sql() + ')';
    CipherDatabase::Statement s = m_db.prepare(sql.constData());
    if (s.isValid())
        where.bind(s, where.bind(s));
    if (!s.isValid() || s.step() != CipherDatabase::Statement::Step::Row) {
        *error = m_db.lastError();
        return std::nullopt;
    }
    return s.int64(0);
}

std::optional<QList<CurrencyAmount>> EventSummaryReader::totals(const FinancialEventFilter& filter,
                                                                const QStringList& currencies, QString* error) const
{
    error->clear();
    if (!answers(filter, error))
        return std::nullopt;
    const Where where = summaryWhere(filter);
    CipherDatabase::Statement s = m_db.prepare(perCurrencySql(where).constData());
    if (!s.isValid()) {
        *error = m_db.lastError();
        return std::nullopt;
    }
    where.bind(s, where.bind(s));
    QHash<QString, qint64> sums;
    CipherDatabase::Statement::Step step;
    while ((step = s.step()) == CipherDatabase::Statement::Step::Row) {
        if (s.int64(2) > 0) // a currency whose every event was deleted since the summary was written has none
            sums.insert(s.text(0), s.int64(1));
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

} // namespace sp
