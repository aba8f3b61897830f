#include "expenses/ExpenseOccurrences.h"

#include <algorithm>

namespace sp::ExpenseOccurrences {

namespace {

// Day `day` of the month, or the month's last day when it is shorter.
QDate clampedDay(int year, int month, int day)
{
    const QDate first(year, month, 1);
    return QDate(year, month, std::min(day, first.daysInMonth()));
}

} // namespace

QList<QDate> within(const ExpenseRecord& e, const Period& period)
{
    QList<QDate> days;
    if (!e.startsOn.isValid() || !period.isValid())
        return days;
    QDate last = period.to;
    if (e.endsOn.isValid())
        last = std::min(last, e.endsOn);
    if (e.recurrence == QLatin1String("once")) {
        if (e.startsOn >= period.from && e.startsOn <= last)
            days.append(e.startsOn);
        return days;
    }
    const bool monthly = e.recurrence == QLatin1String("monthly");
    if (!monthly && e.recurrence != QLatin1String("yearly"))
        return days;
    const int step = monthly ? 1 : 12;
    // The first series month that can reach the period: skip whole months (or years) before it.
    int index = 0;
    if (period.from > e.startsOn) {
        const int monthsBetween =
            (period.from.year() - e.startsOn.year()) * 12 + (period.from.month() - e.startsOn.month());
        index = std::max(0, monthsBetween / step - 1);
    }
    for (;; ++index) {
        const int monthsAfter = index * step;
        const int absolute = e.startsOn.year() * 12 + (e.startsOn.month() - 1) + monthsAfter;
        const QDate day = clampedDay(absolute / 12, absolute % 12 + 1, e.startsOn.day());
        if (day > last)
            break;
        if (day >= period.from)
            days.append(day);
    }
    return days;
}

bool inScope(const ExpenseRecord& e, const QStringList& marketplaceIds)
{
    // The whole business's expenses count only in figures over all marketplaces (never split among them).
    return marketplaceIds.isEmpty() || (!e.marketplaceId.isEmpty() && marketplaceIds.contains(e.marketplaceId));
}

} // namespace sp::ExpenseOccurrences
