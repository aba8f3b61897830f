#include "cache/CacheSchemaPlanning.h"

namespace sp {

namespace {

// Version 12 (issue 18 part 4, the what-if): the seller's saved scenarios, local only (never synced,
// never sent): the SKUs as a JSON array, money in cents, the price change in basis points or cents.
const char* const kWhatIfScenarios = R"sql(
CREATE TABLE whatif_scenarios (
    name TEXT PRIMARY KEY, skus TEXT NOT NULL, currency TEXT NOT NULL, price_kind TEXT NOT NULL,
    price_change INTEGER NOT NULL, unit_cost_cents INTEGER, advertising_change_cents INTEGER NOT NULL,
    fba_fee_change_cents INTEGER NOT NULL, elasticity_hundredths INTEGER NOT NULL, saved_at TEXT NOT NULL) WITHOUT ROWID;
)sql";

// Version 13 (issue 18 part 2, alerts): the state of each alert, one row per
// cause (core/alerts/AlertStore). A cause that holds keeps its row and is never raised again; a cause
// that clears gets cleared_at and re-arms: its next occurrence is a new alert (state 'new' again).
// `facts`: the figures its plain-words text is made of (JSON), no secret. An existing cache gets the
// empty table; the next evaluation after a sync fills it.
const char* const kAlerts = R"sql(
CREATE TABLE alerts (
    cause_key TEXT PRIMARY KEY, rule TEXT NOT NULL, subject TEXT NOT NULL, facts TEXT NOT NULL,
    raised_at TEXT NOT NULL, state TEXT NOT NULL CHECK (state IN ('new', 'read', 'snoozed', 'dismissed')),
    snoozed_until TEXT, cleared_at TEXT) WITHOUT ROWID;
)sql";

// Version 14 (issue 18 part 1, the restock planner): the seller's lead time and safety days per SKU
// and the default (sku NULL) for every SKU without its own (resource "restock-settings"), the live
// ones only: a tombstone of the listing deletes its SKU's row. The expression index keeps one row per
// SKU and one default (a UNIQUE index alone would let NULLs repeat). An existing cache gets the empty
// table; its next sync lists the settings from the start.
const char* const kRestockSettings = R"sql(
CREATE TABLE restock_settings (
    sku TEXT, lead_time_days INTEGER NOT NULL CHECK (lead_time_days BETWEEN 1 AND 365),
    safety_days INTEGER NOT NULL CHECK (safety_days BETWEEN 0 AND 365), updated_at TEXT NOT NULL);
CREATE UNIQUE INDEX restock_settings_one_per_sku ON restock_settings(IFNULL(sku, ''));
)sql";

} // namespace

const char* CacheSchemaPlanning::whatIfScenarios() { return kWhatIfScenarios; }

const char* CacheSchemaPlanning::alerts() { return kAlerts; }

const char* CacheSchemaPlanning::restockSettings() { return kRestockSettings; }

} // namespace sp
