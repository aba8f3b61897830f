#include "restock/RestockPlanner.h"

#include "cache/CacheQuery.h"
#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"
#include "reports/SummarySql.h"
#include "restock/RestockSettingRows.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace sp {

namespace {

using Step = CipherDatabase::Statement::Step;

QString keyOf(const QString& sku, const QString& region) { return sku + QLatin1Char('\n') + region; }

struct Marketplace
{
    QString region, currency;
};

// Runs `s` and calls `row` for each row; false on a read error.
template <typename F>
bool each(CipherDatabase::Statement& s, F row)
{
    if (!s.isValid())
        return false;
    for (Step step = s.step(); step != Step::Done; step = s.step()) {
        if (step == Step::Error)
            return false;
        row();
    }
    return true;
}

} // namespace

RestockPlanner::RestockPlanner(const CacheQuery& cache)
    : m_db(ReadConnection::of(cache))
{}

RestockPlanner::RestockPlanner(CipherDatabase& db)
    : m_db(db)
{}

bool RestockPlanner::moreUrgent(const Row& a, const Row& b)
{
    const auto rank = [](const Row& r) { return int(r.figures.urgency); };
    const auto reorder = [](const Row& r) { return r.figures.reorderInDays < 0 ? LLONG_MAX : r.figures.reorderInDays; };
    const auto cover = [](const Row& r) { return r.figures.daysOfCover.value_or(1e300); };
    return std::make_tuple(rank(a), reorder(a), cover(a), a.sku, a.region)
           < std::make_tuple(rank(b), reorder(b), cover(b), b.sku, b.region);
}

RestockPlanner::Plan RestockPlanner::plan(QDate today) const
{
    Plan plan;
    plan.today = today;
    auto failed = [&plan, this] {
        plan.error = SummarySql::readError(m_db);
        plan.rows.clear();
        return plan;
    };
    // The seller's settings: the default (or the contract's) and each SKU's own.
    QList<RestockSetting> settings;
    if (!RestockSettingRows::readAll(m_db, &settings))
        return failed();
    plan.defaultLeadTimeDays = RestockSetting::kDefaultLeadTimeDays;
    plan.defaultSafetyDays = RestockSetting::kDefaultSafetyDays;
    QHash<QString, RestockSetting> own;
    int longest = 0; // the longest H: last year's window reaches that far
    for (const RestockSetting& s : std::as_const(settings)) {
        if (s.isDefault())
            plan.defaultLeadTimeDays = s.leadTimeDays, plan.defaultSafetyDays = s.safetyDays, plan.defaultSet = true;
        else
            own.insert(s.sku, s);
        longest = std::max(longest, s.leadTimeDays + s.safetyDays);
    }
    longest = std::max(longest, plan.defaultLeadTimeDays + plan.defaultSafetyDays);

    QHash<QString, Marketplace> marketplaces;
    CipherDatabase::Statement s = m_db.prepare("SELECT id, region, currency FROM marketplaces");
    if (!each(s, [&] { marketplaces.insert(s.text(0), {s.text(1), s.text(2)}); }))
        return failed();

    QHash<QString, Row> rows; // by SKU and region
    auto rowOf = [&rows](const QString& sku, const QString& region) -> Row& {
        Row& r = rows[keyOf(sku, region)];
        if (r.sku.isEmpty())
            r.sku = sku, r.region = region;
        return r;
    };
    // The last 90 whole days, from the day rows (their primary key starts with the day: a range).
    QHash<QString, QHash<QString, qint64>> currencyUnits; // row key -> currency -> units over 90 days
    const QString todayText = SummarySql::dayText(today);
    s = m_db.prepare("SELECT sku, marketplace_id, currency, SUM(CASE WHEN day >= ?2 THEN units ELSE 0 END), "
                     "SUM(CASE WHEN day >= ?3 THEN units ELSE 0 END), SUM(units) FROM summary_product_day "
                     "WHERE day >= ?4 AND day < ?1 GROUP BY sku, marketplace_id, currency");
    s.bind(1, todayText), s.bind(2, SummarySql::dayText(today.addDays(-7)));
    s.bind(3, SummarySql::dayText(today.addDays(-30))), s.bind(4, SummarySql::dayText(today.addDays(-90)));
    if (!each(s, [&] {
            const auto m = marketplaces.constFind(s.text(1));
            if (m == marketplaces.constEnd() || s.int64(5) == 0)
                return;
            Row& r = rowOf(s.text(0), m->region);
            r.units7 += s.int64(3), r.units30 += s.int64(4), r.units90 += s.int64(5);
            currencyUnits[keyOf(r.sku, r.region)][s.text(2)] += s.int64(5);
        }))
        return failed();
    // The stock: every SKU the inventory lists is planned, sold or not.
    s = m_db.prepare("SELECT sku, region, fulfillable, inbound FROM inventory");
    if (!each(s, [&] {
            Row& r = rowOf(s.text(0), s.text(1));
            r.fulfillable = s.int64(2), r.inbound = s.int64(3);
        }))
        return failed();
    // Each row's settings, then last year's windows: the 30 days before today - 364 and its H days.
    for (Row& r : rows) {
        const auto setting = own.constFind(r.sku);
        r.ownSetting = setting != own.constEnd();
        r.leadTimeDays = r.ownSetting ? setting->leadTimeDays : plan.defaultLeadTimeDays;
        r.safetyDays = r.ownSetting ? setting->safetyDays : plan.defaultSafetyDays;
    }
    const QDate lastYear = RestockFormula::lastYearStart(today);
    QHash<QString, int> offsets; // day text -> days from lastYear
    for (int d = -RestockFormula::kVelocityDays; d < longest; ++d)
        offsets.insert(SummarySql::dayText(lastYear.addDays(d)), d);
    s = m_db.prepare("SELECT day, sku, marketplace_id, SUM(units) FROM summary_product_day WHERE day >= ?1 AND "
                     "day < ?2 GROUP BY day, sku, marketplace_id");
    s.bind(1, SummarySql::dayText(lastYear.addDays(-RestockFormula::kVelocityDays)));
    s.bind(2, SummarySql::dayText(lastYear.addDays(longest)));
    if (!each(s, [&] {
            const auto m = marketplaces.constFind(s.text(2));
            const auto r = m == marketplaces.constEnd() ? rows.end() : rows.find(keyOf(s.text(1), m->region));
            if (r == rows.end())
                return; // nothing to plan for it now
            const int offset = offsets.value(s.text(0), longest);
            if (offset < 0)
                r->lastYearBefore += s.int64(3);
            else if (offset < r->leadTimeDays + r->safetyDays)
                r->lastYearComing += s.int64(3);
        }))
        return failed();
    // A year of history: a sale in a month before the one last year's window starts in.
    s = m_db.prepare("SELECT DISTINCT sku, marketplace_id FROM summary_product_month WHERE month < ?1 AND units > 0");
    s.bind(1, RestockFormula::historyMonth(today));
    if (!each(s, [&] {
            const auto m = marketplaces.constFind(s.text(1));
            const auto r = m == marketplaces.constEnd() ? rows.end() : rows.find(keyOf(s.text(0), m->region));
            if (r != rows.end())
                r->yearOfHistory = true;
        }))
        return failed();
    // Unit costs in force today (the newest effective_from not after today), and the titles.
    QHash<QString, qint64> costs; // sku + currency -> cents
    s = m_db.prepare("SELECT sku, currency, unit_cost_cents FROM unit_costs WHERE effective_from <= ?1 "
                     "ORDER BY sku, currency, effective_from");
    s.bind(1, todayText);
    if (!each(s, [&] { costs.insert(keyOf(s.text(0), s.text(1)), s.int64(2)); }))
        return failed();
    QHash<QString, QString> titles;
    s = m_db.prepare("SELECT sku, title FROM products");
    if (!each(s, [&] { titles.insert(s.text(0), s.text(1)); }))
        return failed();

    plan.rows.reserve(rows.size());
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        Row& r = *it;
        r.title = titles.value(r.sku);
        // The currency it sold most units in (ties: the first by code).
        const QHash<QString, qint64> units = currencyUnits.value(it.key());
        for (auto u = units.constBegin(); u != units.constEnd(); ++u) {
            if (r.currency.isEmpty() || u.value() > units.value(r.currency)
                || (u.value() == units.value(r.currency) && u.key() < r.currency))
                r.currency = u.key();
        }
        RestockInputs in;
        in.units30 = r.units30, in.lastYearComing = r.lastYearComing, in.lastYearBefore = r.lastYearBefore;
        in.yearOfHistory = r.yearOfHistory, in.fulfillable = r.fulfillable, in.inbound = r.inbound;
        in.leadTimeDays = r.leadTimeDays, in.safetyDays = r.safetyDays;
        r.figures = RestockFormula::compute(in);
        if (r.figures.reorderInDays >= 0)
            r.reorderDate = today.addDays(r.figures.reorderInDays);
        const auto cost = r.currency.isEmpty() ? costs.constEnd() : costs.constFind(keyOf(r.sku, r.currency));
        if (cost != costs.constEnd()) {
            r.unitCostCents = cost.value();
            r.orderCents = cost.value() * r.figures.quantity;
        }
        plan.rows.append(r);
    }
    std::sort(plan.rows.begin(), plan.rows.end(), &RestockPlanner::moreUrgent);
    return plan;
}

} // namespace sp
