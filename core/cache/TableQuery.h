#pragma once

#include <QString>

namespace sp {

class CipherDatabase;

// A count that may stop early: when `capped`, there are more than `count` rows (the cap).
struct CappedCount
{
    qint64 count = 0;
    bool capped = false;
};

// What every per-table query of the cache (OrdersQuery, FinancialEventsQuery, ProductsQuery,
// CatalogQuery) shares: the read connection their owner CacheQuery holds, and the owner's "last
// error", so CacheQuery::lastError() speaks of whichever query ran last. Only CacheQuery makes them.
class TableQuery
{
    Q_DISABLE_COPY(TableQuery)
public:
    // The last read's error (readable), empty when it worked; the same text as CacheQuery::lastError().
    QString lastError() const { return *m_lastError; }

protected:
    TableQuery(CipherDatabase& db, QString* lastError)
        : m_db(db)
        , m_lastError(lastError)
    {}
    ~TableQuery() = default;

    CipherDatabase& m_db;
    QString* m_lastError; // CacheQuery's: written by the const reads
};

} // namespace sp
