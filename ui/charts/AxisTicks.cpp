#include "AxisTicks.h"

#include <QPair>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sp {

namespace {

// Integer floor division (C++ truncates towards zero).
qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

} // namespace

QList<qint64> AxisTicks::niceTicks(qint64 min, qint64 max, int maxTicks)
{
    // The axis always shows zero, so that bars and the sign of a value read correctly.
    const qint64 lo = std::min<qint64>(min, 0);
    qint64 hi = std::max<qint64>(max, 0);
    if (lo == hi)
        hi = lo + 100;
    // Values on both sides of zero need a tick below it, zero and one above: three at least.
    maxTicks = std::max(lo < 0 && hi > 0 ? 3 : 2, maxTicks);
    // The smallest round step whose ticks (from below lo to above hi) number at most maxTicks.
    const double raw = double(hi - lo) / double(maxTicks - 1);
    qint64 magnitude = 1;
    while (double(magnitude) * 10 <= raw)
        magnitude *= 10;
    static const qint64 kMantissas[] = {1, 2, 5};
    for (; magnitude < std::numeric_limits<qint64>::max() / 100; magnitude *= 10) {
        for (qint64 mantissa : kMantissas) {
            const qint64 step = mantissa * magnitude;
            const qint64 first = floorDiv(lo, step);
            const qint64 last = -floorDiv(-hi, step);
            if (last - first + 1 > maxTicks)
                continue;
            QList<qint64> ticks;
            for (qint64 i = first; i <= last; ++i)
                ticks.append(i * step);
            return ticks;
        }
    }
    return {lo, hi}; // not reached for money: a step of 10^16 cents covers any amount
}

int AxisTicks::ticksThatFit(double length, double labelHeight)
{
    if (labelHeight <= 0 || length <= 0)
        return 2;
    const int fit = int(std::floor(length / (labelHeight * kValueLabelSpacing))) + 1;
    return std::clamp(fit, 2, 7);
}

QList<int> AxisTicks::valueLabelsThatFit(const QList<double>& positions, int anchor, double labelHeight)
{
    const int n = int(positions.size());
    if (n == 0)
        return {};
    anchor = std::clamp(anchor, 0, n - 1);
    const double spacing = n > 1 ? std::abs(positions.at(1) - positions.at(0)) : labelHeight * 2;
    const int stride = std::max(1, int(std::ceil(labelHeight * 1.1 / std::max(spacing, 1e-9))));
    QList<int> chosen;
    for (int i = anchor % stride; i < n; i += stride)
        chosen.append(i);
    return chosen;
}

QPair<double, double> AxisTicks::extentOf(const Label& label, double left, double right)
{
    double from = label.centre - label.width / 2;
    double to = label.centre + label.width / 2;
    if (to > right) {
        from -= to - right;
        to = right;
    }
    if (from < left) {
        to += left - from;
        from = left;
    }
    return {from, to};
}

QList<int> AxisTicks::labelsThatFit(const QList<Label>& labels, double left, double right, double gap, int anchor)
{
    const int n = int(labels.size());
    anchor = n > 0 ? std::clamp(anchor, 0, n - 1) : 0;
    for (int stride = 1; stride <= n; ++stride) {
        QList<int> chosen;
        bool fits = true;
        double previousEnd = 0;
        for (int i = anchor % stride; i < n && fits; i += stride) {
            const QPair<double, double> extent = extentOf(labels.at(i), left, right);
            if (extent.second - extent.first > right - left + 0.5) {
                fits = false; // wider than the axis itself: nothing fits
            } else if (!chosen.isEmpty() && extent.first < previousEnd + gap) {
                // The last label, pushed in from the edge, may touch its neighbour: it is left out
                // rather than spacing out all the others.
                if (i + stride >= n)
                    break;
                fits = false;
            }
            chosen.append(i);
            previousEnd = extent.second;
        }
        if (fits)
            return chosen;
    }
    return {};
}

} // namespace sp
