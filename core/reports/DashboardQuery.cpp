#include "reports/DashboardQuery.h"

#include "cache/CacheQuery.h"
#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"
#include "expenses/ExpenseTotals.h"
#include "reports/ReportPeriods.h"
#include "reports/SummarySql.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::DashboardQuery", text); }

using Step = CipherDatabase::Statement::Step;

} // namespace

DashboardQuery::DashboardQuery(const CacheQuery& cache)
    : m_db(ReadConnection::of(cache))
{}

Period DashboardQuery::lastYearOf(const Period& period)
{
    if (!period.isValid())
        return {};
    return {period.from.addYears(-1), period.to.addYears(-1)};
}

DashboardData DashboardQuery::load(const DashboardFilter& filter, QDate today)
{
    DashboardData data = loadFigures(filter);
    if (m_lastError.isEmpty())
        loadProducts(filter, today, &data);
    return data;
}

DashboardData DashboardQuery::loadFigures(const DashboardFilter& filter)
{
    DashboardData data;
    m_lastError.clear();
    if (!filter.period.isValid()) {
        m_lastError = tr("Choose a period whose first day is on or before its last day.");
        return data;
    }
    auto fail = [&]() {
        m_lastError = SummarySql::readError(m_db);
        return data;
    };

    {
        CipherDatabase::Statement s = m_db.prepare("SELECT value FROM meta WHERE key = 'last_synced_at'");
        if (!s.isValid())
            return fail();
        if (s.step() == Step::Row)
            data.dataAsOf = QDateTime::fromString(s.text(0), Qt::ISODateWithMs);
    }
    if (!SummarySql::totals(m_db, filter, &data.current))
        return fail();
    DashboardFilter previous = filter;
    previous.period = previousPeriod(filter.period);
    if (!SummarySql::totals(m_db, previous, &data.previous))
        return fail();
    // Issue 18: year over year, when the cache's history reaches back to the first day a year earlier
    // (a partly covered year would compare against a made-up shortfall).
    {
        DashboardFilter lastYear = filter;
        lastYear.period = lastYearOf(filter.period);
        data.lastYearPeriod = lastYear.period;
        CipherDatabase::Statement first = m_db.prepare("SELECT MIN(day) FROM summary_daily");
        if (!first.isValid())
            return fail();
        const Step step = first.step();
        if (step == Step::Error)
            return fail();
        const QDate historyFrom = step == Step::Row ? QDate::fromString(first.text(0), Qt::ISODate) : QDate();
        if (historyFrom.isValid() && historyFrom <= lastYear.period.from
            && !SummarySql::totals(m_db, lastYear, &data.lastYear))
            return fail();
    }

    // Daily points: every day of the period for every currency of the period (zero days included,
    // so a chart's x axis is the whole period).
    {
        const QByteArray sql =
            QByteArrayLiteral("SELECT day, currency, SUM(revenue_cents), SUM(revenue_cents - fees_cents - "
                              "refunds_cents - advertising_cents + reimbursements_cents - cogs_cents) "
                              "FROM summary_daily WHERE day >= ?1 AND day <= ?2")
            + SummarySql::marketplaceClause(filter.marketplaceIds, 3) + QByteArrayLiteral(" GROUP BY day, currency");
        CipherDatabase::Statement s = m_db.prepare(sql.constData());
        if (!s.isValid())
            return fail();
        s.bind(1, SummarySql::dayText(filter.period.from));
        s.bind(2, SummarySql::dayText(filter.period.to));
        SummarySql::bindMarketplaces(s, filter.marketplaceIds, 3);
        QHash<QString, QPair<qint64, qint64>> byDayAndCurrency;
        for (auto step = s.step(); step != Step::Done; step = s.step()) {
            if (step == Step::Error)
                return fail();
            byDayAndCurrency.insert(s.text(0) + QLatin1Char('/') + s.text(1), {s.int64(2), s.int64(3)});
        }
        // Issue 17: the seller's expenses on their occurrence days, so the days add up to the totals.
        QList<ExpenseTotals::Occurrence> expenses;
        if (!ExpenseTotals::occurrences(m_db, filter, &expenses))
            return fail();
        for (const ExpenseTotals::Occurrence& o : std::as_const(expenses))
            byDayAndCurrency[SummarySql::dayText(o.day) + QLatin1Char('/') + o.currency].second -= o.cents;
        for (QDate day = filter.period.from; day <= filter.period.to; day = day.addDays(1)) {
            for (const CurrencyTotals& totals : data.current) {
                const auto values =
                    byDayAndCurrency.value(SummarySql::dayText(day) + QLatin1Char('/') + totals.currency);
                data.daily.append({day, totals.currency, values.first, values.second});
            }
        }
    }

    return data;
}

bool DashboardQuery::loadProducts(const DashboardFilter& filter, QDate today, DashboardData* into)
{
    DashboardData& data = *into;
    data.topEarners.clear();
    data.topLosers.clear();
    data.lowStock.clear();
    m_lastError.clear();
    if (!filter.period.isValid()) {
        m_lastError = tr("Choose a period whose first day is on or before its last day.");
        return false;
    }
    auto fail = [&]() {
        m_lastError = SummarySql::readError(m_db);
        return false;
    };

    // The default dashboard (every marketplace, the last 30 days) reads the products and the units sold
    // of the low-stock window from the same rows: one reading of them (issue 15's first screen).
    const Period velocity{today.addDays(-(kVelocityDays - 1)), today};
    const bool oneReading =
        filter.marketplaceIds.isEmpty() && filter.period.from == velocity.from && filter.period.to == velocity.to;
    QList<SummarySql::ProductFigures> products;
    QList<SummarySql::UnitsSold> recent;
    if (oneReading ? !SummarySql::productsAndUnitsSold(m_db, velocity, &products, &recent)
                   : !SummarySql::products(m_db, filter, &products, false))
        return fail();

    // Top earners and losers per currency (a net profit is only comparable within its currency).
    {
        std::sort(products.begin(), products.end(), [](const auto& a, const auto& b) {
            return a.currency != b.currency                   ? a.currency < b.currency
                   : a.netProfitCents() != b.netProfitCents() ? a.netProfitCents() > b.netProfitCents()
                                                              : a.sku < b.sku;
        });
        auto rank = [](const SummarySql::ProductFigures& p) {
            return ProductRank{p.sku, p.asin, p.title, p.currency, p.units, p.revenueCents, p.netProfitCents()};
        };
        QHash<QString, int> earners, losers;
        for (const auto& p : products) {
            if (p.netProfitCents() > 0 && earners[p.currency]++ < kTopProducts)
                data.topEarners.append(rank(p));
        }
        for (auto it = products.crbegin(); it != products.crend(); ++it) {
            if (it->netProfitCents() < 0 && losers[it->currency]++ < kTopProducts)
                data.topLosers.append(rank(*it));
        }
        std::stable_sort(data.topLosers.begin(), data.topLosers.end(),
                         [](const ProductRank& a, const ProductRank& b) { return a.currency < b.currency; });
        if (!SummarySql::titles(m_db, &data.topEarners) || !SummarySql::titles(m_db, &data.topLosers))
            return fail();
    }

    // Low stock: days of cover of each SKU's stock in a region from the last 30 days' sales in
    // that region's marketplaces (stock in one region does not serve another).
    {
        QHash<QString, QString> regionOf;
        CipherDatabase::Statement regions = m_db.prepare("SELECT id, region FROM marketplaces");
        if (!regions.isValid())
            return fail();
        for (auto step = regions.step(); step != Step::Done; step = regions.step()) {
            if (step == Step::Error)
                return fail();
            regionOf.insert(regions.text(0), regions.text(1));
        }
        if (!oneReading && !SummarySql::unitsSold(m_db, velocity, &recent))
            return fail();
        QHash<QString, qint64> sold; // sku/region -> units
        for (const SummarySql::UnitsSold& p : std::as_const(recent))
            sold[p.sku + QLatin1Char('/') + regionOf.value(p.marketplaceId)] += p.units;
        CipherDatabase::Statement stock =
            m_db.prepare("SELECT i.sku, i.region, i.fulfillable, i.inbound, IFNULL(p.title, '') FROM inventory i "
                         "LEFT JOIN products p ON p.sku = i.sku");
        if (!stock.isValid())
            return fail();
        for (auto step = stock.step(); step != Step::Done; step = stock.step()) {
            if (step == Step::Error)
                return fail();
            const qint64 units = sold.value(stock.text(0) + QLatin1Char('/') + stock.text(1));
            if (units <= 0)
                continue;
            LowStockItem item;
            item.sku = stock.text(0);
            item.region = stock.text(1);
            item.fulfillable = stock.int64(2);
            item.inbound = stock.int64(3);
            item.title = stock.text(4);
            item.unitsPerDay = double(units) / kVelocityDays;
            item.daysOfCover = double(item.fulfillable) / item.unitsPerDay;
            if (item.daysOfCover < kLowStockDays)
                data.lowStock.append(item);
        }
        std::sort(data.lowStock.begin(), data.lowStock.end(), [](const LowStockItem& a, const LowStockItem& b) {
            return a.daysOfCover != b.daysOfCover ? a.daysOfCover < b.daysOfCover : a.sku < b.sku;
        });
        if (data.lowStock.size() > kLowStockItems)
            data.lowStock.erase(data.lowStock.begin() + kLowStockItems, data.lowStock.end());
    }
    return true;
}

} // namespace sp
