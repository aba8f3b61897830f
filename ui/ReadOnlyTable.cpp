#include "ReadOnlyTable.h"

#include "TableNames.h"

#include <QHeaderView>
#include <QTableWidget>

namespace sp {

QTableWidget* makeReadOnlyTable(const QString& name, const QString& accessibleName, const QStringList& headers,
                                QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    nameTableParts(table);
    return table;
}

QTableWidgetItem* readOnlyCell(const QString& text, bool number)
{
    auto* item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace sp
