#pragma once

#include "cache/CipherDatabase.h"
#include "cache/PageDecoder.h"

namespace sp {

// Puts the rows of decoded pages into the cache's tables, through statements prepared once per
// open file. CacheWriter owns one and calls it inside its transactions; the cursors, the batching
// and the bulk loads stay with CacheWriter.
class CacheRowWriter
{
    Q_DISABLE_COPY(CacheRowWriter)
public:
    explicit CacheRowWriter(CipherDatabase& db)
        : m_db(db)
    {}

    // False when a statement could not be prepared (see CipherDatabase::lastError()).
    bool prepare();
    // Inserts or replaces every row of the page. `bulk` (BulkLoad active): only appends, no lookups.
    bool upsert(const DecodedPage& page, bool bulk);

private:
    // A stored order updated in place (`updated`); false on an SQL error.
    bool updateOrderInPlace(const DecodedPage::Order& order, bool* updated);
    bool insertItems(const DecodedPage::Order& order, qint64 orderRow);
    bool replaceItems(const DecodedPage::Order& order, qint64 orderRow);

    CipherDatabase& m_db;
    struct Statements
    {
        CipherDatabase::Statement marketplace, order, deleteItems, item, product, inventory, event, unitCost, rate,
            settlement;
        // An incremental sync's order updated in place (updateOrderInPlace).
        CipherDatabase::Statement orderRow, updateOrder, itemsOfOrder, updateItem;
    } m_sql;
    bool m_eventsHaveSettlement = false; // the file has version 10's financial_events.settlement_id
};

} // namespace sp
