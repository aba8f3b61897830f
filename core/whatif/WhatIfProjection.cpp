#include "whatif/WhatIfProjection.h"

#include <QtNumeric>

#include <cmath>

namespace sp {

namespace {

constexpr qint64 kMillion = 1000000;
constexpr qint64 kBasisPoints = 10000;

qint64 margin(qint64 net, qint64 revenue) { return WhatIfProjection::mulDiv(net, kBasisPoints, revenue); }

void finish(WhatIfFigures* f)
{
    f->netCents =
        f->revenueCents - f->feesCents - f->refundsCents + f->reimbursementsCents - f->advertisingCents - f->cogsCents;
    f->marginBasisPoints.reset();
    if (f->revenueCents != 0)
        f->marginBasisPoints = margin(f->netCents, f->revenueCents);
}

// The price change as parts per million of the baseline's average price.
qint64 priceChangePpm(const WhatIfFigures& base, const WhatIfScenario& changes, bool amountsApply)
{
    switch (changes.priceKind) {
    case WhatIfScenario::PriceChange::Percent:
        return changes.priceChange * 100;
    case WhatIfScenario::PriceChange::Amount:
        if (!amountsApply || base.units <= 0 || base.revenueCents <= 0)
            return 0;
        // a / (revenue / units), to the nearest ppm (the only step that divides in floating point:
        // its result is an integer, and zero for a zero change).
        return std::llround(double(changes.priceChange) * double(base.units) * double(kMillion)
                            / double(base.revenueCents));
    case WhatIfScenario::PriceChange::None:
        break;
    }
    return 0;
}

// Revenue at the new price for the baseline's units.
qint64 revenueAtNewPrice(const WhatIfFigures& base, const WhatIfScenario& changes, bool amountsApply)
{
    switch (changes.priceKind) {
    case WhatIfScenario::PriceChange::Percent:
        return WhatIfProjection::mulDiv(base.revenueCents, kBasisPoints + changes.priceChange, kBasisPoints);
    case WhatIfScenario::PriceChange::Amount:
        return amountsApply ? base.revenueCents + changes.priceChange * base.units : base.revenueCents;
    case WhatIfScenario::PriceChange::None:
        break;
    }
    return base.revenueCents;
}

// `value` x projected / baseline (value itself when there is no baseline to scale by).
qint64 follow(qint64 value, qint64 projected, qint64 baseline)
{
    return baseline != 0 ? WhatIfProjection::mulDiv(value, projected, baseline) : value;
}

} // namespace

qint64 WhatIfProjection::mulDiv(qint64 a, qint64 b, qint64 c)
{
    if (b == c)
        return a;
    qint64 product = 0;
    if (qMulOverflow(a, b, &product))
        return std::llround(static_cast<long double>(a) * static_cast<long double>(b) / static_cast<long double>(c));
    qint64 quotient = product / c;
    const qint64 remainder = product % c;
    if (remainder != 0 && 2 * (remainder < 0 ? -remainder : remainder) >= (c < 0 ? -c : c))
        quotient += ((product < 0) != (c < 0)) ? -1 : 1;
    return quotient;
}

WhatIfFigures WhatIfProjection::baseline(const WhatIfHistory& h)
{
    WhatIfFigures f;
    f.units = mulDiv(h.units, kProjectionDays, kHistoryDays);
    f.revenueCents = mulDiv(h.revenueCents, kProjectionDays, kHistoryDays);
    f.feesCents = mulDiv(h.feesCents, kProjectionDays, kHistoryDays);
    f.refundsCents = mulDiv(h.refundsCents, kProjectionDays, kHistoryDays);
    f.reimbursementsCents = mulDiv(h.reimbursementsCents, kProjectionDays, kHistoryDays);
    f.advertisingCents = mulDiv(h.advertisingCents, kProjectionDays, kHistoryDays);
    f.cogsCents = mulDiv(h.cogsCents, kProjectionDays, kHistoryDays);
    finish(&f);
    return f;
}

WhatIfFigures WhatIfProjection::scenario(const WhatIfHistory& history, const WhatIfScenario& changes)
{
    const WhatIfFigures base = baseline(history);
    const bool amountsApply = !changes.currency.isEmpty() && changes.currency == history.currency;
    const qint64 ppm = priceChangePpm(base, changes, amountsApply);
    // Units change by -elasticity x the price change: factor = 1 - e x p (in ppm), never below zero.
    const qint64 unitFactor = qMax<qint64>(0, kMillion - mulDiv(changes.elasticityHundredths, ppm, 100));
    WhatIfFigures f;
    f.units = mulDiv(base.units, unitFactor, kMillion);
    f.revenueCents = follow(revenueAtNewPrice(base, changes, amountsApply), f.units, base.units);
    f.feesCents =
        follow(base.feesCents, f.units, base.units) + (amountsApply ? changes.fbaFeeChangeCents * f.units : 0);
    f.refundsCents = follow(base.refundsCents, f.revenueCents, base.revenueCents);
    f.reimbursementsCents = follow(base.reimbursementsCents, f.units, base.units);
    f.cogsCents = amountsApply && changes.unitCostCents ? *changes.unitCostCents * f.units
                                                        : follow(base.cogsCents, f.units, base.units);
    f.advertisingCents = base.advertisingCents;
    if (amountsApply && changes.advertisingChangeCents != 0)
        f.advertisingCents = qMax<qint64>(0, base.advertisingCents + changes.advertisingChangeCents);
    finish(&f);
    return f;
}

QList<WhatIfCurrencyProjection> WhatIfProjection::project(const QList<WhatIfHistory>& history,
                                                          const WhatIfScenario& changes)
{
    QList<WhatIfCurrencyProjection> out;
    out.reserve(history.size());
    for (const WhatIfHistory& h : history)
        out.append({h.currency, baseline(h), scenario(h, changes), h.uncostedUnits});
    return out;
}

} // namespace sp
