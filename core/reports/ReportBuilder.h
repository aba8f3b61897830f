#pragma once

#include "reports/ReportTypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace sp {

class CacheQuery;
class CipherDatabase;

// The reports a seller views and exports. Every money report has a "currency" column: amounts
// are never added across currencies. Reads the summary tables (as the dashboard does, so their
// totals agree), except Orders, which lists the orders themselves.
enum class ReportKind {
    ProfitAndLoss,     // "profit-and-loss": one row per month x currency, chart of revenue and net profit
    SalesByProduct,    // "sales-by-product": one row per SKU x currency, best revenue first
    FeeBreakdown,      // "fee-breakdown": one row per fee (charge) x currency
    RefundsAndReturns, // "refunds": one row per SKU x currency with refunds
    InventoryHealth,   // "inventory-health": one row per SKU x region (snapshot; period ignored)
    Orders             // "orders": one row per order of the period, newest first
};

// Runs on the thread that owns the connection it reads (the UI thread's, owned by its CacheQuery).
class ReportBuilder
{
public:
    explicit ReportBuilder(const CacheQuery& cache); // reads the cache's read connection

    // The report for `filter`; `today` ends the inventory-health velocity window. On a read error
    // returns an empty table (columns set, no rows) and sets lastError().
    ReportTable build(ReportKind kind, const DashboardFilter& filter, QDate today);

    static QList<ReportKind> allKinds();
    static QString idOf(ReportKind kind); // "profit-and-loss", ...
    static std::optional<ReportKind> kindFromId(const QString& id);
    static QString titleOf(ReportKind kind); // translated

    QString lastError() const { return m_lastError; }

private:
    ReportTable profitAndLoss(const DashboardFilter& filter);
    ReportTable salesByProduct(const DashboardFilter& filter);
    ReportTable feeBreakdown(const DashboardFilter& filter);
    ReportTable refundsAndReturns(const DashboardFilter& filter);
    ReportTable inventoryHealth(QDate today);
    ReportTable orders(const DashboardFilter& filter);

    CipherDatabase& m_db;
    QString m_lastError;
};

} // namespace sp
