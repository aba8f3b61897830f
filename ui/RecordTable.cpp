#include "RecordTable.h"

#include "TableNames.h"

#include <QHeaderView>
#include <QTableView>

namespace sp {

void setUpRecordTable(QTableView* table, QAbstractItemModel* model, const QString& objectName,
                      const QString& accessibleName, int sortColumn, Qt::SortOrder order)
{
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    nameTableParts(table);
    table->setSortingEnabled(true);
    table->horizontalHeader()->setSortIndicator(sortColumn, order);
}

void keepSortIndicatorHonest(QTableView* table, std::function<bool(int)> isSortable,
                             std::function<std::pair<int, Qt::SortOrder>()> current)
{
    QHeaderView* header = table->horizontalHeader();
    QObject::connect(
        header, &QHeaderView::sortIndicatorChanged, table,
        [header, isSortable = std::move(isSortable), current = std::move(current)](int column, Qt::SortOrder) {
            if (isSortable(column))
                return;
            const auto [sortColumn, order] = current();
            header->setSortIndicator(sortColumn, order);
        });
}

} // namespace sp
