#pragma once

#include "BusinessRegistry.h"
#include "ListingCursor.h"
#include "RouteServices.h"
#include "Router.h"

#include <QHash>

namespace sp {

// GET /v1/exchange-rates: the daily reference rates (ReferenceRates) of the currencies the
// account's marketplaces use, one row per business day from the first day of its data to the last
// day published by the simulated clock, paged like the other listings. A day's rows never change,
// so the cursor's sequence is the day itself (days since 1970-01-01, plus one).
class ExchangeRateRoutes
{
public:
    ExchangeRateRoutes(RouteServices& services, BusinessRegistry& registry, const ListingCursor& cursors);
    void registerOn(Router& router);

    static constexpr char kListing = 'x';

private:
    HttpReply list(const HttpRequest& request);
    qint64 firstDay(const QString& accountId, const Business& business);

    RouteServices& m_services;
    BusinessRegistry& m_registry;
    const ListingCursor& m_cursors;
    QHash<QString, qint64> m_firstDays; // per account: the first day of its data never moves
};

} // namespace sp
