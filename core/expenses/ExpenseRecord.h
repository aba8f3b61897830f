#pragma once

#include <QDate>
#include <QString>

namespace sp {

// One expense as the client keeps it (docs/api/openapi.yaml, Expense; the cache's expenses table,
// schema v10). Money in hundredths of the currency's unit, whatever its ISO minor unit.
struct ExpenseRecord
{
    QString id, description, category, currency, recurrence; // recurrence: once, monthly, yearly
    qint64 amountCents = 0;                                  // one occurrence, > 0
    QDate startsOn, endsOn;                                  // endsOn invalid: no end
    QString marketplaceId, sku;                              // empty: the whole business / no SKU
    QString createdAt, updatedAt;
    bool deleted = false; // a tombstone of the listing (never stored in the cache)
};

} // namespace sp
