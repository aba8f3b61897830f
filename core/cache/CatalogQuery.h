#pragma once

#include "cache/CacheRows.h"
#include "cache/TableQuery.h"

#include <QList>

namespace sp {

// The small reference tables' reads: the seller's marketplaces and the unit costs entered per SKU.
class CatalogQuery : public TableQuery
{
public:
    CatalogQuery(CipherDatabase& db, QString* lastError)
        : TableQuery(db, lastError)
    {}

    QList<MarketplaceRow> marketplaces() const; // sorted by id
    // Every unit cost in the cache (a few per SKU); empty before the cache has the table (schema < 4).
    QList<UnitCostRow> unitCosts() const;
};

} // namespace sp
