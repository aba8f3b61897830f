#include "cache/summary/SummaryDeltas.h"

#include "cache/CipherDatabase.h"
#include "cache/summary/FeeCharges.h"

#include <QList>
#include <QStringList>

namespace sp {

namespace {

// Version 6: the logged contributions (summary_delta, summary_event_delta; see CacheSchema's
// kVersion6), grouped by summary row, are added to the summary rows (created at zero when new).
// `D` is the day column's expression ('YYYY-MM-DD', or its month for the month rows).
#define SP_PRODUCT_DELTAS(D)                                                                                           \
    "SELECT " D " AS k, marketplace_id, currency, sku, SUM(units) AS units, SUM(revenue) AS revenue, "                 \
    "SUM(fees) AS fees, SUM(refunds) AS refunds, SUM(refund_count) AS refund_count, "                                  \
    "SUM(reimbursements) AS reimbursements, SUM(cogs) AS cogs, SUM(uncosted) AS uncosted FROM ("                       \
    "SELECT day, marketplace_id, currency, sku, units, revenue_cents AS revenue, 0 AS fees, 0 AS refunds, "            \
    "0 AS refund_count, 0 AS reimbursements, cogs_cents AS cogs, uncosted_units AS uncosted "                          \
    "FROM summary_delta WHERE sku IS NOT NULL "                                                                        \
    "UNION ALL SELECT day, marketplace_id, currency, sku, 0, 0, "                                                      \
    "CASE WHEN charge IN " SP_FEE_CHARGES " THEN -amount_cents ELSE 0 END, "                                           \
    "CASE WHEN type = 'refund' AND charge = 'Principal' THEN -amount_cents ELSE 0 END, "                               \
    "CASE WHEN type = 'refund' AND charge = 'Principal' THEN events ELSE 0 END, "                                      \
    "CASE WHEN charge = 'Reimbursement' THEN amount_cents ELSE 0 END, 0, 0 "                                           \
    "FROM summary_event_delta WHERE sku IS NOT NULL) GROUP BY k, marketplace_id, currency, sku"
// An UPSERT (SQLite 3.24+): the delta is added to the row, or becomes it. Measured on the
// benchmark's cache with 40 days of deltas: 10% faster than INSERT OR REPLACE over a LEFT JOIN.
// `WHERE true` keeps ON CONFLICT from being read as a join's ON (SQLite's documented parsing rule).
#define SP_APPLY_PRODUCTS(TABLE, KEY, D)                                                                               \
    "INSERT INTO " TABLE " (" KEY ", marketplace_id, currency, sku, units, revenue_cents, fees_cents, "                \
    "refunds_cents, refund_count, reimbursements_cents, cogs_cents, uncosted_units) "                                  \
    "SELECT k, marketplace_id, currency, sku, units, revenue, fees, refunds, refund_count, reimbursements, cogs, "     \
    "uncosted FROM (" SP_PRODUCT_DELTAS(D) ") WHERE true "                                                             \
    "ON CONFLICT (" KEY ", marketplace_id, currency, sku) DO UPDATE SET units = units + excluded.units, "               \
    "revenue_cents = revenue_cents + excluded.revenue_cents, fees_cents = fees_cents + excluded.fees_cents, "          \
    "refunds_cents = refunds_cents + excluded.refunds_cents, refund_count = refund_count + excluded.refund_count, "    \
    "reimbursements_cents = reimbursements_cents + excluded.reimbursements_cents, "                                    \
    "cogs_cents = cogs_cents + excluded.cogs_cents, uncosted_units = uncosted_units + excluded.uncosted_units"
#define SP_ZERO_PRODUCTS(TABLE, KEY, D)                                                                                \
    "SELECT s." KEY ", s.marketplace_id, s.currency, s.sku FROM (SELECT " D " AS k, marketplace_id, currency, "        \
    "sku FROM summary_delta WHERE sku IS NOT NULL UNION SELECT " D ", marketplace_id, currency, sku "                  \
    "FROM summary_event_delta WHERE sku IS NOT NULL) AS d CROSS JOIN " TABLE " AS s ON s." KEY " = d.k "               \
    "AND s.marketplace_id = d.marketplace_id AND s.currency = d.currency AND s.sku = d.sku "                           \
    "WHERE s.units = 0 AND s.revenue_cents = 0 AND s.fees_cents = 0 AND s.refunds_cents = 0 "                          \
    "AND s.refund_count = 0 AND s.reimbursements_cents = 0 AND s.cogs_cents = 0 AND s.uncosted_units = 0"

const char* const kApplyProductDays = SP_APPLY_PRODUCTS("summary_product_day", "day", "day");
const char* const kApplyProductMonths = SP_APPLY_PRODUCTS("summary_product_month", "month", "substr(day, 1, 7)");
const char* const kZeroProductDays = SP_ZERO_PRODUCTS("summary_product_day", "day", "day");
const char* const kZeroProductMonths = SP_ZERO_PRODUCTS("summary_product_month", "month", "substr(day, 1, 7)");
const char* const kDeleteProductDay =
    "DELETE FROM summary_product_day WHERE day = ?1 AND marketplace_id = ?2 AND currency = ?3 AND sku = ?4";
const char* const kDeleteProductMonth =
    "DELETE FROM summary_product_month WHERE month = ?1 AND marketplace_id = ?2 AND currency = ?3 AND sku = ?4";

const char* const kApplyFees = R"sql(
INSERT INTO summary_fee_day (day, marketplace_id, currency, type, charge, amount_cents, events)
SELECT day, marketplace_id, currency, type, charge, SUM(amount_cents), SUM(events)
FROM summary_event_delta WHERE true GROUP BY day, marketplace_id, currency, type, charge
ON CONFLICT (day, marketplace_id, currency, type, charge) DO UPDATE SET
    amount_cents = amount_cents + excluded.amount_cents, events = events + excluded.events
)sql";
const char* const kZeroFees = R"sql(
SELECT s.day, s.marketplace_id, s.currency, s.type, s.charge
FROM (SELECT DISTINCT day, marketplace_id, currency, type, charge FROM summary_event_delta) AS d
CROSS JOIN summary_fee_day AS s ON s.day = d.day AND s.marketplace_id = d.marketplace_id
    AND s.currency = d.currency AND s.type = d.type AND s.charge = d.charge
WHERE s.amount_cents = 0 AND s.events = 0
)sql";
const char* const kDeleteFee = "DELETE FROM summary_fee_day WHERE day = ?1 AND marketplace_id = ?2 AND currency = ?3 "
                               "AND type = ?4 AND charge = ?5";

const char* const kApplyDaily = R"sql(
INSERT INTO summary_daily (day, marketplace_id, currency, revenue_cents, units, orders, pending_units,
    pending_orders, fees_cents, refunds_cents, advertising_cents, reimbursements_cents, cogs_cents, uncosted_units)
SELECT day, marketplace_id, currency, SUM(revenue), SUM(units), SUM(orders), SUM(pending_units), SUM(pending_orders),
    SUM(fees), SUM(refunds), SUM(advertising), SUM(reimbursements), SUM(cogs), SUM(uncosted)
FROM (SELECT day, marketplace_id, currency, revenue_cents AS revenue, units, orders, pending_units,
          pending_orders, 0 AS fees, 0 AS refunds, 0 AS advertising, 0 AS reimbursements,
          cogs_cents AS cogs, uncosted_units AS uncosted
      FROM summary_delta
      UNION ALL
      SELECT day, marketplace_id, currency, 0, 0, 0, 0, 0,
          CASE WHEN charge IN )sql" SP_FEE_CHARGES R"sql( THEN -amount_cents ELSE 0 END,
          CASE WHEN type = 'refund' AND charge = 'Principal' THEN -amount_cents ELSE 0 END,
          CASE WHEN charge = 'Advertising' THEN -amount_cents ELSE 0 END,
          CASE WHEN charge = 'Reimbursement' THEN amount_cents ELSE 0 END, 0, 0
      FROM summary_event_delta)
WHERE true GROUP BY day, marketplace_id, currency
ON CONFLICT (day, marketplace_id, currency) DO UPDATE SET
    revenue_cents = revenue_cents + excluded.revenue_cents, units = units + excluded.units,
    orders = orders + excluded.orders, pending_units = pending_units + excluded.pending_units,
    pending_orders = pending_orders + excluded.pending_orders, fees_cents = fees_cents + excluded.fees_cents,
    refunds_cents = refunds_cents + excluded.refunds_cents,
    advertising_cents = advertising_cents + excluded.advertising_cents,
    reimbursements_cents = reimbursements_cents + excluded.reimbursements_cents,
    cogs_cents = cogs_cents + excluded.cogs_cents, uncosted_units = uncosted_units + excluded.uncosted_units
)sql";
const char* const kZeroDaily = R"sql(
SELECT s.day, s.marketplace_id, s.currency
FROM (SELECT day, marketplace_id, currency FROM summary_delta
      UNION SELECT day, marketplace_id, currency FROM summary_event_delta) AS d
CROSS JOIN summary_daily AS s ON s.day = d.day AND s.marketplace_id = d.marketplace_id AND s.currency = d.currency
WHERE s.revenue_cents = 0 AND s.units = 0 AND s.orders = 0 AND s.pending_units = 0 AND s.pending_orders = 0
    AND s.fees_cents = 0 AND s.refunds_cents = 0 AND s.advertising_cents = 0 AND s.reimbursements_cents = 0
    AND s.cogs_cents = 0 AND s.uncosted_units = 0
)sql";
const char* const kDeleteDailyRow =
    "DELETE FROM summary_daily WHERE day = ?1 AND marketplace_id = ?2 AND currency = ?3";

#undef SP_PRODUCT_DELTAS
#undef SP_APPLY_PRODUCTS
#undef SP_ZERO_PRODUCTS

// Summary rows whose every figure fell to zero (their orders changed day, SKU or marketplace, or
// were cancelled) are deleted, so the tables hold what a rebuild from scratch would write. Found
// through the log's keys only (never a scan of the summary table), then deleted by their key.
bool deleteZeroRows(CipherDatabase& db, const char* select, const char* remove, int keyColumns)
{
    QList<QStringList> keys;
    {
        CipherDatabase::Statement s = db.prepare(select);
        if (!s.isValid())
            return false;
        for (auto step = s.step(); step != CipherDatabase::Statement::Step::Done; step = s.step()) {
            if (step == CipherDatabase::Statement::Step::Error)
                return false;
            QStringList key;
            for (int c = 0; c < keyColumns; ++c)
                key << s.text(c);
            keys << key;
        }
    }
    if (keys.isEmpty())
        return true;
    CipherDatabase::Statement d = db.prepare(remove);
    if (!d.isValid())
        return false;
    for (const QStringList& key : std::as_const(keys)) {
        for (int c = 0; c < keyColumns; ++c)
            d.bind(c + 1, key.at(c));
        if (!d.run())
            return false;
    }
    return true;
}

} // namespace

bool SummaryDeltas::apply(CipherDatabase& db, qint64* logged)
{
    *logged = db.scalar("SELECT (SELECT count(*) FROM summary_delta) + (SELECT count(*) FROM summary_event_delta)", -1);
    if (*logged < 0)
        return false;
    if (*logged == 0)
        return true;
    return db.exec(kApplyFees) && db.exec(kApplyProductDays) && db.exec(kApplyProductMonths) && db.exec(kApplyDaily)
           && deleteZeroRows(db, kZeroFees, kDeleteFee, 5) && deleteZeroRows(db, kZeroProductDays, kDeleteProductDay, 4)
           && deleteZeroRows(db, kZeroProductMonths, kDeleteProductMonth, 4)
           && deleteZeroRows(db, kZeroDaily, kDeleteDailyRow, 3)
           && db.exec("DELETE FROM summary_delta; DELETE FROM summary_event_delta;");
}

} // namespace sp
