#include "reports/SettledShareQuery.h"

#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"
#include "reports/SummarySql.h"

#include <cmath>
#include <map>
#include <optional>

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
    // The period's events by the index on posted_at, summed here per currency and settlement (a few per
    // marketplace and month): a GROUP BY sorted every event of the period in memory first (29 MB on the
    // 1,000,000-order benchmark, the peak of orders_table.memory_over_empty).
    const QByteArray sql = QByteArrayLiteral("SELECT currency, settlement_id, amount_cents FROM financial_events "
                                             "WHERE posted_at >= ?1 AND posted_at < ?2")
                           + SummarySql::marketplaceClause(filter.marketplaceIds, 3);
    CipherDatabase::Statement s = m_db.prepare(sql.constData());
    if (!s.isValid()) {
        m_lastError = SummarySql::readError(m_db);
        return shares;
    }
    // Stored times are RFC 3339 UTC: a day's events are those with day <= posted_at < the next day.
    s.bind(1, SummarySql::dayText(filter.period.from));
    s.bind(2, SummarySql::dayText(filter.period.to.addDays(1)));
    SummarySql::bindMarketplaces(s, filter.marketplaceIds, 3);
    struct Group
    {
        QString currency;
        std::optional<QString> settlement; // none: the event is in no settlement yet
        qint64 cents = 0;
    };
    std::map<std::pair<QString, QString>, Group> groups; // (currency, settlement or "\n" for none)
    CipherDatabase::Statement::Step step;
    while ((step = s.step()) == CipherDatabase::Statement::Step::Row) {
        const bool inSettlement = !s.isNull(1);
        const QString settlement = inSettlement ? s.text(1) : QStringLiteral("\n");
        Group& group = groups[{s.text(0), settlement}];
        if (group.currency.isEmpty()) {
            group.currency = s.text(0);
            if (inSettlement)
                group.settlement = settlement;
        }
        group.cents += s.int64(2);
    }
    if (step == CipherDatabase::Statement::Step::Error) {
        m_lastError = SummarySql::readError(m_db);
        return shares;
    }
    CipherDatabase::Statement status = m_db.prepare("SELECT status FROM settlements WHERE id = ?1");
    if (!status.isValid()) {
        m_lastError = SummarySql::readError(m_db);
        return shares;
    }
    for (const auto& [key, group] : groups) { // in currency order
        QString state;                        // '' for an event in no settlement, or in one the cache does not know
        if (group.settlement) {
            status.reset();
            status.bind(1, *group.settlement);
            step = status.step();
            if (step == CipherDatabase::Statement::Step::Error)
                break;
            if (step == CipherDatabase::Statement::Step::Row)
                state = status.text(0);
        }
        if (shares.isEmpty() || shares.last().currency != group.currency)
            shares.append({group.currency});
        SettledShare& share = shares.last();
        if (state == QLatin1String("closed"))
            share.settledCents += group.cents;
        else if (state.isEmpty())
            share.ungroupedCents += group.cents;
        else
            share.openCents += group.cents;
    }
    if (step == CipherDatabase::Statement::Step::Error)
        m_lastError = SummarySql::readError(m_db);
    return shares;
}

} // namespace sp
