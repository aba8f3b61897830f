#pragma once

#include "cache/CacheRows.h"

#include <QList>
#include <optional>

namespace sp {

class CipherDatabase;

// The finances page's count and totals per currency without a scan of the events (issue 15): read
// from the maintained summary summary_fee_day (one row per posted day, marketplace, currency, type
// and charge, with the events' count and sum) plus the changes the triggers logged since the last
// sync run ended (summary_event_delta, added to the summary at that end): together they equal the
// events table at every commit. Not when a rebuild of summary days is pending (a bulk load of the
// events in progress or just ended, a new marketplace, a repair: summary_dirty, summary_dirty_from)
// nor for a search term (the summary has no ids): the answers are then empty, and the caller scans.
class EventSummaryReader
{
public:
    explicit EventSummaryReader(CipherDatabase& db)
        : m_db(db)
    {}

    // nullopt when the summary cannot answer `filter` (see above) or on an SQL error (`*error` set).
    std::optional<qint64> count(const FinancialEventFilter& filter, QString* error) const;
    // The sums of the currencies in `currencies` (the marketplaces'), in that order; a currency
    // without a matching event has none.
    std::optional<QList<CurrencyAmount>> totals(const FinancialEventFilter& filter, const QStringList& currencies,
                                                QString* error) const;

private:
    CipherDatabase& m_db;
};

} // namespace sp
