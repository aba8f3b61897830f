#pragma once

#include <QString>

namespace sp {

class CipherDatabase;

// The summary tables of schema v4 (summary_daily, summary_product_day, summary_product_month,
// summary_fee_day). Since v6 the triggers on orders, order_items and financial_events log each
// change's contribution (summary_delta, summary_event_delta) and refresh() adds the log to the
// summaries (SummaryDeltas); a changed unit cost recomputes its SKU's cost of goods
// (summary_dirty_costs); a bulk load, a changed marketplace region or a repair rebuilds days from
// the raw tables (summary_dirty, summary_dirty_from). All in one transaction: readers only ever read summaries.
class SalesSummary
{
public:
    // Called by the cache's writer at the end of a sync run. False (with `error`) when the
    // rebuild failed; nothing is half-written then and the dirty days stay recorded.
    static bool refresh(CipherDatabase& db, QString* error = nullptr);
    // The same inside the caller's open transaction (the writer's end of a run commits it together
    // with the run's "data as of" stamp, so readers never see new data with old summaries).
    static bool rebuildDirty(CipherDatabase& db, QString* error = nullptr);
    // The repair path: every day rebuilt from the raw tables, in its own transaction.
    static bool rebuildAll(CipherDatabase& db, QString* error = nullptr);
};

} // namespace sp
