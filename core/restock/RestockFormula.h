#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace sp {

// The restock planner's arithmetic (issue 18 part 1; docs/restock.md states it), pure and exact:
// velocities are fractions of integers, so the reorder day and quantity never depend on rounding.
//   planned velocity v = 30-day velocity x season factor (units per day)
//   season factor = (last year's units in the coming H days / H) / (last year's units in the 30 days
//       before / 30), clamped to [0.5, 3]; 1 without a year of history or without sales in those 30 days.
//       H = lead time + safety days; "last year" = 364 days (52 weeks) back, so weekdays line up.
//   days of cover = (fulfillable + inbound) / v
//   reorder date = today + max(0, floor(cover - H))
//   quantity = max(0, ceil(v x (H + 30)) - fulfillable - inbound)
//   order money = unit cost in force today x quantity
// A SKU that sells nothing (v = 0) needs no order.
struct RestockInputs
{
    qint64 units30 = 0;         // the 30 whole days before today
    qint64 lastYearComing = 0;  // the H days from today - 364
    qint64 lastYearBefore = 0;  // the 30 days before today - 364
    bool yearOfHistory = false; // sold in a calendar month before the one of today - 364 - 30
    qint64 fulfillable = 0, inbound = 0;
    int leadTimeDays = 0, safetyDays = 0;
};

struct RestockFigures
{
    enum class Urgency { OutOfStock, OrderNow, Later, NoSales }; // the sort's order
    // The planned velocity as a fraction (units per day = num / den); num 0: no sales.
    qint64 velocityNum = 0, velocityDen = 1;
    double seasonFactor = 1.0;
    bool seasonClamped = false;
    std::optional<double> daysOfCover; // none without sales
    qint64 reorderInDays = -1;         // days from today; -1: no order needed
    qint64 quantity = 0;
    Urgency urgency = Urgency::NoSales;

    double velocity() const { return double(velocityNum) / double(velocityDen); }
};

namespace RestockFormula {

inline constexpr int kVelocityDays = 30; // the base velocity's window
inline constexpr int kLastYearOffsetDays = 364;
inline constexpr int kOrderCoverDays = 30; // an order covers H + 30 days
inline constexpr double kMinSeason = 0.5, kMaxSeason = 3.0;

RestockFigures compute(const RestockInputs& in);
// The start of last year's window before and its coming window, for `today`.
inline QDate lastYearStart(QDate today) { return today.addDays(-kLastYearOffsetDays); }
// The first month that must already have sales for "a year of history" (YYYY-MM of today - 394).
inline QString historyMonth(QDate today)
{
    return lastYearStart(today).addDays(-kVelocityDays).toString(QStringLiteral("yyyy-MM"));
}

} // namespace RestockFormula
} // namespace sp
