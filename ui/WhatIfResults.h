#pragma once

#include "whatif/WhatIfProjection.h"

#include <QString>

class QTableWidget;
class QWidget;

namespace sp {

// The what-if's table (issue 18 part 4): per currency, units, revenue, net profit and margin over the
// next 30 days, baseline and scenario side by side with the difference.
struct WhatIfResults
{
    enum Column { CurrencyColumn, FigureColumn, BaselineColumn, ScenarioColumn, ChangeColumn };
    static constexpr int kRowsPerCurrency = 4; // units, revenue, net profit, margin
    static QTableWidget* makeTable(QWidget* parent);
    static void fill(QTableWidget* table, const QList<WhatIfCurrencyProjection>& projection);
    static QString marginText(const std::optional<qint64>& basisPoints); // "50.82 %", "–" without revenue
};

} // namespace sp
