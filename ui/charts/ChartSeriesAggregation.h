#pragma once

#include "reports/ReportTypes.h"

#include <QList>

namespace sp {

// How a range's days become chart points: days for short ranges, weeks (Monday to Sunday) up to about
// six months, calendar months beyond. A seller reads 30 daily points, not 365: a year's noise hides its
// trend. Buckets at the range's ends are cut to the range (a month that has only begun is its days so far).
class ChartSeriesAggregation
{
public:
    enum class Step { Day, Week, Month };
    static constexpr qint64 kMaxDailyDays = 62;   // two months of days at most
    static constexpr qint64 kMaxWeeklyDays = 186; // about six months: 27 weeks at most

    struct Bucket
    {
        QDate from;
        QDate to; // inclusive
        bool operator==(const Bucket& other) const { return from == other.from && to == other.to; }
    };

    static Step stepFor(const Period& period);
    // The buckets that cover `period` (none for an invalid one), oldest first, without gaps.
    static QList<Bucket> buckets(const Period& period, Step step);
    // The index of the bucket holding `day`, or -1.
    static int bucketOf(const QList<Bucket>& buckets, QDate day);
    // Per-day values summed into `buckets` (days outside them are left out).
    static QList<qint64> sum(const QList<Bucket>& buckets, const QList<QPair<QDate, qint64>>& values);
};

} // namespace sp
