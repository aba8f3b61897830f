#include "restock/RestockPlanner.h"

#include "cache/CacheQuery.h"
#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"
#include "reports/SummarySql.h"
#include "restock/RestockSettingRows.h"

#include <QHash>
#include <limits>

#include <algorithm>
#include <tuple>

namespace sp {

namespace {

using Step = CipherDatabase::Statement::Step;

QString keyOf(const QString& sku, const QString& currency) { return sku + QLatin1Char('\n') + currency; }

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

// Numbers for the texts of a scan's rows, looked up by their UTF-8 bytes without a copy per row (the
// day rows' scans step through some 100,000 rows on the benchmark cache: one QString per column and
// row, and SQLite's GROUP BY sorter, cost more than the rest of the plan together).
class Interner
{
public:
    int id(QByteArrayView bytes)
    {
        const int known = find(bytes);
        if (known >= 0)
            return known;
        m_ids.insert(bytes.toByteArray(), int(m_names.size()));
        m_names.append(QString::fromUtf8(bytes));
        return int(m_names.size() - 1);
    }
    int find(QByteArrayView bytes) const
    {
        return m_ids.value(QByteArray::fromRawData(bytes.data(), bytes.size()), -1);
    }
    const QString& name(int id) const { return m_names.at(id); }
    int size() const { return int(m_names.size()); }

private:
    QHash<QByteArray, int> m_ids;
    QStringList m_names;
};

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
    const auto reorder = [](const Row& r) {
        return r.figures.reorderInDays < 0 ? std::numeric_limits<qint64>::max() : r.figures.reorderInDays;
    };
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

    // Texts by number: the marketplaces' regions first, then whatever the scans meet.
    Interner skus, regions, currencies, markets;
    QList<int> regionOf; // marketplace -> region, -1 when the marketplace is not cached
    CipherDatabase::Statement s = m_db.prepare("SELECT id, region FROM marketplaces");
    if (!each(s, [&] {
            const int market = markets.id(s.utf8(0));
            regionOf.resize(std::max<qsizetype>(regionOf.size(), market + 1), -1);
            regionOf[market] = regions.id(s.utf8(1));
        }))
        return failed();
    const auto regionOfMarket = [&](QByteArrayView id) {
        const int market = markets.id(id);
        return market < regionOf.size() ? regionOf.at(market) : -1;
    };

    QList<Row> rows;              // by SKU and region
    QHash<quint64, int> rowIndex; // (sku << 32 | region) -> index in rows
    const auto rowOf = [&](int sku, int region) {
        const quint64 key = (quint64(sku) << 32) | quint64(region);
        const auto it = rowIndex.constFind(key);
        if (it != rowIndex.constEnd())
            return *it;
        Row r;
        r.sku = skus.name(sku), r.region = regions.name(region);
        rows.append(r);
        rowIndex.insert(key, int(rows.size() - 1));
        return int(rows.size() - 1);
    };
    // The last 90 whole days, from the day rows: their primary key starts with the day, so this is a
    // range, read in key order (day, marketplace, currency, SKU) and added up here.
    QHash<quint64, qint64> currencyUnits; // (row << 16 | currency) -> units over 90 days
    const QString todayText = SummarySql::dayText(today);
    const QByteArray since7 = SummarySql::dayText(today.addDays(-7)).toLatin1();
    const QByteArray since30 = SummarySql::dayText(today.addDays(-30)).toLatin1();
    s = m_db.prepare("SELECT day, marketplace_id, currency, sku, units FROM summary_product_day "
                     "WHERE day >= ?1 AND day < ?2");
    s.bind(1, SummarySql::dayText(today.addDays(-90))), s.bind(2, todayText);
    QByteArray day;
    bool in7 = false, in30 = false;
    if (!each(s, [&] {
            const qint64 units = s.int64(4);
            const int region = units == 0 ? -1 : regionOfMarket(s.utf8(1));
            if (region < 0)
                return;
            if (s.utf8(0) != day) {
                day = s.utf8(0).toByteArray();
                in7 = day >= since7, in30 = day >= since30;
            }
            const int index = rowOf(skus.id(s.utf8(3)), region);
            Row& r = rows[index];
            r.units90 += units, r.units30 += in30 ? units : 0, r.units7 += in7 ? units : 0;
            currencyUnits[(quint64(index) << 16) | quint64(currencies.id(s.utf8(2)))] += units;
        }))
        return failed();
    // The stock: every SKU the inventory lists is planned, sold or not.
    s = m_db.prepare("SELECT sku, region, fulfillable, inbound FROM inventory");
    if (!each(s, [&] {
            Row& r = rows[rowOf(skus.id(s.utf8(0)), regions.id(s.utf8(1)))];
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
    s = m_db.prepare("SELECT day, marketplace_id, sku, units FROM summary_product_day WHERE day >= ?1 AND day < ?2");
    s.bind(1, SummarySql::dayText(lastYear.addDays(-RestockFormula::kVelocityDays)));
    s.bind(2, SummarySql::dayText(lastYear.addDays(longest)));
    day.clear();
    qint64 offset = 0; // the row's day - lastYear
    if (!each(s, [&] {
            const int region = regionOfMarket(s.utf8(1));
            const int sku = region < 0 ? -1 : skus.find(s.utf8(2));
            const int index = sku < 0 ? -1 : rowIndex.value((quint64(sku) << 32) | quint64(region), -1);
            if (index < 0)
                return; // nothing to plan for it now
            if (s.utf8(0) != day) {
                day = s.utf8(0).toByteArray();
                offset = lastYear.daysTo(QDate::fromString(QString::fromLatin1(day), Qt::ISODate));
            }
            Row& r = rows[index];
            if (offset < 0)
                r.lastYearBefore += s.int64(3);
            else if (offset < r.leadTimeDays + r.safetyDays)
                r.lastYearComing += s.int64(3);
        }))
        return failed();
    // A year of history: a sale in a month before the one last year's window starts in.
    s = m_db.prepare("SELECT DISTINCT sku, marketplace_id FROM summary_product_month WHERE month < ?1 AND units > 0");
    s.bind(1, RestockFormula::historyMonth(today));
    if (!each(s, [&] {
            const int region = regionOfMarket(s.utf8(1));
            const int sku = region < 0 ? -1 : skus.find(s.utf8(0));
            const int index = sku < 0 ? -1 : rowIndex.value((quint64(sku) << 32) | quint64(region), -1);
            if (index >= 0)
                rows[index].yearOfHistory = true;
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

    for (int index = 0; index < rows.size(); ++index) {
        Row& r = rows[index];
        r.title = titles.value(r.sku);
        // The currency it sold most units in (ties: the first by code).
        qint64 best = 0;
        for (int c = 0; c < currencies.size(); ++c) {
            const qint64 units = currencyUnits.value((quint64(index) << 16) | quint64(c), 0);
            const QString& code = currencies.name(c);
            if (units > best || (units == best && units > 0 && code < r.currency))
                best = units, r.currency = code;
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
    }
    plan.rows = std::move(rows);
    std::sort(plan.rows.begin(), plan.rows.end(), &RestockPlanner::moreUrgent);
    return plan;
}

} // namespace sp
