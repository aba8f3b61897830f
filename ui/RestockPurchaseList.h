#pragma once

#include "reports/ReportTypes.h"
#include "restock/RestockPlanner.h"

#include <QCoreApplication>

namespace sp {

// The restock planner's texts and its purchase list (issue 18 part 1): the rows that need an order,
// most urgent first, as a ReportTable the export writers (CSV, XLSX) write.
class RestockPurchaseList
{
    Q_DECLARE_TR_FUNCTIONS(sp::RestockPurchaseList)

public:
    static ReportTable table(const RestockPlanner::Plan& plan, const QDateTime& dataAsOf);
    static QString regionName(const QString& region);
    static QString urgencyText(const RestockPlanner::Row& row);
    static QString velocity(double unitsPerDay); // "1.27"
    // The formula, as the page's tooltips and docs/restock.md state it.
    static QString velocityHint();
    static QString seasonHint();
    static QString coverHint();
    static QString reorderHint();
    static QString quantityHint();
    static QString moneyHint();
};

} // namespace sp
