#pragma once

#include "reports/ReportTypes.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace sp {

class CacheQuery;
class CipherDatabase;

// Issue 17: how much of a period's money is settled. Per currency, the sum of the period's financial
// events (by posted day, UTC, within the marketplace filter: the events the dashboard's tiles add up)
// split into those of closed payouts (paid out or on their way: final) and the rest, still estimated:
// events in a payout whose period is open, or not yet grouped into any payout.
struct SettledShare
{
    QString currency;
    qint64 settledCents = 0;   // in closed settlements
    qint64 openCents = 0;      // in open settlements
    qint64 ungroupedCents = 0; // in no settlement (yet) known to the cache
    qint64 estimatedCents() const { return openCents + ungroupedCents; }
    qint64 totalCents() const { return settledCents + openCents + ungroupedCents; }
    // The settled part in whole percent of the total; -1 when a share means nothing (a total of zero
    // or below, or parts of opposite signs).
    int settledPercent() const;
};

class SettledShareQuery
{
public:
    explicit SettledShareQuery(const CacheQuery& cache); // the reader thread's connection

    // By currency; an invalid period reads nothing. On a read error returns what it has and sets lastError().
    QList<SettledShare> load(const DashboardFilter& filter) const;
    QString lastError() const { return m_lastError; }

private:
    CipherDatabase& m_db;
    mutable QString m_lastError;
};

} // namespace sp

Q_DECLARE_METATYPE(sp::SettledShare)
