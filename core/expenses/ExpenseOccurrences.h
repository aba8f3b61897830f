#pragma once

#include "expenses/ExpenseRecord.h"
#include "reports/ReportTypes.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace sp {

// The contract's rule of how an expense applies to a period (GET /v1/expenses, "How an expense
// applies to a period"), computed identically to the server: pure, no I/O.
namespace ExpenseOccurrences {

// The days (UTC) on which the whole amount is booked, within `period` (both ends included), in
// order. `once`: starts_on. `monthly`: starts_on's day of every month from starts_on's month on,
// on the month's last day when the month is shorter (31 Jan: 28/29 Feb, 31 Mar, 30 Apr; no
// drift). `yearly`: starts_on's month and day, 29 Feb on 28 Feb in other years. Never after
// ends_on. An unknown recurrence or an invalid start has none.
QList<QDate> within(const ExpenseRecord& expense, const Period& period);

// Whether the expense counts in a figure over `marketplaceIds` (empty: all marketplaces): every
// expense in a figure over all marketplaces; in one restricted to a set, only the expenses of a
// marketplace of that set (the whole business's are not split among marketplaces).
bool inScope(const ExpenseRecord& expense, const QStringList& marketplaceIds);

} // namespace ExpenseOccurrences
} // namespace sp
