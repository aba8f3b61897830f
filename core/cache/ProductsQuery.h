#pragma once

#include "cache/CacheRows.h"
#include "cache/TableQuery.h"

#include <QList>

namespace sp {

// The products table's reads, each product with its inventory summed over the regions: the ones
// matching a search (counted, and a page of them in a chosen order). The search is bound as a
// parameter; sort columns come from a fixed list.
class ProductsQuery : public TableQuery
{
public:
    ProductsQuery(CipherDatabase& db, QString* lastError)
        : TableQuery(db, lastError)
    {}

    // `search` matches SKU, ASIN or title (case-insensitive substring); empty: all.
    int count(const QString& search) const;
    QList<ProductStockRow> page(const QString& search, ProductSort sort, Qt::SortOrder order, int offset,
                                int limit) const;
};

} // namespace sp
