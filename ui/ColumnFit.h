#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

class QTableView;

namespace sp {

// Sizes a table's columns from what they show, so dates and ids are whole and no header label is
// cut: each column is as wide as its label (with the sort arrow) or the widest of a few samples of
// its content (measuring the rows would read them all). When that is wider than the table, the
// columns marked shrinkable (free text: titles, charges) give up room down to their label, their
// text elided in the middle. It refits when the table is resized, until the user sizes a column
// (or a saved state is restored): from then on the widths are theirs.
class ColumnFit : public QObject
{
public:
    struct Column
    {
        QStringList samples;
        bool shrinkable = false;
        int maxWidth = 0; // 0: no cap
    };

    ColumnFit(QTableView* table, QHash<int, Column> columns);
    // For a table whose rows are all in memory (a report): each column is also as wide as its
    // rows need, the `shrinkable` columns (names, titles) may give up room, and a new table (a
    // model reset) is fitted afresh even after the user sized the old one's columns.
    static ColumnFit* forRowsInMemory(QTableView* table, const QList<int>& shrinkable);
    // For a table whose columns change with its model (a report): the free-text ones of the next rows.
    void setShrinkable(const QList<int>& shrinkable) { m_shrinkable = shrinkable; }

    // A table in memory measures at most this many of its rows per column: the first half of them
    // and an even spread of the others.
    static constexpr int kMeasuredRows = 200;

    bool isFitting() const { return m_fitting; } // the widths changing now are the fit's
    bool isActive() const { return m_active; }
    void fit();

    // What a column needs: its label (every line) with the sort arrow, and each sample.
    static int labelWidth(const QTableView* table, int column);
    static int sampleWidth(const QTableView* table, const QStringList& samples);
    // A label longer than `wrapAt` characters on two lines, broken at a space or after a hyphen
    // where its longer line is shortest: a column of figures needs no more room than its numbers.
    static QString wrappedLabel(const QString& label, int wrapAt = 8);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* const m_table;
    QObject* const m_viewport; // compared only: while the table is destroyed it is no table any more
    Column columnSpec(int column) const;
    int rowsWidth(int column) const; // what the rows need, measured on some of them

    const QHash<int, Column> m_columns;
    bool m_measureRows = false;
    QList<int> m_shrinkable; // with m_measureRows
    QList<int> m_rowWidths;  // with m_measureRows: what the rows need per column, measured once per change of them (-1: not yet)
    bool m_fitting = false;
    bool m_active = true;
};

} // namespace sp
