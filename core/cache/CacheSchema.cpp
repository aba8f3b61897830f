#include "cache/CacheSchema.h"

#include "cache/CacheSchemaIndexes.h"
#include "cache/CacheSchemaPlanning.h"

#include "cache/CipherDatabase.h"

#include <QCoreApplication>

namespace sp {

namespace {

// Version 1: the base tables. Money in integer cents; NULL where the server has no price yet
// (pending orders). No buyer name or address is ever stored.
const char* const kVersion1 = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE marketplaces (
    id TEXT PRIMARY KEY, country_code TEXT NOT NULL, name TEXT NOT NULL,
    currency TEXT NOT NULL, region TEXT NOT NULL);
CREATE TABLE orders (
    id TEXT PRIMARY KEY, marketplace_id TEXT NOT NULL, purchase_date TEXT NOT NULL,
    last_update_date TEXT NOT NULL, status TEXT NOT NULL, fulfillment_channel TEXT NOT NULL,
    currency TEXT NOT NULL, order_total_cents INTEGER);
CREATE TABLE order_items (
    id TEXT PRIMARY KEY, order_id TEXT NOT NULL, sku TEXT NOT NULL, asin TEXT NOT NULL,
    title TEXT NOT NULL, quantity INTEGER NOT NULL, item_price_cents INTEGER, item_tax_cents INTEGER,
    shipping_price_cents INTEGER, promotion_discount_cents INTEGER);
CREATE INDEX order_items_by_order ON order_items(order_id);
CREATE TABLE products (
    sku TEXT PRIMARY KEY, asin TEXT NOT NULL, title TEXT NOT NULL, marketplace_ids TEXT NOT NULL,
    updated_at TEXT NOT NULL);
CREATE TABLE inventory (
    sku TEXT NOT NULL, region TEXT NOT NULL, fulfillable INTEGER NOT NULL, inbound INTEGER NOT NULL,
    reserved INTEGER NOT NULL, unfulfillable INTEGER NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (sku, region));
CREATE TABLE financial_events (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, charge TEXT NOT NULL, posted_at TEXT NOT NULL,
    marketplace_id TEXT NOT NULL, currency TEXT NOT NULL, amount_cents INTEGER NOT NULL,
    order_id TEXT, order_item_id TEXT, sku TEXT);
CREATE TABLE sync_state (
    resource TEXT PRIMARY KEY, cursor TEXT, last_synced_at TEXT, item_count INTEGER NOT NULL DEFAULT 0);
)sql";

// Version 2: the last error of each resource (shown beside "data as of"), and the index the orders
// view sorts by. Deliberately no index on random keys that no query needs yet (SKU search is a
// substring match, which no index serves): every such index makes each commit re-encrypt pages
// all over the file.
const char* const kVersion2 = R"sql(
ALTER TABLE sync_state ADD COLUMN last_error TEXT;
CREATE INDEX orders_by_purchase_date ON orders(purchase_date);
)sql";

// Version 3: every table that a sync fills in bulk gets an INTEGER PRIMARY KEY (row_id), so rows
// arriving in sync order append at the right edge of the table's B-tree, and its natural key becomes
// a named UNIQUE index that a first sync can drop and rebuild by sorting (BulkLoad): with SQLCipher
// each page a commit dirties is encrypted and authenticated, and an insert under a random key
// dirties one page per index. Column names stay; row_id is appended as the last column.
// Items are clustered behind their order: an item's row_id is (its order's row_id << 16) + its
// position in the order, so an order's items are one rowid range (no index needed to find them, and
// a replaced version of an order can be told apart from the newest one).
// Rebuilt tables: orders first (the items' row_ids derive from the new order row_ids), each copied
// in its old rowid order (= arrival order), the old table dropped, the new one renamed.
const char* const kVersion3 = R"sql(
CREATE TABLE orders_v3 (
    id TEXT NOT NULL, marketplace_id TEXT NOT NULL, purchase_date TEXT NOT NULL,
    last_update_date TEXT NOT NULL, status TEXT NOT NULL, fulfillment_channel TEXT NOT NULL,
    currency TEXT NOT NULL, order_total_cents INTEGER, row_id INTEGER PRIMARY KEY);
INSERT INTO orders_v3 (id, marketplace_id, purchase_date, last_update_date, status, fulfillment_channel,
                       currency, order_total_cents)
    SELECT id, marketplace_id, purchase_date, last_update_date, status, fulfillment_channel, currency,
           order_total_cents FROM orders ORDER BY rowid;
DROP TABLE orders;
ALTER TABLE orders_v3 RENAME TO orders;
CREATE UNIQUE INDEX orders_id_unique ON orders(id);
CREATE INDEX orders_by_purchase_date ON orders(purchase_date);

CREATE TABLE order_items_v3 (
    id TEXT NOT NULL, order_id TEXT NOT NULL, sku TEXT NOT NULL, asin TEXT NOT NULL,
    title TEXT NOT NULL, quantity INTEGER NOT NULL, item_price_cents INTEGER, item_tax_cents INTEGER,
    shipping_price_cents INTEGER, promotion_discount_cents INTEGER, row_id INTEGER PRIMARY KEY);
INSERT INTO order_items_v3 (row_id, id, order_id, sku, asin, title, quantity, item_price_cents, item_tax_cents,
                            shipping_price_cents, promotion_discount_cents)
    SELECT (SELECT o.row_id FROM orders o WHERE o.id = i.order_id) * 65536
               + (SELECT count(*) FROM order_items j WHERE j.order_id = i.order_id AND j.rowid < i.rowid),
           id, order_id, sku, asin, title, quantity, item_price_cents, item_tax_cents, shipping_price_cents,
           promotion_discount_cents
    FROM order_items i ORDER BY i.rowid;
DROP TABLE order_items;
ALTER TABLE order_items_v3 RENAME TO order_items;
CREATE UNIQUE INDEX order_items_id_unique ON order_items(id);
CREATE INDEX order_items_by_order ON order_items(order_id);

CREATE TABLE financial_events_v3 (
    id TEXT NOT NULL, type TEXT NOT NULL, charge TEXT NOT NULL, posted_at TEXT NOT NULL,
    marketplace_id TEXT NOT NULL, currency TEXT NOT NULL, amount_cents INTEGER NOT NULL,
    order_id TEXT, order_item_id TEXT, sku TEXT, row_id INTEGER PRIMARY KEY);
INSERT INTO financial_events_v3 (id, type, charge, posted_at, marketplace_id, currency, amount_cents, order_id,
                                 order_item_id, sku)
    SELECT id, type, charge, posted_at, marketplace_id, currency, amount_cents, order_id, order_item_id, sku
    FROM financial_events ORDER BY rowid;
DROP TABLE financial_events;
ALTER TABLE financial_events_v3 RENAME TO financial_events;
CREATE UNIQUE INDEX financial_events_id_unique ON financial_events(id);

CREATE TABLE products_v3 (
    sku TEXT NOT NULL, asin TEXT NOT NULL, title TEXT NOT NULL, marketplace_ids TEXT NOT NULL,
    updated_at TEXT NOT NULL, row_id INTEGER PRIMARY KEY);
INSERT INTO products_v3 (sku, asin, title, marketplace_ids, updated_at)
    SELECT sku, asin, title, marketplace_ids, updated_at FROM products ORDER BY rowid;
DROP TABLE products;
ALTER TABLE products_v3 RENAME TO products;
CREATE UNIQUE INDEX products_sku_unique ON products(sku);

CREATE TABLE inventory_v3 (
    sku TEXT NOT NULL, region TEXT NOT NULL, fulfillable INTEGER NOT NULL, inbound INTEGER NOT NULL,
    reserved INTEGER NOT NULL, unfulfillable INTEGER NOT NULL, updated_at TEXT NOT NULL,
    row_id INTEGER PRIMARY KEY);
INSERT INTO inventory_v3 (sku, region, fulfillable, inbound, reserved, unfulfillable, updated_at)
    SELECT sku, region, fulfillable, inbound, reserved, unfulfillable, updated_at FROM inventory ORDER BY rowid;
DROP TABLE inventory;
ALTER TABLE inventory_v3 RENAME TO inventory;
CREATE UNIQUE INDEX inventory_sku_region_unique ON inventory(sku, region);
)sql";

// Version 4 (issue 4): the seller's unit costs (synced from the server, resource "unit-costs") and
// the summary tables the dashboard and the reports read instead of scanning the orders
// (core/reports/SalesSummary). Triggers record the days whose rows changed; the writer rebuilds
// those days at the end of every sync run. Items are written only together with their order, so
// the order's triggers cover them (no per-item trigger slows the sync). The index on posted_at lets
// a day's events be found without a scan; events arrive in posting order, so it grows at its end.
const char* const kVersion4 = R"sql(
CREATE TABLE unit_costs (
    sku TEXT NOT NULL, currency TEXT NOT NULL, effective_from TEXT NOT NULL,
    unit_cost_cents INTEGER NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (sku, currency, effective_from)) WITHOUT ROWID;
CREATE INDEX financial_events_by_posted_at ON financial_events(posted_at);

CREATE TABLE summary_dirty (day TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE summary_dirty_from (day TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE summary_daily (
    day TEXT NOT NULL, marketplace_id TEXT NOT NULL, currency TEXT NOT NULL,
    revenue_cents INTEGER NOT NULL, units INTEGER NOT NULL, orders INTEGER NOT NULL,
    pending_units INTEGER NOT NULL, pending_orders INTEGER NOT NULL, fees_cents INTEGER NOT NULL,
    refunds_cents INTEGER NOT NULL, advertising_cents INTEGER NOT NULL, reimbursements_cents INTEGER NOT NULL,
    cogs_cents INTEGER NOT NULL, uncosted_units INTEGER NOT NULL,
    PRIMARY KEY (day, marketplace_id, currency)) WITHOUT ROWID;
CREATE TABLE summary_product_day (
    day TEXT NOT NULL, marketplace_id TEXT NOT NULL, currency TEXT NOT NULL, sku TEXT NOT NULL,
    units INTEGER NOT NULL, revenue_cents INTEGER NOT NULL, fees_cents INTEGER NOT NULL,
    refunds_cents INTEGER NOT NULL, refund_count INTEGER NOT NULL, reimbursements_cents INTEGER NOT NULL,
    cogs_cents INTEGER NOT NULL, uncosted_units INTEGER NOT NULL,
    PRIMARY KEY (day, marketplace_id, currency, sku)) WITHOUT ROWID;
CREATE TABLE summary_product_month (
    month TEXT NOT NULL, marketplace_id TEXT NOT NULL, currency TEXT NOT NULL, sku TEXT NOT NULL,
    units INTEGER NOT NULL, revenue_cents INTEGER NOT NULL, fees_cents INTEGER NOT NULL,
    refunds_cents INTEGER NOT NULL, refund_count INTEGER NOT NULL, reimbursements_cents INTEGER NOT NULL,
    cogs_cents INTEGER NOT NULL, uncosted_units INTEGER NOT NULL,
    PRIMARY KEY (month, marketplace_id, currency, sku)) WITHOUT ROWID;
CREATE TABLE summary_fee_day (
    day TEXT NOT NULL, marketplace_id TEXT NOT NULL, currency TEXT NOT NULL, type TEXT NOT NULL,
    charge TEXT NOT NULL, amount_cents INTEGER NOT NULL, events INTEGER NOT NULL,
    PRIMARY KEY (day, marketplace_id, currency, type, charge)) WITHOUT ROWID;

CREATE TRIGGER orders_dirty_insert AFTER INSERT ON orders BEGIN
    INSERT OR IGNORE INTO summary_dirty (day) VALUES (substr(NEW.purchase_date, 1, 10));
END;
CREATE TRIGGER orders_dirty_update AFTER UPDATE ON orders BEGIN
    INSERT OR IGNORE INTO summary_dirty (day) VALUES (substr(OLD.purchase_date, 1, 10));
    INSERT OR IGNORE INTO summary_dirty (day) VALUES (substr(NEW.purchase_date, 1, 10));
END;
CREATE TRIGGER orders_dirty_delete AFTER DELETE ON orders BEGIN
    INSERT OR IGNORE INTO summary_dirty (day) VALUES (substr(OLD.purchase_date, 1, 10));
END;
CREATE TRIGGER financial_events_dirty_insert AFTER INSERT ON financial_events BEGIN
    INSERT OR IGNORE INTO summary_dirty (day) VALUES (substr(NEW.posted_at, 1, 10));
END;
CREATE TRIGGER financial_events_dirty_update AFTER UPDATE ON financial_events BEGIN
    INSERT OR IGNORE INTO summary_dirty (day) VALUES (substr(OLD.posted_at, 1, 10));
    INSERT OR IGNORE INTO summary_dirty (day) VALUES (substr(NEW.posted_at, 1, 10));
END;
CREATE TRIGGER financial_events_dirty_delete AFTER DELETE ON financial_events BEGIN
    INSERT OR IGNORE INTO summary_dirty (day) VALUES (substr(OLD.posted_at, 1, 10));
END;
CREATE TRIGGER unit_costs_dirty_insert AFTER INSERT ON unit_costs BEGIN
    INSERT OR IGNORE INTO summary_dirty_from (day) VALUES (NEW.effective_from);
END;
CREATE TRIGGER unit_costs_dirty_update AFTER UPDATE ON unit_costs BEGIN
    INSERT OR IGNORE INTO summary_dirty_from (day) VALUES (OLD.effective_from);
    INSERT OR IGNORE INTO summary_dirty_from (day) VALUES (NEW.effective_from);
END;
CREATE TRIGGER unit_costs_dirty_delete AFTER DELETE ON unit_costs BEGIN
    INSERT OR IGNORE INTO summary_dirty_from (day) VALUES (OLD.effective_from);
END;
-- The marketplaces are written whole at every sync (INSERT OR REPLACE): only a new marketplace or
-- a changed region (which decides whether prices include VAT) makes every day dirty.
CREATE TRIGGER marketplaces_dirty_insert BEFORE INSERT ON marketplaces
    WHEN NOT EXISTS (SELECT 1 FROM marketplaces WHERE id = NEW.id AND region = NEW.region) BEGIN
    INSERT OR IGNORE INTO summary_dirty_from (day) VALUES ('0000-01-01');
END;
CREATE TRIGGER marketplaces_dirty_update AFTER UPDATE OF region ON marketplaces
    WHEN OLD.region IS NOT NEW.region BEGIN
    INSERT OR IGNORE INTO summary_dirty_from (day) VALUES ('0000-01-01');
END;

-- A cache written by version 3 already holds data: every day is to be summarised.
INSERT INTO summary_dirty_from (day) VALUES ('0000-01-01');
)sql";

// Version 5 (issue 4): a changed unit cost records its SKU, currency and first day, so the end of
// the sync recomputes only that SKU's cost of goods from the day rows' units (cost x units: every
// unit of a SKU, currency and day has the same cost) instead of rebuilding every later day.
const char* const kVersion5 = R"sql(
CREATE TABLE summary_dirty_costs (
    sku TEXT NOT NULL, currency TEXT NOT NULL, day TEXT NOT NULL,
    PRIMARY KEY (sku, currency, day)) WITHOUT ROWID;
DROP TRIGGER unit_costs_dirty_insert;
DROP TRIGGER unit_costs_dirty_update;
DROP TRIGGER unit_costs_dirty_delete;
CREATE TRIGGER unit_costs_dirty_insert AFTER INSERT ON unit_costs BEGIN
    INSERT OR IGNORE INTO summary_dirty_costs (sku, currency, day) VALUES (NEW.sku, NEW.currency, NEW.effective_from);
END;
CREATE TRIGGER unit_costs_dirty_update AFTER UPDATE ON unit_costs BEGIN
    INSERT OR IGNORE INTO summary_dirty_costs (sku, currency, day) VALUES (OLD.sku, OLD.currency, OLD.effective_from);
    INSERT OR IGNORE INTO summary_dirty_costs (sku, currency, day) VALUES (NEW.sku, NEW.currency, NEW.effective_from);
END;
CREATE TRIGGER unit_costs_dirty_delete AFTER DELETE ON unit_costs BEGIN
    INSERT OR IGNORE INTO summary_dirty_costs (sku, currency, day) VALUES (OLD.sku, OLD.currency, OLD.effective_from);
END;
)sql";

// Version 6's trigger statements (SIGN: "1" adds a row's contribution, "-1" takes it away). An
// item's contribution is computed as SalesSummary's rebuild computes it: revenue without the VAT
// that EU prices contain, nothing for a pending or unpriced item, cost of goods at the unit cost in
// force on the purchase day (a unit cost changed later has its own path, summary_dirty_costs).
static_assert(CacheSchema::kItemRowShift == 16, "the item ranges below shift by 16 bits");
#define SP_ITEM_DELTA(SIGN, WHERE)                                                                                     \
    "INSERT INTO summary_delta (day, marketplace_id, currency, sku, units, revenue_cents, cogs_cents, "                \
    "uncosted_units, pending_units, orders, pending_orders) "                                                          \
    "SELECT day, marketplace_id, currency, sku, " SIGN " * units, " SIGN " * revenue, " SIGN                           \
    " * units * IFNULL(cost, 0), CASE WHEN cost IS NULL THEN " SIGN " * units ELSE 0 END, "                            \
    "CASE WHEN pending THEN " SIGN " * units ELSE 0 END, 0, 0 FROM ("                                                  \
    "SELECT substr(o.purchase_date, 1, 10) AS day, o.marketplace_id, o.currency, i.sku, i.quantity AS units, "         \
    "CASE WHEN o.status = 'Pending' OR i.item_price_cents IS NULL THEN 0 ELSE i.item_price_cents "                     \
    "- (CASE WHEN m.region = 'eu' THEN IFNULL(i.item_tax_cents, 0) ELSE 0 END) "                                       \
    "+ IFNULL(i.shipping_price_cents, 0) - IFNULL(i.promotion_discount_cents, 0) END AS revenue, "                     \
    "o.status = 'Pending' AS pending, "                                                                                \
    "(SELECT u.unit_cost_cents FROM unit_costs u WHERE u.sku = i.sku AND u.currency = o.currency "                     \
    "AND u.effective_from <= substr(o.purchase_date, 1, 10) ORDER BY u.effective_from DESC LIMIT 1) AS cost "          \
    "FROM order_items i JOIN orders o ON o.row_id = (i.row_id >> 16) AND o.id = i.order_id "                           \
    "LEFT JOIN marketplaces m ON m.id = o.marketplace_id WHERE " WHERE " AND o.status <> 'Canceled');\n"
#define SP_ORDER_ITEMS_DELTA(SIGN, ROW)                                                                                \
    SP_ITEM_DELTA(SIGN, "o.row_id = " ROW ".row_id AND i.row_id BETWEEN (" ROW ".row_id << 16) AND (" ROW              \
                        ".row_id << 16) + 65535")
#define SP_ORDER_COUNT_DELTA(SIGN, ROW)                                                                                \
    "INSERT INTO summary_delta (day, marketplace_id, currency, sku, units, revenue_cents, cogs_cents, "                \
    "uncosted_units, pending_units, orders, pending_orders) "                                                          \
    "SELECT substr(" ROW ".purchase_date, 1, 10), " ROW ".marketplace_id, " ROW ".currency, NULL, 0, 0, 0, 0, "        \
    "0, " SIGN ", CASE WHEN " ROW ".status = 'Pending' THEN " SIGN " ELSE 0 END WHERE " ROW ".status <> 'Canceled';\n"
#define SP_EVENT_DELTA(SIGN, ROW)                                                                                      \
    "INSERT INTO summary_event_delta (day, marketplace_id, currency, type, charge, sku, amount_cents, events) "        \
    "VALUES (substr(" ROW ".posted_at, 1, 10), " ROW ".marketplace_id, " ROW ".currency, " ROW ".type, " ROW           \
    ".charge, " ROW ".sku, " SIGN " * " ROW ".amount_cents, " SIGN ");\n"

// Version 6: the summaries are kept by deltas. The triggers append each written row's signed
// contribution to a log (summary_delta: an order item's units, revenue, cost of goods and pending
// units, an order's counts; summary_event_delta: a financial event), and the end of the sync run
// (SalesSummary::rebuildDirty) adds the log, grouped by summary row, to the summary tables and
// empties it in the same transaction as the "data as of" stamp. An incremental sync that changes 1%
// of the orders therefore touches their summary rows only, instead of rebuilding nearly every day
// from the raw tables (v4/v5's dirty days: 6-8 s for 200,000 orders).
// An item counts while both it and its order exist (items sit behind their order: the order's
// row_id is the item's row_id >> 16), so each change is counted once whatever the order of the
// writes: the writer's INSERT OR REPLACE of an order deletes the old version (recursive_triggers:
// its delete trigger subtracts it with its items), inserts the new one (its items are not written
// yet: nothing to add), deletes the old items (their order row is gone: nothing to subtract) and
// inserts the new items (each adds itself). Since the writer updates a stored order in place
// (CacheWriter: same row_id, no index entry moved), the order's update trigger takes off the old
// order with its old items and adds the new one with the items still there, and each changed item's
// update or delete trigger then corrects itself under the updated order: again counted once.
// Delete and update triggers read the old row BEFORE it goes; a cancelled order counts nothing. A bulk load suspends these triggers and rebuilds every
// day at its end (kAfterBulkLoad), as before; the dirty-day tables stay as the repair path.
const char* const kVersion6 = R"sql(
CREATE TABLE summary_delta (
    day TEXT NOT NULL, marketplace_id TEXT NOT NULL, currency TEXT NOT NULL, sku TEXT,
    units INTEGER NOT NULL, revenue_cents INTEGER NOT NULL, cogs_cents INTEGER NOT NULL,
    uncosted_units INTEGER NOT NULL, pending_units INTEGER NOT NULL, orders INTEGER NOT NULL,
    pending_orders INTEGER NOT NULL);
CREATE TABLE summary_event_delta (
    day TEXT NOT NULL, marketplace_id TEXT NOT NULL, currency TEXT NOT NULL, type TEXT NOT NULL,
    charge TEXT NOT NULL, sku TEXT, amount_cents INTEGER NOT NULL, events INTEGER NOT NULL);
DROP TRIGGER orders_dirty_insert;
DROP TRIGGER orders_dirty_update;
DROP TRIGGER orders_dirty_delete;
DROP TRIGGER financial_events_dirty_insert;
DROP TRIGGER financial_events_dirty_update;
DROP TRIGGER financial_events_dirty_delete;
CREATE TRIGGER orders_summary_insert AFTER INSERT ON orders BEGIN
)sql" SP_ORDER_COUNT_DELTA("1", "NEW") SP_ORDER_ITEMS_DELTA("1", "NEW") R"sql(
END;
CREATE TRIGGER orders_summary_delete BEFORE DELETE ON orders BEGIN
)sql" SP_ORDER_COUNT_DELTA("-1", "OLD") SP_ORDER_ITEMS_DELTA("-1", "OLD") R"sql(
END;
CREATE TRIGGER orders_summary_update_old BEFORE UPDATE ON orders BEGIN
)sql" SP_ORDER_COUNT_DELTA("-1", "OLD") SP_ORDER_ITEMS_DELTA("-1", "OLD") R"sql(
END;
CREATE TRIGGER orders_summary_update_new AFTER UPDATE ON orders BEGIN
)sql" SP_ORDER_COUNT_DELTA("1", "NEW") SP_ORDER_ITEMS_DELTA("1", "NEW") R"sql(
END;
CREATE TRIGGER order_items_summary_insert AFTER INSERT ON order_items BEGIN
)sql" SP_ITEM_DELTA("1", "i.row_id = NEW.row_id") R"sql(
END;
CREATE TRIGGER order_items_summary_delete BEFORE DELETE ON order_items BEGIN
)sql" SP_ITEM_DELTA("-1", "i.row_id = OLD.row_id") R"sql(
END;
CREATE TRIGGER order_items_summary_update_old BEFORE UPDATE ON order_items BEGIN
)sql" SP_ITEM_DELTA("-1", "i.row_id = OLD.row_id") R"sql(
END;
CREATE TRIGGER order_items_summary_update_new AFTER UPDATE ON order_items BEGIN
)sql" SP_ITEM_DELTA("1", "i.row_id = NEW.row_id") R"sql(
END;
CREATE TRIGGER financial_events_summary_insert AFTER INSERT ON financial_events BEGIN
)sql" SP_EVENT_DELTA("1", "NEW") R"sql(
END;
CREATE TRIGGER financial_events_summary_delete AFTER DELETE ON financial_events BEGIN
)sql" SP_EVENT_DELTA("-1", "OLD") R"sql(
END;
CREATE TRIGGER financial_events_summary_update AFTER UPDATE ON financial_events BEGIN
)sql" SP_EVENT_DELTA("-1", "OLD") SP_EVENT_DELTA("1", "NEW") R"sql(
END;
)sql";

// Version 9 (issue 16, the home currency): the daily reference rates (resource "exchange-rates"),
// 1 EUR = rate_micros / 1,000,000 of the currency, EUR implicit. An existing cache gets the empty
// table; its next sync lists the rates from the start.
const char* const kVersion9 = R"sql(
CREATE TABLE exchange_rates (
    day TEXT NOT NULL, currency TEXT NOT NULL, rate_micros INTEGER NOT NULL CHECK (rate_micros > 0),
    PRIMARY KEY (currency, day)) WITHOUT ROWID;
)sql";

// Version 10 (issue 17, payouts): the settlements (Amazon's financial event groups, resource
// "settlements", upserted by id) and each event's settlement_id, with the index a payout's breakdown
// reads: it covers the breakdown (its sums by type and charge, the orders of its item prices), which
// therefore reads only the index, already in GROUP BY order (no sort, no row lookups: on the
// 1,000,000-order benchmark cache a 180,000-event period takes 68 ms, 740 ms with an index on
// (settlement_id, posted_at)). Events synced before carry no settlement_id: the migration
// resets the events' cursor, so the next sync lists them again from the start (a bulk load that
// keeps the newest version of each event) and fills it in.
const char* const kVersion10 = R"sql(
CREATE TABLE settlements (
    id TEXT PRIMARY KEY, marketplace_id TEXT NOT NULL, currency TEXT NOT NULL, status TEXT NOT NULL,
    period_start TEXT NOT NULL, period_end TEXT NOT NULL, beginning_balance_cents INTEGER NOT NULL,
    original_total_cents INTEGER NOT NULL, reserve_held_cents INTEGER NOT NULL,
    reserve_released_cents INTEGER NOT NULL, event_count INTEGER NOT NULL, fund_transfer_status TEXT NOT NULL,
    fund_transfer_date TEXT, account_tail TEXT NOT NULL, updated_at TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX settlements_by_period ON settlements(period_start);
ALTER TABLE financial_events ADD COLUMN settlement_id TEXT;
CREATE INDEX financial_events_by_settlement ON financial_events(settlement_id, type, charge, order_id, amount_cents);
UPDATE sync_state SET cursor = NULL WHERE resource = 'financial-events';
)sql";

// Version 11 (issue 17 part 3): the seller's expenses outside Amazon (resource "expenses"), the live
// ones only: a tombstone of the listing deletes its row. An existing cache gets the empty table.
const char* const kVersion11 = R"sql(
CREATE TABLE expenses (
    id TEXT PRIMARY KEY, description TEXT NOT NULL, category TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0), currency TEXT NOT NULL, recurrence TEXT NOT NULL,
    starts_on TEXT NOT NULL, ends_on TEXT, marketplace_id TEXT, sku TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL) WITHOUT ROWID;
)sql";

// Versions 12 to 14 (issue 18): CacheSchemaPlanning.cpp.
// Versions 7 and 8 (issue 15, the search and sort indexes): CacheSchemaIndexes.cpp.
const char* migrationSql(int version)
{
    static const char* const earlier[] = {kVersion1, kVersion2, kVersion3, kVersion4, kVersion5, kVersion6};
    if (version >= 1 && version <= 6)
        return earlier[version - 1];
    if (version == 9)
        return kVersion9;
    if (version == 10)
        return kVersion10;
    if (version == 11)
        return kVersion11;
    if (version == 12)
        return CacheSchemaPlanning::whatIfScenarios();
    if (version == 13)
        return CacheSchemaPlanning::alerts();
    if (version == 14)
        return CacheSchemaPlanning::restockSettings();
    return version == 7 ? CacheSchemaIndexes::searchIndex() : CacheSchemaIndexes::sortIndexes();
}

QString tr(const char* text) { return QCoreApplication::translate("sp::CacheSchema", text); }

} // namespace

const char* const CacheSchema::kAfterBulkLoad = "INSERT OR IGNORE INTO summary_dirty_from (day) VALUES ('0000-01-01')";

// From scratch, by scans and sorts: the trigram index read from the orders; the texts in one pass
// over the items, then each item's text in (text, item) order, so each page is written once.
const char* const CacheSchema::kSearchRebuild =
    "INSERT INTO order_id_search (order_id_search) VALUES ('rebuild');\n"
    "DELETE FROM item_text_items;\n"
    "DELETE FROM item_texts;\n"
    "INSERT INTO item_texts (sku, asin, title) SELECT DISTINCT sku, asin, title FROM order_items;\n"
    "INSERT INTO item_text_items (text_id, item_row) SELECT t.text_id, i.row_id FROM order_items i "
    "JOIN item_texts t ON t.sku = i.sku AND t.asin = i.asin AND t.title = i.title ORDER BY 1, 2";

CacheSchema::Result CacheSchema::migrate(CipherDatabase& db, QString* message, int target)
{
    const int version = db.userVersion();
    if (version < 0) {
        if (message)
            *message = tr("The offline cache could not be read (%1).").arg(db.lastError());
        return Result::Failed;
    }
    if (version > kCurrentVersion) {
        if (message)
            *message = tr("The offline cache was written by a newer version of SellerPulse. "
                          "Update SellerPulse, or reset the cache and download your data again.");
        return Result::TooNew;
    }
    for (int next = version + 1; next <= target && next <= kCurrentVersion; ++next) {
        if (!db.begin()) {
            if (message)
                *message = tr("The offline cache could not be updated (%1).").arg(db.lastError());
            return Result::Failed;
        }
        // Version 7 builds the search index of the data already there, as the end of a bulk load does.
        if (!db.exec(migrationSql(next)) || (next == 7 && !db.exec(kSearchRebuild)) || !db.setUserVersion(next)
            || !db.commit()) {
            const QString detail = db.lastError();
            db.rollback();
            if (message)
                *message = tr("The offline cache could not be updated (%1).").arg(detail);
            return Result::Failed;
        }
    }
    return Result::Ok;
}

} // namespace sp
