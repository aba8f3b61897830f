#pragma once

#include <QList>

namespace sp {

// Where a chart's axes put their labels: round value ticks that fit the axis's length, and which
// category labels (days, weeks, months) fit side by side without touching. Pure geometry, so that
// "labels never overlap" is tested over many sizes without painting.
class AxisTicks
{
public:
    // Value labels stand at least this many label heights apart (centre to centre).
    static constexpr double kValueLabelSpacing = 1.6;

    // Ticks at a round step (1, 2 or 5 times a power of ten) covering [min, max] and zero, never more
    // than `maxTicks` of them (at least 2; 3 when the values lie on both sides of zero).
    static QList<qint64> niceTicks(qint64 min, qint64 max, int maxTicks);
    // How many value ticks an axis `length` long holds when each label is `labelHeight` tall
    // (2 at least, 7 at most: more lines only add noise).
    static int ticksThatFit(double length, double labelHeight);

    // A category label: its centre on the axis and its text's width.
    struct Label
    {
        double centre = 0;
        double width = 0;
    };
    // The horizontal extent of `label` once shifted inside [left, right] (a label at an edge is not cut).
    static QPair<double, double> extentOf(const Label& label, double left, double right);
    // The value ticks to label, as indexes into `positions` (their y, in order): every k-th one, keeping
    // the one at `anchor` (zero), with the smallest k that leaves `labelHeight` and a little between them.
    static QList<int> valueLabelsThatFit(const QList<double>& positions, int anchor, double labelHeight);
    // The indexes of the labels to draw: every k-th one through `anchor` (the first by default), with the
    // smallest k for which no two drawn labels (shifted inside [left, right]) come closer than `gap`.
    static QList<int> labelsThatFit(const QList<Label>& labels, double left, double right, double gap, int anchor = 0);
};

} // namespace sp
