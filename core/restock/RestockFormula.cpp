#include "restock/RestockFormula.h"

#include <algorithm>

namespace sp::RestockFormula {

namespace {
// floor(a / b) and ceil(a / b) for b > 0, any sign of a.
qint64 floorDiv(qint64 a, qint64 b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }
qint64 ceilDiv(qint64 a, qint64 b) { return a >= 0 ? (a + b - 1) / b : -((-a) / b); }
qint64 gcd(qint64 a, qint64 b) { return b == 0 ? a : gcd(b, a % b); }
} // namespace

RestockFigures compute(const RestockInputs& in)
{
    RestockFigures f;
    const qint64 h = qint64(in.leadTimeDays) + in.safetyDays;
    // v = units30 / 30 x season; season = (coming x 30) / (H x before), clamped.
    qint64 num = in.units30, den = kVelocityDays;
    if (in.yearOfHistory && in.lastYearBefore > 0 && h > 0) {
        const qint64 seasonNum = in.lastYearComing * kVelocityDays, seasonDen = h * in.lastYearBefore;
        if (2 * seasonNum < seasonDen) { // below 0.5
            f.seasonFactor = kMinSeason, f.seasonClamped = true;
            den *= 2;
        } else if (seasonNum > 3 * seasonDen) { // above 3
            f.seasonFactor = kMaxSeason, f.seasonClamped = true;
            num *= 3;
        } else {
            f.seasonFactor = double(seasonNum) / double(seasonDen);
            num *= in.lastYearComing; // (units30 / 30) x (coming x 30) / (H x before) = units30 x coming / den
            den = seasonDen;          // H x before
        }
    }
    if (num > 0) {
        const qint64 g = gcd(num, den);
        num /= g, den /= g;
    }
    f.velocityNum = num, f.velocityDen = den;
    const qint64 stock = std::max<qint64>(0, in.fulfillable) + std::max<qint64>(0, in.inbound);
    if (num <= 0) {
        f.urgency = RestockFigures::Urgency::NoSales;
        return f;
    }
    f.daysOfCover = double(stock) * double(den) / double(num);
    // floor(cover - H) = floor((stock x den - H x num) / num)
    f.reorderInDays = std::max<qint64>(0, floorDiv(stock * den - h * num, num));
    f.quantity = std::max<qint64>(0, ceilDiv(num * (h + kOrderCoverDays), den) - stock);
    if (in.fulfillable <= 0)
        f.urgency = RestockFigures::Urgency::OutOfStock;
    else if (f.reorderInDays == 0)
        f.urgency = RestockFigures::Urgency::OrderNow;
    else
        f.urgency = RestockFigures::Urgency::Later;
    return f;
}

} // namespace sp::RestockFormula
