#include "ChartSeriesAggregation.h"

#include <algorithm>

namespace sp {

ChartSeriesAggregation::Step ChartSeriesAggregation::stepFor(const Period& period)
{
    const qint64 days = period.days();
    if (days <= kMaxDailyDays)
        return Step::Day;
    return days <= kMaxWeeklyDays ? Step::Week : Step::Month;
}

QList<ChartSeriesAggregation::Bucket> ChartSeriesAggregation::buckets(const Period& period, Step step)
{
    QList<Bucket> result;
    if (!period.isValid())
        return result;
    QDate from = period.from;
    while (from <= period.to) {
        QDate end;
        switch (step) {
        case Step::Day:
            end = from;
            break;
        case Step::Week:
            end = from.addDays(7 - from.dayOfWeek()); // the Sunday of from's week (ISO: Monday first)
            break;
        case Step::Month:
            end = QDate(from.year(), from.month(), from.daysInMonth());
            break;
        }
        end = std::min(end, period.to);
        result.append({from, end});
        from = end.addDays(1);
    }
    return result;
}

int ChartSeriesAggregation::bucketOf(const QList<Bucket>& buckets, QDate day)
{
    // Buckets are sorted and contiguous: the first whose end is not before the day.
    const auto it = std::lower_bound(buckets.cbegin(), buckets.cend(), day,
                                     [](const Bucket& bucket, QDate d) { return bucket.to < d; });
    if (it == buckets.cend() || day < it->from)
        return -1;
    return int(it - buckets.cbegin());
}

QList<qint64> ChartSeriesAggregation::sum(const QList<Bucket>& buckets, const QList<QPair<QDate, qint64>>& values)
{
    QList<qint64> result(buckets.size(), 0);
    for (const auto& [day, value] : values) {
        const int at = bucketOf(buckets, day);
        if (at >= 0)
            result[at] += value;
    }
    return result;
}

} // namespace sp
