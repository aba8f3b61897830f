#pragma once

#include "cache/CipherDatabase.h"
#include "restock/RestockSetting.h"

#include <QList>

namespace sp {

// The cache's restock_settings table (schema v12): written by the cache's writer inside its
// transaction, read by the views' reader connection. SQL with bound parameters only.
namespace RestockSettingRows {

// Upserts every live setting by SKU (the default: sku NULL); a tombstone removes its SKU's row.
bool write(CipherDatabase& db, const QList<RestockSetting>& rows);
// Every stored setting, the default (if any) first, then by SKU. False on a read error.
bool readAll(CipherDatabase& db, QList<RestockSetting>* out);

} // namespace RestockSettingRows
} // namespace sp
