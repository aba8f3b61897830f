#pragma once

#include <QString>
#include <QtGlobal>

namespace sp {

// One row of /v1/restock-settings (issue 18): a SKU's own lead time and safety days, or the seller's default
// (empty `sku`). A removed SKU setting stays as a tombstone (`deleted`) with its last values.
struct RestockSetting
{
    QString sku; // empty: the seller's default
    int leadTimeDays = 0;
    int safetyDays = 0;
    bool deleted = false;
    quint64 seq = 0;
    qint64 updatedAt = 0; // Unix seconds

    bool isDefault() const { return sku.isEmpty(); }
};

} // namespace sp
