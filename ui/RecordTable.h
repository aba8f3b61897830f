#pragma once

#include <QString>
#include <Qt>

#include <functional>

class QAbstractItemModel;
class QTableView;

namespace sp {

// The set-up shared by the pages of records (orders, products, financial events): rows selected
// whole, read-only, no row numbers, no wrapping, the last column stretched, sorted by `sortColumn`
// at first, and the header's parts named for screen readers (nameTableParts).
void setUpRecordTable(QTableView* table, QAbstractItemModel* model, const QString& objectName,
                      const QString& accessibleName, int sortColumn, Qt::SortOrder order);

// The database sorts only some columns: a click on another one puts the indicator back where
// `current()` says the rows really are sorted, so the header never claims an order the rows lack.
void keepSortIndicatorHonest(QTableView* table, std::function<bool(int column)> isSortable,
                             std::function<std::pair<int, Qt::SortOrder>()> current);

} // namespace sp
