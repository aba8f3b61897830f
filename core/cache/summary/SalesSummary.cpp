#include "cache/summary/SalesSummary.h"

#include "cache/summary/FeeCharges.h"
#include "cache/summary/SummaryDeltas.h"

#include "cache/CacheSchema.h"
#include "cache/CipherDatabase.h"
#include "cache/CacheLog.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>

#include <set>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::SalesSummary", text); }

// One day's rows (?1 = the day, ?2 = the next day, both 'YYYY-MM-DD'; stored times are RFC 3339
// UTC, so a day's rows are those with ?1 <= time < ?2 and the indexes on the times serve it).
const char* const kDeleteFees = "DELETE FROM summary_fee_day WHERE day = ?1";
const char* const kDeleteProducts = "DELETE FROM summary_product_day WHERE day = ?1";
const char* const kDeleteDaily = "DELETE FROM summary_daily WHERE day = ?1";

const char* const kInsertFees = R"sql(
INSERT INTO summary_fee_day (day, marketplace_id, currency, type, charge, amount_cents, events)
SELECT ?1, marketplace_id, currency, type, charge, SUM(amount_cents), COUNT(*)
FROM financial_events WHERE posted_at >= ?1 AND posted_at < ?2
GROUP BY marketplace_id, currency, type, charge
)sql";

// Revenue without tax: where prices include VAT (region eu) the VAT they contain is taken out.
// COGS: the unit cost in the order's currency in force on the purchase day.
const char* const kInsertProducts = R"sql(
INSERT INTO summary_product_day (day, marketplace_id, currency, sku, units, revenue_cents, fees_cents,
    refunds_cents, refund_count, reimbursements_cents, cogs_cents, uncosted_units)
SELECT ?1, marketplace_id, currency, sku, SUM(units), SUM(revenue), SUM(fees), SUM(refunds), SUM(refund_count),
    SUM(reimbursements), SUM(CASE WHEN cost IS NULL THEN 0 ELSE cost * units END),
    SUM(CASE WHEN cost IS NULL THEN units ELSE 0 END)
FROM (
    SELECT o.marketplace_id, o.currency, i.sku, i.quantity AS units,
        CASE WHEN o.status = 'Pending' OR i.item_price_cents IS NULL THEN 0
             ELSE i.item_price_cents - (CASE WHEN m.region = 'eu' THEN IFNULL(i.item_tax_cents, 0) ELSE 0 END)
                  + IFNULL(i.shipping_price_cents, 0) - IFNULL(i.promotion_discount_cents, 0) END AS revenue,
        0 AS fees, 0 AS refunds, 0 AS refund_count, 0 AS reimbursements,
        (SELECT u.unit_cost_cents FROM unit_costs u WHERE u.sku = i.sku AND u.currency = o.currency
             AND u.effective_from <= ?1 ORDER BY u.effective_from DESC LIMIT 1) AS cost
    FROM orders o JOIN order_items i ON i.order_id = o.id LEFT JOIN marketplaces m ON m.id = o.marketplace_id
    WHERE o.purchase_date >= ?1 AND o.purchase_date < ?2 AND o.status <> 'Canceled'
    UNION ALL
    SELECT marketplace_id, currency, sku, 0, 0,
        CASE WHEN charge IN )sql" SP_FEE_CHARGES R"sql( THEN -amount_cents ELSE 0 END,
        CASE WHEN type = 'refund' AND charge = 'Principal' THEN -amount_cents ELSE 0 END,
        CASE WHEN type = 'refund' AND charge = 'Principal' THEN 1 ELSE 0 END,
        CASE WHEN charge = 'Reimbursement' THEN amount_cents ELSE 0 END,
        0
    FROM financial_events WHERE posted_at >= ?1 AND posted_at < ?2 AND sku IS NOT NULL
)
GROUP BY marketplace_id, currency, sku
)sql";

// The day's totals: order counts from the orders, units/revenue/COGS from the product rows just
// written (order parts only carry those), money movements from the fee rows.
const char* const kInsertDaily = R"sql(
INSERT INTO summary_daily (day, marketplace_id, currency, revenue_cents, units, orders, pending_units,
    pending_orders, fees_cents, refunds_cents, advertising_cents, reimbursements_cents, cogs_cents, uncosted_units)
SELECT ?1, marketplace_id, currency, SUM(revenue), SUM(units), SUM(orders), SUM(pending_units), SUM(pending_orders),
    SUM(fees), SUM(refunds), SUM(advertising), SUM(reimbursements), SUM(cogs), SUM(uncosted)
FROM (
    SELECT marketplace_id, currency, revenue_cents AS revenue, units, 0 AS orders, 0 AS pending_units,
        0 AS pending_orders, 0 AS fees, 0 AS refunds, 0 AS advertising, 0 AS reimbursements, cogs_cents AS cogs,
        uncosted_units AS uncosted
    FROM summary_product_day WHERE day = ?1
    UNION ALL
    SELECT o.marketplace_id, o.currency, 0, 0, 1, CASE WHEN o.status = 'Pending' THEN
            (SELECT SUM(quantity) FROM order_items WHERE order_id = o.id) ELSE 0 END,
        CASE WHEN o.status = 'Pending' THEN 1 ELSE 0 END, 0, 0, 0, 0, 0, 0
    FROM orders o WHERE o.purchase_date >= ?1 AND o.purchase_date < ?2 AND o.status <> 'Canceled'
    UNION ALL
    SELECT marketplace_id, currency, 0, 0, 0, 0, 0,
        SUM(CASE WHEN charge IN )sql" SP_FEE_CHARGES R"sql( THEN -amount_cents ELSE 0 END),
        SUM(CASE WHEN type = 'refund' AND charge = 'Principal' THEN -amount_cents ELSE 0 END),
        SUM(CASE WHEN charge = 'Advertising' THEN -amount_cents ELSE 0 END),
        SUM(CASE WHEN charge = 'Reimbursement' THEN amount_cents ELSE 0 END), 0, 0
    FROM summary_fee_day WHERE day = ?1 GROUP BY marketplace_id, currency
)
GROUP BY marketplace_id, currency
)sql";

const char* const kDeleteMonth = "DELETE FROM summary_product_month WHERE month = ?1";
// ?1 = 'YYYY-MM', ?2 = its first day, ?3 = the next month's first day.
const char* const kInsertMonth = R"sql(
INSERT INTO summary_product_month (month, marketplace_id, currency, sku, units, revenue_cents, fees_cents,
    refunds_cents, refund_count, reimbursements_cents, cogs_cents, uncosted_units)
SELECT ?1, marketplace_id, currency, sku, SUM(units), SUM(revenue_cents), SUM(fees_cents), SUM(refunds_cents),
    SUM(refund_count), SUM(reimbursements_cents), SUM(cogs_cents), SUM(uncosted_units)
FROM summary_product_day WHERE day >= ?2 AND day < ?3
GROUP BY marketplace_id, currency, sku
)sql";

// Every day from ?1 ('YYYY-MM-DD') on, in one pass over each table: a first sync, a changed unit
// cost or marketplace. Items are read in their stored order and each finds its order by row_id
// (items sit behind their order, CacheSchema::kItemRowShift), so nothing is looked up at random.
static_assert(CacheSchema::kItemRowShift == 16, "the order lookup below shifts by 16 bits");
const char* const kDeleteFeesFrom = "DELETE FROM summary_fee_day WHERE day >= ?1";
const char* const kDeleteProductsFrom = "DELETE FROM summary_product_day WHERE day >= ?1";
const char* const kDeleteDailyFrom = "DELETE FROM summary_daily WHERE day >= ?1";
const char* const kInsertFeesFrom = R"sql(
INSERT INTO summary_fee_day (day, marketplace_id, currency, type, charge, amount_cents, events)
SELECT substr(posted_at, 1, 10) AS d, marketplace_id, currency, type, charge, SUM(amount_cents), COUNT(*)
FROM financial_events WHERE posted_at >= ?1
GROUP BY d, marketplace_id, currency, type, charge
)sql";
const char* const kInsertProductsFrom = R"sql(
INSERT INTO summary_product_day (day, marketplace_id, currency, sku, units, revenue_cents, fees_cents,
    refunds_cents, refund_count, reimbursements_cents, cogs_cents, uncosted_units)
SELECT day, marketplace_id, currency, sku, SUM(units), SUM(revenue), SUM(fees), SUM(refunds), SUM(refund_count),
    SUM(reimbursements), SUM(CASE WHEN cost IS NULL THEN 0 ELSE cost * units END),
    SUM(CASE WHEN cost IS NULL THEN units ELSE 0 END)
FROM (
    SELECT substr(o.purchase_date, 1, 10) AS day, o.marketplace_id, o.currency, i.sku, i.quantity AS units,
        CASE WHEN o.status = 'Pending' OR i.item_price_cents IS NULL THEN 0
             ELSE i.item_price_cents - (CASE WHEN m.region = 'eu' THEN IFNULL(i.item_tax_cents, 0) ELSE 0 END)
                  + IFNULL(i.shipping_price_cents, 0) - IFNULL(i.promotion_discount_cents, 0) END AS revenue,
        0 AS fees, 0 AS refunds, 0 AS refund_count, 0 AS reimbursements,
        (SELECT u.unit_cost_cents FROM unit_costs u WHERE u.sku = i.sku AND u.currency = o.currency
             AND u.effective_from <= substr(o.purchase_date, 1, 10) ORDER BY u.effective_from DESC LIMIT 1) AS cost
    FROM order_items i CROSS JOIN orders o ON o.row_id = (i.row_id >> 16) AND o.id = i.order_id
    LEFT JOIN marketplaces m ON m.id = o.marketplace_id
    WHERE o.purchase_date >= ?1 AND o.status <> 'Canceled'
    UNION ALL
    SELECT substr(posted_at, 1, 10), marketplace_id, currency, sku, 0, 0,
        CASE WHEN charge IN )sql" SP_FEE_CHARGES R"sql( THEN -amount_cents ELSE 0 END,
        CASE WHEN type = 'refund' AND charge = 'Principal' THEN -amount_cents ELSE 0 END,
        CASE WHEN type = 'refund' AND charge = 'Principal' THEN 1 ELSE 0 END,
        CASE WHEN charge = 'Reimbursement' THEN amount_cents ELSE 0 END,
        0
    FROM financial_events WHERE posted_at >= ?1 AND sku IS NOT NULL
)
GROUP BY day, marketplace_id, currency, sku
)sql";
const char* const kInsertDailyFrom = R"sql(
INSERT INTO summary_daily (day, marketplace_id, currency, revenue_cents, units, orders, pending_units,
    pending_orders, fees_cents, refunds_cents, advertising_cents, reimbursements_cents, cogs_cents, uncosted_units)
SELECT day, marketplace_id, currency, SUM(revenue), SUM(units), SUM(orders), SUM(pending_units), SUM(pending_orders),
    SUM(fees), SUM(refunds), SUM(advertising), SUM(reimbursements), SUM(cogs), SUM(uncosted)
FROM (
    SELECT day, marketplace_id, currency, revenue_cents AS revenue, units, 0 AS orders, 0 AS pending_units,
        0 AS pending_orders, 0 AS fees, 0 AS refunds, 0 AS advertising, 0 AS reimbursements, cogs_cents AS cogs,
        uncosted_units AS uncosted
    FROM summary_product_day WHERE day >= ?1
    UNION ALL
    SELECT substr(o.purchase_date, 1, 10), o.marketplace_id, o.currency, 0, 0, 1, CASE WHEN o.status = 'Pending' THEN
            (SELECT SUM(quantity) FROM order_items WHERE order_id = o.id) ELSE 0 END,
        CASE WHEN o.status = 'Pending' THEN 1 ELSE 0 END, 0, 0, 0, 0, 0, 0
    FROM orders o WHERE o.purchase_date >= ?1 AND o.status <> 'Canceled'
    UNION ALL
    SELECT day, marketplace_id, currency, 0, 0, 0, 0, 0,
        SUM(CASE WHEN charge IN )sql" SP_FEE_CHARGES R"sql( THEN -amount_cents ELSE 0 END),
        SUM(CASE WHEN type = 'refund' AND charge = 'Principal' THEN -amount_cents ELSE 0 END),
        SUM(CASE WHEN charge = 'Advertising' THEN -amount_cents ELSE 0 END),
        SUM(CASE WHEN charge = 'Reimbursement' THEN amount_cents ELSE 0 END), 0, 0
    FROM summary_fee_day WHERE day >= ?1 GROUP BY day, marketplace_id, currency
)
GROUP BY day, marketplace_id, currency
)sql";

// Changed unit costs (summary_dirty_costs): the day rows of those SKUs and currencies from the
// change's day on get cost x units again; then their days' totals and their months.
const char* const kCostProducts = R"sql(
UPDATE summary_product_day SET
    cogs_cents = units * IFNULL((SELECT u.unit_cost_cents FROM unit_costs u WHERE u.sku = summary_product_day.sku
        AND u.currency = summary_product_day.currency AND u.effective_from <= summary_product_day.day
        ORDER BY u.effective_from DESC LIMIT 1), 0),
    uncosted_units = CASE WHEN EXISTS (SELECT 1 FROM unit_costs u WHERE u.sku = summary_product_day.sku
        AND u.currency = summary_product_day.currency AND u.effective_from <= summary_product_day.day)
        THEN 0 ELSE units END
WHERE EXISTS (SELECT 1 FROM summary_dirty_costs d WHERE d.sku = summary_product_day.sku
    AND d.currency = summary_product_day.currency AND d.day <= summary_product_day.day)
)sql";
const char* const kCostDaily = R"sql(
UPDATE summary_daily SET
    cogs_cents = IFNULL((SELECT SUM(p.cogs_cents) FROM summary_product_day p WHERE p.day = summary_daily.day
        AND p.marketplace_id = summary_daily.marketplace_id AND p.currency = summary_daily.currency), 0),
    uncosted_units = IFNULL((SELECT SUM(p.uncosted_units) FROM summary_product_day p WHERE p.day = summary_daily.day
        AND p.marketplace_id = summary_daily.marketplace_id AND p.currency = summary_daily.currency), 0)
WHERE day >= (SELECT min(day) FROM summary_dirty_costs)
    AND currency IN (SELECT currency FROM summary_dirty_costs)
)sql";

// Up to this many days from a "dirty from" day are rebuilt day by day rather than in one pass.
constexpr qint64 kDayByDayLimit = 62;

QString dayText(QDate day) { return day.toString(Qt::ISODate); }

QDate dayOf(const QString& text) { return QDate::fromString(text.left(10), Qt::ISODate); }

// The first and last day that has any order or financial event (both times are indexed).
bool dataSpan(CipherDatabase& db, QDate* first, QDate* last)
{
    const char* const queries[] = {"SELECT min(purchase_date) FROM orders", "SELECT max(purchase_date) FROM orders",
                                   "SELECT min(posted_at) FROM financial_events",
                                   "SELECT max(posted_at) FROM financial_events"};
    QDate values[4];
    for (int i = 0; i < 4; ++i) {
        CipherDatabase::Statement s = db.prepare(queries[i]);
        if (!s.isValid() || s.step() == CipherDatabase::Statement::Step::Error)
            return false;
        values[i] = s.isNull(0) ? QDate() : dayOf(s.text(0));
    }
    *first = QDate();
    *last = QDate();
    for (int i = 0; i < 4; ++i) {
        if (!values[i].isValid())
            continue;
        if (i % 2 == 0)
            *first = first->isValid() ? std::min(*first, values[i]) : values[i];
        else
            *last = last->isValid() ? std::max(*last, values[i]) : values[i];
    }
    return true;
}

// The single dirty days, and the first day of "every day from" (a null QDate when there is none;
// '0000-01-01', every day, comes back as the first day that has data).
bool dirtyDays(CipherDatabase& db, std::set<QDate>* days, QDate* everyDayFrom, QString* recordedFrom)
{
    CipherDatabase::Statement s = db.prepare("SELECT day FROM summary_dirty");
    if (!s.isValid())
        return false;
    for (auto step = s.step(); step != CipherDatabase::Statement::Step::Done; step = s.step()) {
        if (step == CipherDatabase::Statement::Step::Error)
            return false;
        const QDate day = dayOf(s.text(0));
        if (day.isValid())
            days->insert(day);
    }
    *everyDayFrom = QDate();
    CipherDatabase::Statement from = db.prepare("SELECT min(day) FROM summary_dirty_from");
    if (!from.isValid() || from.step() == CipherDatabase::Statement::Step::Error)
        return false;
    if (from.isNull(0))
        return true;
    *recordedFrom = from.text(0);
    QDate first, last;
    if (!dataSpan(db, &first, &last))
        return false;
    if (!first.isValid())
        return true; // no data yet: nothing to summarise
    const QDate since = dayOf(from.text(0));
    *everyDayFrom = since.isValid() ? std::max(since, first) : first;
    return true;
}

} // namespace

bool SalesSummary::refresh(CipherDatabase& db, QString* error)
{
    if (!db.begin()) {
        if (error)
            *error = tr("The offline cache's summaries could not be updated (%1).").arg(db.lastError());
        return false;
    }
    if (!rebuildDirty(db, error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        if (error)
            *error = tr("The offline cache's summaries could not be updated (%1).").arg(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

bool SalesSummary::rebuildAll(CipherDatabase& db, QString* error)
{
    if (!db.exec(CacheSchema::kAfterBulkLoad)) {
        if (error)
            *error = tr("The offline cache's summaries could not be updated (%1).").arg(db.lastError());
        return false;
    }
    return refresh(db, error);
}

bool SalesSummary::rebuildDirty(CipherDatabase& db, QString* error)
{
    QElapsedTimer timer;
    timer.start();
    auto fail = [&]() {
        const QString detail = db.lastError();
        if (error)
            *error = tr("The offline cache's summaries could not be updated (%1).").arg(detail);
        qCWarning(lcCache).noquote() << "summary refresh failed:" << detail;
        return false;
    };
    // The logged changes first: the cost and day rebuilds below then start from complete rows
    // (and overwrite whatever they rebuild).
    qint64 logged = 0;
    if (!SummaryDeltas::apply(db, &logged))
        return fail();
    const qint64 deltaMs = timer.elapsed();
    std::set<QDate> days;
    QDate everyDayFrom;
    QString recordedFrom; // as recorded: the passes also delete rows of days that have no data any more
    if (!dirtyDays(db, &days, &everyDayFrom, &recordedFrom))
        return fail();
    std::set<QDate> months;
    // Changed unit costs first, in place; the days rebuilt below use the new costs anyway.
    {
        CipherDatabase::Statement first = db.prepare("SELECT min(day) FROM summary_dirty_costs");
        if (!first.isValid() || first.step() == CipherDatabase::Statement::Step::Error)
            return fail();
        if (!first.isNull(0)) {
            QDate since = dayOf(first.text(0));
            QDate firstData, lastData;
            if (!dataSpan(db, &firstData, &lastData))
                return fail();
            if (!since.isValid() || (firstData.isValid() && since < firstData))
                since = firstData;
            if (!db.exec(kCostProducts) || !db.exec(kCostDaily))
                return fail();
            for (QDate month = since.isValid() ? QDate(since.year(), since.month(), 1) : QDate();
                 month.isValid() && lastData.isValid() && month <= lastData; month = month.addMonths(1))
                months.insert(month);
        }
    }
    if (everyDayFrom.isValid()) {
        // A short range (a unit cost from last week) is cheaper day by day, through the indexes,
        // than one pass over every item.
        QDate first, last;
        if (!dataSpan(db, &first, &last))
            return fail();
        if (everyDayFrom.daysTo(last) < kDayByDayLimit) {
            for (QDate day = everyDayFrom; day <= last; day = day.addDays(1))
                days.insert(day);
            everyDayFrom = QDate();
        }
    }
    if (everyDayFrom.isValid()) {
        const char* const passes[] = {kDeleteFeesFrom, kDeleteProductsFrom, kDeleteDailyFrom,
                                      kInsertFeesFrom, kInsertProductsFrom, kInsertDailyFrom};
        for (const char* sql : passes) {
            CipherDatabase::Statement pass = db.prepare(sql);
            if (!pass.isValid())
                return fail();
            const bool deletes = sql == kDeleteFeesFrom || sql == kDeleteProductsFrom || sql == kDeleteDailyFrom;
            pass.bind(1, deletes ? std::min(recordedFrom, dayText(everyDayFrom)) : dayText(everyDayFrom));
            if (!pass.run())
                return fail();
        }
        days.erase(days.lower_bound(everyDayFrom), days.end()); // done by the passes
        QDate last, first;
        if (!dataSpan(db, &first, &last))
            return fail();
        for (QDate month(everyDayFrom.year(), everyDayFrom.month(), 1); month <= last; month = month.addMonths(1))
            months.insert(month);
    }
    CipherDatabase::Statement perDay[] = {db.prepare(kDeleteFees),     db.prepare(kDeleteProducts),
                                          db.prepare(kDeleteDaily),    db.prepare(kInsertFees),
                                          db.prepare(kInsertProducts), db.prepare(kInsertDaily)};
    for (const auto& s : perDay) {
        if (!s.isValid())
            return fail();
    }
    for (const QDate& day : days) {
        const QString from = dayText(day), to = dayText(day.addDays(1));
        for (int i = 0; i < 6; ++i) {
            perDay[i].bind(1, from);
            if (i >= 3)
                perDay[i].bind(2, to);
            if (!perDay[i].run())
                return fail();
        }
        months.insert(QDate(day.year(), day.month(), 1));
    }
    CipherDatabase::Statement deleteMonth = db.prepare(kDeleteMonth);
    CipherDatabase::Statement insertMonth = db.prepare(kInsertMonth);
    if (!deleteMonth.isValid() || !insertMonth.isValid())
        return fail();
    for (const QDate& month : months) {
        const QString key = month.toString(QStringLiteral("yyyy-MM"));
        deleteMonth.bind(1, key);
        insertMonth.bind(1, key);
        insertMonth.bind(2, dayText(month));
        insertMonth.bind(3, dayText(month.addMonths(1)));
        if (!deleteMonth.run() || !insertMonth.run())
            return fail();
    }
    if (!db.exec("DELETE FROM summary_dirty; DELETE FROM summary_dirty_from; DELETE FROM summary_dirty_costs;"))
        return fail();
    if (logged > 0)
        qCInfo(lcCache).noquote() << "summaries: added" << logged << "logged changes in" << deltaMs << "ms";
    if (days.empty() && !everyDayFrom.isValid() && months.empty())
        return true; // nothing else had changed
    qCInfo(lcCache).noquote() << "summaries rebuilt:" << days.size() << "single days,"
                              << (everyDayFrom.isValid() ? QStringLiteral("every day from ") + dayText(everyDayFrom)
                                                         : QStringLiteral("no range"))
                              << "," << months.size() << "months in" << timer.elapsed() << "ms";
    return true;
}

} // namespace sp
