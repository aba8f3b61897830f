#include "ReadOnlyTable.h"

#include "ColumnFit.h"
#include "TableNames.h"

#include <QHeaderView>
#include <QTableWidget>

namespace sp {

QTableWidget* makeReadOnlyTable(const QString& name, const QString& accessibleName, const QStringList& headers,
                                QWidget* parent, const QList<int>& shrinkable)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    QStringList labels; // long ones on two lines: the columns stay as narrow as their figures
    for (const QString& header : headers)
        labels << ColumnFit::wrappedLabel(header);
    table->setHorizontalHeaderLabels(labels);
    setUpReadOnlyTable(table, nullptr, name, accessibleName, shrinkable);
    return table;
}

void setUpReadOnlyTable(QTableView* table, QAbstractItemModel* model, const QString& name,
                        const QString& accessibleName, const QList<int>& shrinkable)
{
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    if (model)
        table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    ColumnFit::forRowsInMemory(table, shrinkable); // sized from the rows; the names give room
    nameTableParts(table);
}

QTableWidgetItem* readOnlyCell(const QString& text, bool number)
{
    auto* item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace sp
