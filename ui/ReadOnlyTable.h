#pragma once

#include <QStringList>

class QAbstractItemModel;
class QTableView;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace sp {

// A small read-only table of whole rows (the dashboard's product lists, an order's items and fees):
// not editable, rows selected whole, no row numbers, named for screen readers (nameTableParts),
// its columns fitted to their rows (ColumnFit), the `shrinkable` ones (names, titles) giving room.
QTableWidget* makeReadOnlyTable(const QString& name, const QString& accessibleName, const QStringList& headers,
                                QWidget* parent, const QList<int>& shrinkable = {0, 1});
// The same set-up for a view of a model (a long table whose cells are made when shown).
void setUpReadOnlyTable(QTableView* table, QAbstractItemModel* model, const QString& name,
                        const QString& accessibleName, const QList<int>& shrinkable);
// A cell of such a table; numbers are right-aligned.
QTableWidgetItem* readOnlyCell(const QString& text, bool number = false);

} // namespace sp
