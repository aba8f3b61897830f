#pragma once

#include <QString>

namespace sp {

class CipherDatabase;

// The summary tables of schema v4 (summary_daily, summary_product_day, summary_product_month,
// summary_fee_day). Triggers on orders, financial_events and unit_costs record the days whose
// rows changed in summary_dirty; refresh() rebuilds exactly those days (all of them when a unit
// cost changed) in one transaction, so readers only ever read summaries.
class SalesSummary
{
public:
    // Called by the cache's writer at the end of a sync run. False (with `error`) when the
    // rebuild failed; nothing is half-written then and the dirty days stay recorded.
    static bool refresh(CipherDatabase& db, QString* error = nullptr);
    // The same inside the caller's open transaction (the writer's end of a run commits it together
    // with the run's "data as of" stamp, so readers never see new data with old summaries).
    static bool rebuildDirty(CipherDatabase& db, QString* error = nullptr);
};

} // namespace sp
