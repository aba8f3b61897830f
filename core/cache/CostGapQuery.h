#pragma once

#include "cache/CacheRows.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sp {

class CacheQuery;
class CipherDatabase;

// Where the cost of goods is incomplete (issue 16, the guided start): the products sold in the
// cache with units that no unit cost covers (the summaries' uncosted_units, the same count behind
// the dashboard's "cost of goods incomplete"), ranked by revenue; and a SKU's first sale in a
// currency, the day a first unit cost should apply from. Reads the summaries, not the orders, on the
// thread that owns the CacheQuery (the views' CacheReader thread). The search is bound as a parameter.
class CostGapQuery
{
public:
    explicit CostGapQuery(const CacheQuery& cache);

    // `search` matches SKU, ASIN or title (case-insensitive substring); empty: all. -1 on an error.
    int count(const QString& search) const;
    // Highest revenue first, then by SKU. Revenue across currencies is ranked in EUR at each
    // currency's latest cached rate (a ranking only, never shown); a currency without any rate counts
    // at face value.
    QList<ProductStockRow> page(const QString& search, int offset, int limit) const;
    // The day of the SKU's first sold unit in `currency`; invalid when it never sold in it.
    QDate firstSale(const QString& sku, const QString& currency) const;
    QString lastError() const { return m_lastError; } // empty after a read that worked

private:
    CipherDatabase& m_db;
    mutable QString m_lastError;
};

} // namespace sp
