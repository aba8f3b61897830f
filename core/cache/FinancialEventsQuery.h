#pragma once

#include "cache/CacheRows.h"
#include "cache/TableQuery.h"

#include <QList>
#include <QStringList>

namespace sp {

class PageJumps;

// The financial events table's reads: the events matching a filter (counted, a page of them in a
// chosen order, their sum per currency) and the event types the filter offers. Every value a user
// typed is bound as a parameter; sort columns come from a fixed list.
class FinancialEventsQuery : public TableQuery
{
public:
    FinancialEventsQuery(CipherDatabase& db, QString* lastError, PageJumps* jumps)
        : TableQuery(db, lastError)
        , m_jumps(jumps)
    {}

    // Without a search term, from the maintained summary (EventSummaryReader: no scan of the events);
    // with one, by a scan (about 1 s on 5.5 million events), which `cap` > 0 stops after cap + 1.
    int count(const FinancialEventFilter& filter) const;
    CappedCount count(const FinancialEventFilter& filter, qint64 cap) const;
    // As OrdersQuery::page(): every order is indexed (CacheSchema v8), `after` seeks past that row, and
    // without it a page past the middle of the `total` matching events is read from the other end, or
    // found through the page index prepareJumps() made.
    QList<FinancialEventRow> page(const FinancialEventFilter& filter, FinancialEventSort sort, Qt::SortOrder order,
                                  int offset, int limit, const FinancialEventRow* after = nullptr,
                                  int total = -1) const;
    bool prepareJumps(const FinancialEventFilter& filter, FinancialEventSort sort, Qt::SortOrder order) const;
    // The sum of the matching events per currency, sorted by currency (never added across them);
    // without a search term from the summary, as count().
    QList<CurrencyAmount> totals(const FinancialEventFilter& filter) const;
    QStringList types() const; // the API's event types, sorted

private:
    PageJumps* m_jumps; // CacheQuery's
};

} // namespace sp
