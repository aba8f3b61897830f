#include "reports/SettledShareQuery.h"

#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"
#include "reports/SummarySql.h"

#include <cmath>

namespace sp {

int SettledShare::settledPercent() const
{
    const qint64 total = totalCents();
    const qint64 estimated = estimatedCents();
    if (total <= 0 || settledCents < 0 || estimated < 0)
        return -1;
    return int(std::llround(100.0 * double(settledCents) / double(total)));
}

SettledShareQuery::SettledShareQuery(const CacheQuery& cache)
    : m_db(ReadConnection::of(cache))
{}

QList<SettledShare> SettledShareQuery::load(const DashboardFilter& filter) const
{
    m_lastError.clear();
    QList<SettledShare> shares;
    if (!filter.period.isValid())
        return shares;
    // The period's events by the index on posted_at, summed per currency and settlement first, so the
    // settlements (a few per marketplace and month) are looked up once each, not once per event.
    const QByteArray sql =
        QByteArrayLiteral("SELECT g.currency, IFNULL(s.status, ''), sum(g.cents) FROM (SELECT currency, settlement_id, "
                          "sum(amount_cents) AS cents FROM financial_events WHERE posted_at >= ?1 AND posted_at < ?2")
        + SummarySql::marketplaceClause(filter.marketplaceIds, 3)
        + QByteArrayLiteral(" GROUP BY currency, settlement_id) g LEFT JOIN settlements s ON s.id = g.settlement_id "
                            "GROUP BY g.currency, IFNULL(s.status, '') ORDER BY g.currency");
    CipherDatabase::Statement s = m_db.prepare(sql.constData());
    if (!s.isValid()) {
        m_lastError = SummarySql::readError(m_db);
        return shares;
    }
    // Stored times are RFC 3339 UTC: a day's events are those with day <= posted_at < the next day.
    s.bind(1, SummarySql::dayText(filter.period.from));
    s.bind(2, SummarySql::dayText(filter.period.to.addDays(1)));
    SummarySql::bindMarketplaces(s, filter.marketplaceIds, 3);
    CipherDatabase::Statement::Step step;
    while ((step = s.step()) == CipherDatabase::Statement::Step::Row) {
        const QString currency = s.text(0), status = s.text(1);
        if (shares.isEmpty() || shares.last().currency != currency)
            shares.append({currency});
        SettledShare& share = shares.last();
        if (status == QLatin1String("closed"))
            share.settledCents += s.int64(2);
        else if (status.isEmpty())
            share.ungroupedCents += s.int64(2);
        else
            share.openCents += s.int64(2);
    }
    if (step == CipherDatabase::Statement::Step::Error)
        m_lastError = SummarySql::readError(m_db);
    return shares;
}

} // namespace sp
