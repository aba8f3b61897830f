#pragma once

#include <QHash>
#include <QString>

#include <array>

namespace sp {

class CipherDatabase;

// The per-SKU figures the product rules need (AlertEvaluator), from ONE pass over the last 60 days of
// summary_product_day, added up here instead of by SQL's GROUP BY: a GROUP BY sorts the rows in a
// temporary B-tree, and three of them (stock, margin, refunds) took three times as long as the scan.
struct ProductFigures
{
    struct Period
    {
        qint64 revenue = 0, profit = 0, units = 0, refunds = 0;
        void add(const Period& o)
        {
            revenue += o.revenue;
            profit += o.profit;
            units += o.units;
            refunds += o.refunds;
        }
    };
    // [0]: the last 30 days, [1]: the 30 days before. Keys: "SKU\x1fCURRENCY", "SKU", "SKU\x1fregion".
    QHash<QString, std::array<Period, 2>> bySkuCurrency;
    QHash<QString, Period> bySkuNow;
    // Units sold per "SKU\x1fregion" in the 30 whole days before `to` (completeFrom <= day < to): the
    // window the restock planner counts, so that an alert and the Restock page give one rate a day.
    QHash<QString, qint64> unitsBySkuRegionComplete;

    // Rows with from <= day <= to; days >= split are the last period. Profit as the dashboard's net
    // profit without advertising (known per marketplace only). False on a read error.
    static bool read(CipherDatabase& db, const QString& from, const QString& split, const QString& to,
                     const QString& completeFrom, ProductFigures* out);
    static QString key(const QString& a, const QString& b) { return a + QChar(0x1f) + b; }
};

} // namespace sp
