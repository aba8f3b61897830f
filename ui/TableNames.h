#pragma once

class QTableView;

namespace sp {

// Names a table's headers and corner button for screen readers, from the table's accessible name
// ("Columns of Orders", "Rows of Orders", "Select all rows of Orders"). Call after setting it.
void nameTableParts(QTableView* table);

} // namespace sp
