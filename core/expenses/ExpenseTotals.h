#pragma once

#include "cache/CipherDatabase.h"
#include "reports/ReportTypes.h"

#include <QList>
#include <QMap>
#include <QString>

namespace sp {

// The seller's expenses in the profit figures (issue 17 part 3): the cached expenses' occurrences
// (ExpenseOccurrences, the contract's rule) within a filter's period, in scope for its marketplaces,
// each in its own currency. Read on the thread that owns the connection (a CacheReader's).
namespace ExpenseTotals {

struct Occurrence
{
    QDate day;
    QString currency;
    qint64 cents = 0;
};

// Every occurrence in the filter's period and scope, in day order.
bool occurrences(CipherDatabase& db, const DashboardFilter& filter, QList<Occurrence>* out);
// Sets each currency's expensesCents (adding a currency that has only expenses, sorted by currency)
// and finishes the totals again (net profit less the expenses).
bool addTo(CipherDatabase& db, const DashboardFilter& filter, QList<CurrencyTotals>* totals);
// "YYYY-MM" -> currency -> cents.
bool byMonth(CipherDatabase& db, const DashboardFilter& filter, QMap<QString, QMap<QString, qint64>>* out);

} // namespace ExpenseTotals
} // namespace sp
