#pragma once

#include "cache/CacheRows.h"
#include "cache/TableQuery.h"

#include <QList>
#include <QStringList>

namespace sp {

class PageJumps;

// The orders table's reads: the orders matching a filter (counted, and a page of them in a chosen
// order), one order's items and financial events, and the statuses the filter offers. Every value
// a user typed is bound as a parameter; sort columns come from a fixed list.
class OrdersQuery : public TableQuery
{
public:
    OrdersQuery(CipherDatabase& db, QString* lastError, PageJumps* jumps)
        : TableQuery(db, lastError)
        , m_jumps(jumps)
    {}

    int count(const OrderFilter& filter) const; // exact (a broad search over many orders: ~0.1-0.7 s)
    // Stops counting past `cap` (<= 0: exact): "at least `cap`" when `capped` (shown as "10,000+").
    CappedCount count(const OrderFilter& filter, qint64 cap) const;
    // `limit` orders from `offset`, the order id breaking ties. Every order is indexed (CacheSchema v8):
    // `after`, the row just before `offset` in this order if the caller has it, makes the query seek
    // past it instead of skipping `offset` rows. Without it a page past the middle of the `total`
    // matching orders (counted here when -1) is read from the other end, unless prepareJumps() made
    // that order's page index: then any page is a seek and fewer than PageJumps::stride() rows skipped.
    QList<OrderRow> page(const OrderFilter& filter, OrderSort sort, Qt::SortOrder order, int offset, int limit,
                         const OrderRow* after = nullptr, int total = -1) const;
    // Walks the matching orders once in this order (resuming an interrupted walk) so that page() jumps
    // to any offset: true when done (PageJumps). A job for an idle reader (CacheReader::readWhenIdle).
    bool prepareJumps(const OrderFilter& filter, OrderSort sort, Qt::SortOrder order) const;
    QList<OrderItemRow> items(const QString& orderId) const;
    // The fees, charges and refunds posted for one order, oldest first.
    QList<FinancialEventRow> eventsOf(const QString& orderId) const;
    static QStringList statuses(); // the API's order statuses, sorted

private:
    PageJumps* m_jumps; // CacheQuery's
};

} // namespace sp
