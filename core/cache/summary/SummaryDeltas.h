#pragma once

#include <QtGlobal>

namespace sp {

class CipherDatabase;

// The incremental half of the summaries (schema v6): the triggers on orders, order_items and
// financial_events log each change's contribution (summary_delta, summary_event_delta); apply()
// adds the log, grouped by summary row, to the summary tables, deletes the rows that fell to zero
// (so the tables hold what a rebuild from scratch would write) and empties the log. Runs inside
// SalesSummary's transaction, before its day and cost rebuilds.
class SummaryDeltas
{
public:
    // False on an SQL error (db.lastError() says which). `logged`: how many log rows there were
    // (0: nothing to do).
    static bool apply(CipherDatabase& db, qint64* logged);
};

} // namespace sp
