#pragma once

#include <QWidget>

class QGridLayout;

namespace sp {

// Tiles in rows of equal columns, as many columns as the width holds: five side by side on a wide
// window, fewer on a narrow one, never wider than its parent (no horizontal scrolling). Groups of
// tiles each begin a row, and share the columns, so that their tiles line up.
class TileGrid : public QWidget
{
    Q_OBJECT
public:
    explicit TileGrid(QWidget* parent = nullptr);

    // The tiles, in groups that each begin a row (empty groups are left out); the grid lays them out.
    void setTiles(const QList<QList<QWidget*>>& groups);
    int columns() const { return m_columns; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int columnsFor(int width) const;
    int widestIn(int column, int columns) const;
    void arrange(int columns);

    QGridLayout* m_grid;
    QList<QList<QWidget*>> m_groups;
    int m_columns = 0;
};

} // namespace sp
