#pragma once

#include "whatif/WhatIfScenario.h"

#include <QList>
#include <QString>

#include <optional>

namespace sp {

// One currency's last 90 days of the chosen SKUs, from the summary tables (WhatIfQuery). Money in
// integer cents; fees, refunds, advertising and cost of goods as positive costs.
struct WhatIfHistory
{
    QString currency;
    qint64 units = 0;
    qint64 revenueCents = 0; // without the VAT that EU prices contain, as the dashboard counts it
    qint64 feesCents = 0;    // Amazon's fees charged on these SKUs (FeeCharges.h)
    qint64 refundsCents = 0;
    qint64 reimbursementsCents = 0;
    qint64 advertisingCents = 0; // the SKUs' share of each marketplace's advertising, by revenue
    qint64 cogsCents = 0;
    qint64 uncostedUnits = 0; // units sold without a unit cost (their cost of goods is missing)
};

// Thirty days of one currency, baseline or scenario. Net profit = revenue - fees - refunds +
// reimbursements - advertising - cost of goods.
struct WhatIfFigures
{
    qint64 units = 0;
    qint64 revenueCents = 0;
    qint64 feesCents = 0;
    qint64 refundsCents = 0;
    qint64 reimbursementsCents = 0;
    qint64 advertisingCents = 0;
    qint64 cogsCents = 0;
    qint64 netCents = 0;
    std::optional<qint64> marginBasisPoints; // net / revenue (1 bp = 0.01 %); none without revenue
    bool operator==(const WhatIfFigures& o) const
    {
        return units == o.units && revenueCents == o.revenueCents && feesCents == o.feesCents
               && refundsCents == o.refundsCents && reimbursementsCents == o.reimbursementsCents
               && advertisingCents == o.advertisingCents && cogsCents == o.cogsCents && netCents == o.netCents
               && marginBasisPoints == o.marginBasisPoints;
    }
    bool operator!=(const WhatIfFigures& o) const { return !(*this == o); }
};

struct WhatIfCurrencyProjection
{
    QString currency;
    WhatIfFigures baseline;
    WhatIfFigures scenario;
    qint64 uncostedUnits = 0; // of the 90 days: the baseline's cost of goods is incomplete when > 0
};

// The what-if's arithmetic (issue 18 part 4), pure and in integer cents (each step rounds half away
// from zero), so that a scenario without changes reproduces the baseline exactly:
// - baseline: the 90 days' figures x 30 / 90;
// - price: a percent p, or an amount a per unit (p = a / the baseline's average price); revenue at
//   the new price is the baseline's revenue x (1 + p), or + a x units;
// - units change by -elasticity x p (elasticity 1.5 and a price 10 % higher: 15 % fewer units; never
//   below zero); revenue = the revenue at the new price x projected units / baseline units;
// - fees follow the units, plus the FBA fee change x projected units; refunds follow the revenue;
//   reimbursements follow the units; the cost of goods follows the units, or is the new unit cost x
//   projected units; advertising is the baseline's plus the change (never below zero).
class WhatIfProjection
{
public:
    static constexpr int kHistoryDays = 90;
    static constexpr int kProjectionDays = 30;

    static WhatIfFigures baseline(const WhatIfHistory& history);
    static WhatIfFigures scenario(const WhatIfHistory& history, const WhatIfScenario& changes);
    // Every currency of `history`, in its order.
    static QList<WhatIfCurrencyProjection> project(const QList<WhatIfHistory>& history, const WhatIfScenario& changes);
    // a x b / c rounded half away from zero; exact while a x b fits in 64 bits. c != 0.
    static qint64 mulDiv(qint64 a, qint64 b, qint64 c);
};

} // namespace sp
