#pragma once

#include "reports/ReportTypes.h"

#include <QString>

namespace sp {

class CacheQuery;
class CipherDatabase;

// The dashboard's figures, read from the cache's summary tables (schema v4, kept up to date by
// SalesSummary at the end of every sync run), never from a scan of the order tables.
// Runs on the thread that owns the connection (the UI thread's, owned by its CacheQuery).
// Definitions of every figure: docs/architecture.md, "Dashboard figures".
class DashboardQuery
{
public:
    static constexpr int kTopProducts = 5;      // top earners and losers shown
    static constexpr int kLowStockItems = 10;   // low-stock rows shown
    static constexpr double kLowStockDays = 30; // "about to run out": fewer days of cover than this
    static constexpr int kVelocityDays = 30;    // sales velocity window, ending `today`

    explicit DashboardQuery(const CacheQuery& cache); // reads the cache's read connection

    // The figures for `filter` (an invalid period loads nothing and sets lastError()). `today`
    // ends the low-stock velocity window. On a read error returns what it has and sets lastError().
    // Top earners and losers are ranked within each currency (up to kTopProducts per currency,
    // grouped by currency); a product's net profit leaves out advertising and account-level fees.
    // Low stock is per SKU and inventory region, from the sales of that region's marketplaces
    // (all marketplaces, whatever the filter: stock is shared by them).
    DashboardData load(const DashboardFilter& filter, QDate today);
    // load() in two parts, so that a view can lay out the figures while the products are read (issue 15:
    // the dashboard's first screen): the totals, the daily points and "data as of" (a few milliseconds
    // from the summaries), then the products (top earners and losers, low stock: most of the read).
    DashboardData loadFigures(const DashboardFilter& filter);
    bool loadProducts(const DashboardFilter& filter, QDate today, DashboardData* into); // false: lastError()

    // Issue 18: the same days one year earlier (a 29 February becomes the 28th): the year-over-year
    // comparison's period (DashboardData::lastYear).
    static Period lastYearOf(const Period& period);

    // Empty after a load that worked; otherwise a readable (translated) message.
    QString lastError() const { return m_lastError; }

private:
    CipherDatabase& m_db;
    QString m_lastError;
};

} // namespace sp
