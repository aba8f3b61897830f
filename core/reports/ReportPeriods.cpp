#include "reports/ReportPeriods.h"

namespace sp {

Period periodFor(RangePreset preset, QDate today, Period custom)
{
    switch (preset) {
    case RangePreset::Today:
        return {today, today};
    case RangePreset::Yesterday:
        return {today.addDays(-1), today.addDays(-1)};
    case RangePreset::Last7Days:
        return {today.addDays(-6), today};
    case RangePreset::Last30Days:
        return {today.addDays(-29), today};
    case RangePreset::MonthToDate:
        return {QDate(today.year(), today.month(), 1), today};
    case RangePreset::LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return {first, first.addDays(first.daysInMonth() - 1)};
    }
    case RangePreset::YearToDate:
        return {QDate(today.year(), 1, 1), today};
    case RangePreset::Last12Months:
        return {today.addYears(-1).addDays(1), today};
    case RangePreset::Custom:
        return custom;
    }
    return custom;
}

Period previousPeriod(Period period)
{
    if (!period.isValid())
        return {};
    const QDate to = period.from.addDays(-1);
    return {to.addDays(-(period.days() - 1)), to};
}

} // namespace sp
