#pragma once

#include "BusinessRegistry.h"
#include "ListingCursor.h"
#include "RouteServices.h"
#include "Router.h"
#include "UnitCostBook.h"

#include <QJsonObject>

namespace sp {

// GET /v1/unit-costs (a listing in change order, paged like the other data listings) and
// PUT /v1/unit-costs/{sku}.
class UnitCostRoutes
{
public:
    UnitCostRoutes(RouteServices& services, BusinessRegistry& registry, const ListingCursor& cursors,
                   UnitCostBook& book);
    void registerOn(Router& router);

    static constexpr char kListing = 'u';
    // One row as the API lists it (also what the account export holds).
    static QJsonObject toJson(const UnitCostBook::Entry& row);

private:
    HttpReply list(const HttpRequest& request);
    HttpReply put(const HttpRequest& request, const QString& sku);

    RouteServices& m_services;
    BusinessRegistry& m_registry;
    const ListingCursor& m_cursors;
    UnitCostBook& m_book;
};

} // namespace sp
