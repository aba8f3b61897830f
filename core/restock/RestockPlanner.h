#pragma once

#include "restock/RestockFormula.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sp {

class CacheQuery;
class CipherDatabase;

// The restock planner's read (issue 18 part 1): per SKU and region, its sales velocities, stock,
// settings and RestockFormula's figures, sorted by urgency. Reads the summary tables (units per SKU,
// marketplace and day), never the orders, on the thread that owns the CacheQuery (the views'
// CacheReader thread, never the UI thread). `today` is the injected clock's UTC day.
class RestockPlanner
{
public:
    struct Row
    {
        QString sku, title, region;
        QString currency; // the region's currency the SKU sold most in over 90 days; empty without sales
        qint64 units7 = 0, units30 = 0, units90 = 0; // the whole days before today
        qint64 lastYearComing = 0, lastYearBefore = 0;
        bool yearOfHistory = false;
        qint64 fulfillable = 0, inbound = 0;
        int leadTimeDays = 0, safetyDays = 0;
        bool ownSetting = false; // false: the default's
        RestockFigures figures;
        QDate reorderDate;                   // invalid: no order needed
        std::optional<qint64> unitCostCents; // in force today in `currency`
        std::optional<qint64> orderCents;    // unit cost x quantity; none without a unit cost
    };
    struct Plan
    {
        QDate today;
        int defaultLeadTimeDays = 0, defaultSafetyDays = 0;
        bool defaultSet = false; // false: the contract's 30 and 14
        QList<Row> rows;         // most urgent first
        QString error;           // readable; empty when the read worked
    };

    explicit RestockPlanner(const CacheQuery& cache);
    explicit RestockPlanner(CipherDatabase& db);
    Plan plan(QDate today) const;

    // The urgency order: out of stock, order now, later (by reorder date), no sales; then the
    // shortest cover, then SKU and region.
    static bool moreUrgent(const Row& a, const Row& b);

private:
    CipherDatabase& m_db;
};

} // namespace sp
