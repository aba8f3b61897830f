#pragma once

#include "cache/CipherDatabase.h"
#include "expenses/ExpenseRecord.h"

#include <QList>

namespace sp {

// The cache's expenses table (schema v10): written by the cache's writer inside its transaction,
// read by the views' reader connection. SQL with bound parameters only.
namespace ExpenseRows {

// Upserts every live expense by id; a tombstone (`deleted`) removes its row.
bool write(CipherDatabase& db, const QList<ExpenseRecord>& rows);
// Every stored expense, ordered by start day, then description and id. False on a read error.
bool readAll(CipherDatabase& db, QList<ExpenseRecord>* out);

} // namespace ExpenseRows
} // namespace sp
