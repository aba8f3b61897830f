#include "TableNames.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QHeaderView>
#include <QTableView>

namespace sp {

void nameTableParts(QTableView* table)
{
    const QString name = table->accessibleName();
    table->horizontalHeader()->setAccessibleName(
        QCoreApplication::translate("sp::TableNames", "Columns of %1").arg(name));
    table->verticalHeader()->setAccessibleName(QCoreApplication::translate("sp::TableNames", "Rows of %1").arg(name));
    // The corner button selects every row.
    if (auto* corner = table->findChild<QAbstractButton*>())
        corner->setAccessibleName(QCoreApplication::translate("sp::TableNames", "Select all rows of %1").arg(name));
}

} // namespace sp
