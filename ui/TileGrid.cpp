#include "TileGrid.h"

#include <QGridLayout>
#include <QResizeEvent>

#include <algorithm>

namespace sp {

TileGrid::TileGrid(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    const int gap = fontMetrics().height() / 2;
    m_grid->setHorizontalSpacing(gap);
    m_grid->setVerticalSpacing(gap);
    // The layout must not impose its current columns' minimum width: resizeEvent rearranges instead.
    m_grid->setSizeConstraint(QLayout::SetNoConstraint);
}

void TileGrid::setTiles(const QList<QList<QWidget*>>& groups)
{
    for (const QList<QWidget*>& group : std::as_const(m_groups)) {
        for (QWidget* tile : group)
            m_grid->removeWidget(tile); // the caller's to keep or delete
    }
    m_groups.clear();
    for (const QList<QWidget*>& group : groups) {
        if (!group.isEmpty())
            m_groups.append(group); // the grid layout makes them children
    }
    m_columns = 0;
    // Not laid out yet: as many columns as there are tiles (the fewest rows, so the smallest minimum
    // height); the first resize sets the columns the width holds.
    arrange(columnsFor(isVisible() ? width() : QWIDGETSIZE_MAX));
}

int TileGrid::widestIn(int column, int columns) const
{
    int widest = 0;
    for (const QList<QWidget*>& group : m_groups) {
        for (int i = column; i < group.size(); i += columns)
            widest = std::max(widest, group.at(i)->minimumSizeHint().width());
    }
    return widest;
}

int TileGrid::columnsFor(int width) const
{
    int longest = 0;
    for (const QList<QWidget*>& group : m_groups)
        longest = std::max(longest, int(group.size()));
    if (longest == 0)
        return 1;
    const int gap = m_grid->horizontalSpacing();
    // The most columns whose widest tiles fit side by side ...
    int columns = 1;
    for (int candidate = longest; candidate > 1; --candidate) {
        int total = (candidate - 1) * gap;
        for (int column = 0; column < candidate; ++column)
            total += widestIn(column, candidate);
        if (total <= width) {
            columns = candidate;
            break;
        }
    }
    // ... then as few as give the same number of rows: 3 + 2 tiles rather than 4 + 1.
    const int rows = (longest + columns - 1) / columns;
    return (longest + rows - 1) / rows;
}

void TileGrid::arrange(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, 0);
    int row = 0;
    for (const QList<QWidget*>& group : std::as_const(m_groups)) {
        for (int i = 0; i < group.size(); ++i) {
            m_grid->removeWidget(group.at(i));
            m_grid->addWidget(group.at(i), row + i / columns, i % columns);
        }
        row += int((group.size() + columns - 1) / columns);
    }
    for (int c = 0; c < columns; ++c)
        m_grid->setColumnStretch(c, 1); // columns share the room alike
    updateGeometry();
}

QSize TileGrid::sizeHint() const { return m_grid->sizeHint(); }

QSize TileGrid::minimumSizeHint() const
{
    // One column at least (resizeEvent rearranges); as tall as the current arrangement.
    return {widestIn(0, 1), m_grid->minimumSize().height()};
}

void TileGrid::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrange(columnsFor(event->size().width()));
}

} // namespace sp
