#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace sp {

class CipherDatabase;

// One order as the orders table shows it. Money in integer cents; -1 when the server has no
// total yet (pending orders).
struct OrderRow
{
    QString id;
    QString marketplaceId;
    QString purchaseDate;   // ISO 8601 UTC, as the server sent it
    QString lastUpdateDate; // ISO 8601 UTC
    QString status;
    QString fulfillmentChannel;
    QString currency;
    qint64 totalCents = -1;
    int itemCount = 0;
};

// Read-only queries for views. Runs on the thread that owns it (the UI thread) over its own
// read connection to the cache, so reads never wait for the sync's writes (WAL).
class CacheQuery : public QObject
{
    Q_OBJECT
public:
    // Takes an open read connection.
    explicit CacheQuery(std::unique_ptr<CipherDatabase> db, QObject* parent = nullptr);
    ~CacheQuery() override;

    // `search` matches order id, SKU, ASIN or item title (case-insensitive substring); empty: all.
    int orderCount(const QString& search = QString()) const;
    // Newest purchase first.
    QList<OrderRow> orders(const QString& search, int offset, int limit) const;
    qint64 productCount() const;
    qint64 inventoryCount() const;
    qint64 financialEventCount() const;
    qint64 marketplaceCount() const;
    // The last error of a query (readable), empty when the last one worked.
    QString lastError() const;
    // The read connection itself, for the report queries (core/reports) that run on this thread.
    CipherDatabase& database() const { return *m_db; }

private:
    std::unique_ptr<CipherDatabase> m_db;
    mutable QString m_lastError;
};

} // namespace sp
