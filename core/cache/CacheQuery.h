#pragma once

#include "cache/CacheRows.h"
#include "cache/CatalogQuery.h"
#include "cache/FinancialEventsQuery.h"
#include "cache/OrdersQuery.h"
#include "cache/PageJumps.h"
#include "cache/ProductsQuery.h"

#include <QObject>
#include <QString>

#include <memory>

namespace sp {

class CipherDatabase;

// The views' read access to the offline cache. Owns its own read connection, used on the thread
// that owns this object (the UI thread), so reads never wait for the sync's writes (WAL), and
// hands out one query per table. The connection itself is never handed out to the UI: the core's
// readers (reports, the archive) reach it through ReadConnection, which ui/ never includes.
class CacheQuery : public QObject
{
    Q_OBJECT
public:
    // Takes an open read connection.
    explicit CacheQuery(std::unique_ptr<CipherDatabase> db, QObject* parent = nullptr);
    ~CacheQuery() override;

    const OrdersQuery& orders() const { return m_orders; }
    const FinancialEventsQuery& financialEvents() const { return m_financialEvents; }
    const ProductsQuery& products() const { return m_products; }
    const CatalogQuery& catalog() const { return m_catalog; }

    // Tests: a page index anchor every `rows` rows (small tables), forgetting the indexes made.
    void setJumpStride(int rows) { m_jumps.setStride(rows); }
    // The last error of a query (readable), empty when the last one worked.
    QString lastError() const;

signals:
    // A read failed with SQLITE_CORRUPT/NOTADB (`certain`) or in a way an integrity check must judge.
    void damageFound(bool certain);

private:
    friend class ReadConnection;

    std::unique_ptr<CipherDatabase> m_db;
    QString m_lastError; // written by the per-table queries' const reads
    PageJumps m_jumps;   // the orders' and events' page indexes, for this connection
    OrdersQuery m_orders;
    FinancialEventsQuery m_financialEvents;
    ProductsQuery m_products;
    CatalogQuery m_catalog;
};

} // namespace sp
