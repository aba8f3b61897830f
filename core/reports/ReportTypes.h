#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// The plain data that flows from the cache's queries (core/reports) to the views (ui) and the
// exporters (ui/export). Money is integer cents with its ISO currency beside it, and is never
// added across currencies.
namespace sp {

// A span of calendar days, both ends included (UTC days, as the server dates its records).
struct Period
{
    QDate from;
    QDate to;
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    qint64 days() const { return isValid() ? from.daysTo(to) + 1 : 0; }
};

enum class RangePreset {
    Today,
    Yesterday,
    Last7Days,
    Last30Days,
    MonthToDate,
    LastMonth,
    YearToDate,
    Last12Months,
    Custom
};

// What the dashboard and the reports look at. An empty marketplace list means all of them.
struct DashboardFilter
{
    Period period;
    QStringList marketplaceIds;
};

// The headline figures of one currency over a period. Costs are positive numbers.
struct CurrencyTotals
{
    QString currency;
    qint64 revenueCents = 0;
    qint64 units = 0; // all units sold, pending ones included
    qint64 orders = 0;
    qint64 pendingUnits = 0; // units of orders that have no price yet: revenue is estimated
    qint64 pendingOrders = 0;
    qint64 amazonFeesCents = 0;
    qint64 refundsCents = 0;
    qint64 advertisingCents = 0;
    qint64 reimbursementsCents = 0;
    qint64 cogsCents = 0;
    bool cogsComplete = true; // false when a sold SKU has no unit cost for the date
    qint64 expensesCents = 0; // issue 17: the seller's own expenses occurring in the period (ExpenseTotals)
    qint64 netProfitCents = 0; // after the expenses
    std::optional<double> marginPercent; // net profit / revenue; none when revenue is 0
    std::optional<double> roiPercent;    // net profit / cost of goods; none when COGS is 0
};

struct DailyPoint
{
    QDate day;
    QString currency;
    qint64 revenueCents = 0;
    qint64 netProfitCents = 0;
};

struct ProductRank
{
    QString sku;
    QString asin;
    QString title;
    QString currency;
    qint64 units = 0;
    qint64 revenueCents = 0;
    qint64 netProfitCents = 0;
};

struct LowStockItem
{
    QString sku;
    QString title;
    QString region; // inventory region ("eu", "na"): stock serves that region's marketplaces
    qint64 fulfillable = 0;
    qint64 inbound = 0;
    double unitsPerDay = 0; // sales velocity over the last 30 days
    double daysOfCover = 0; // fulfillable / unitsPerDay
};

struct DashboardData
{
    QList<CurrencyTotals> current;  // one entry per currency, sorted by currency
    QList<CurrencyTotals> previous; // the period of the same length just before
    // Issue 18: the same days one year earlier (lastYearPeriod), only when the cache's history reaches
    // back to their first day; a currency without an entry has no data last year (never a made-up 0).
    QList<CurrencyTotals> lastYear;
    Period lastYearPeriod;
    QList<DailyPoint> daily;        // every day of the period, per currency
    QList<ProductRank> topEarners;  // by net profit, best first
    QList<ProductRank> topLosers;   // by net profit, worst first (only negative ones)
    QList<LowStockItem> lowStock;   // fewest days of cover first
    QDateTime dataAsOf;             // the last complete sync
};

// A column of a report table. Cell values by kind: Text -> QString, Integer -> qint64,
// Money -> qint64 cents (the row's currency is in the column whose key is "currency"),
// Percent -> double (12.5 means 12.5 %), Date -> QDate. A null QVariant is an empty cell.
struct ReportColumn
{
    enum class Kind { Text, Integer, Money, Percent, Date };
    QString key;   // stable machine name, e.g. "revenue"
    QString title; // translated
    Kind kind = Kind::Text;
};

// A chart to draw beside a report (dashboard, report view, PDF): one line or bar series per
// name and currency over shared labels.
struct ReportSeries
{
    QString name; // translated, e.g. "Revenue"
    QString currency;
    QList<qint64> valuesCents; // one per label
};

struct ReportChart
{
    QString title;
    QStringList labels; // e.g. days or months
    QList<ReportSeries> series;
    bool isEmpty() const { return labels.isEmpty() || series.isEmpty(); }
};

struct ReportTable
{
    QString id;    // "profit-and-loss", "sales-by-product", "fee-breakdown", "refunds", "inventory-health", "orders"
    QString title; // translated
    Period period; // invalid for snapshot reports (inventory health)
    QStringList marketplaceIds; // the filter it was made with; empty = all
    QStringList marketplaceNames; // the same as a seller reads them ("Amazon.de (Germany)")
    QList<ReportColumn> columns;
    QList<QVariantList> rows; // each row holds columns.size() values
    ReportChart chart;        // may be empty
    QDateTime dataAsOf;
};

} // namespace sp
