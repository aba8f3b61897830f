#pragma once

#include "cache/CipherDatabase.h"
#include "reports/ReportTypes.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace sp {

// What DashboardQuery and ReportBuilder share over the summary tables (internal to core/reports),
// so the dashboard and the reports compute every figure the same way.
namespace SummarySql {

// " AND <column> IN (?first, ?first+1, ...)" for a non-empty list; empty for "all marketplaces".
QByteArray marketplaceClause(const QStringList& ids, int firstIndex, const char* column = "marketplace_id");
void bindMarketplaces(CipherDatabase::Statement& statement, const QStringList& ids, int firstIndex);

QString dayText(QDate day);

// Per-currency totals over the period, sorted by currency (net profit, margin and ROI filled in).
bool totals(CipherDatabase& db, const DashboardFilter& filter, QList<CurrencyTotals>* out);
void finish(CurrencyTotals* totals);

// One SKU's figures in one currency over a period (from the month rows of the months the period
// covers whole and the day rows of its partial months).
struct ProductFigures
{
    QString sku, asin, title, currency;
    qint64 units = 0, revenueCents = 0, feesCents = 0, refundsCents = 0, refundCount = 0, reimbursementsCents = 0,
           cogsCents = 0, uncostedUnits = 0;
    qint64 netProfitCents() const { return revenueCents - feesCents - refundsCents + reimbursementsCents - cogsCents; }
};
// Units one SKU sold in one marketplace over a period.
struct UnitsSold
{
    QString sku, marketplaceId;
    qint64 units = 0;
};
// Each month the period touches is read from its month rows when the period covers more than half
// of it (minus the day rows of the days it leaves out, which a month so far mostly has none of),
// otherwise from the day rows it covers: at most about half a month of day rows per edge.
// Entries come sorted by SKU, then currency. Titles only with `withTitles`; titles() fills them
// for a few afterwards.
bool products(CipherDatabase& db, const DashboardFilter& filter, QList<ProductFigures>* out, bool withTitles = true);
// The same reading, of units only, per SKU and marketplace (every marketplace), sorted likewise.
bool unitsSold(CipherDatabase& db, const Period& period, QList<UnitsSold>* out);
// Both of every marketplace over one period in one reading (the dashboard's default: its period is the
// low-stock velocity window): products() without a marketplace filter and without titles, and unitsSold().
bool productsAndUnitsSold(CipherDatabase& db, const Period& period, QList<ProductFigures>* products,
                          QList<UnitsSold>* units);
bool titles(CipherDatabase& db, QList<ProductRank>* ranks);

// A readable error for a failed read.
QString readError(CipherDatabase& db);

} // namespace SummarySql
} // namespace sp
