#pragma once

#include <QString>

namespace sp {

// The listings a sync fetches, in this order: orders and events refer to marketplaces and products.
struct SyncResource
{
    const char* name; // as in the cache's sync_state and in SyncProgress
    const char* path;
    bool paged;
    const char* rowsKey; // the page's array of rows
};

inline constexpr SyncResource kSyncResources[] = {
    {"marketplaces", "/v1/marketplaces", false, "marketplaces"},
    {"products", "/v1/products", true, "products"},
    {"unit-costs", "/v1/unit-costs", true, "unit_costs"},
    {"expenses", "/v1/expenses", true, "expenses"},                         // issue 17 part 3
    {"restock-settings", "/v1/restock-settings", true, "restock_settings"}, // issue 18 part 1
    {"inventory", "/v1/inventory", true, "inventory"},
    {"orders", "/v1/orders", true, "orders"},
    {"financial-events", "/v1/financial-events", true, "financial_events"},
    {"settlements", "/v1/settlements", true, "settlements"},          // issue 17: payouts
    {"exchange-rates", "/v1/exchange-rates", true, "exchange_rates"}, // issue 16: the home currency
};
inline constexpr int kSyncResourceCount = int(sizeof(kSyncResources) / sizeof(kSyncResources[0]));

// The index of a resource by name (the last one for an unknown name).
inline int syncResourceIndex(const QString& name)
{
    int index = 0;
    while (index < kSyncResourceCount - 1 && name != QLatin1String(kSyncResources[index].name))
        ++index;
    return index;
}

} // namespace sp
