#include "TableNames.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QHeaderView>
#include <QTableView>

namespace sp {

void nameTableParts(QTableView* table)
{
    const QString name = table->accessibleName();
    auto tr = [](const char* text) { return QCoreApplication::translate("sp::TableNames", text); };
    table->horizontalHeader()->setAccessibleName(tr("Columns of %1").arg(name));
    table->verticalHeader()->setAccessibleName(tr("Rows of %1").arg(name));
    // The corner button selects every row.
    if (auto* corner = table->findChild<QAbstractButton*>())
        corner->setAccessibleName(tr("Select all rows of %1").arg(name));
}

} // namespace sp
