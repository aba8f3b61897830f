#pragma once

#include <QString>

namespace sp {

// One restock setting as the client keeps it (docs/api/openapi.yaml, RestockSetting; the cache's
// restock_settings table, schema v12). A null sku is the seller's default for every SKU without a
// setting of its own.
struct RestockSetting
{
    QString sku;          // null: the default
    int leadTimeDays = 0; // 1..365
    int safetyDays = 0;   // 0..365
    QString updatedAt;
    bool deleted = false; // a tombstone of the listing (never stored in the cache)

    bool isDefault() const { return sku.isNull(); }

    // What the contract says a client uses before the seller sets a default.
    static constexpr int kDefaultLeadTimeDays = 30;
    static constexpr int kDefaultSafetyDays = 14;
    static constexpr int kMaxDays = 365;
};

} // namespace sp
