#pragma once

#include "BusinessRegistry.h"
#include "ListingCursor.h"
#include "RouteServices.h"
#include "Router.h"

namespace sp {

// The seller's data: GET /v1/marketplaces, /v1/orders, /v1/products, /v1/inventory, /v1/financial-events,
// /v1/settlements.
// Listings are pages in change order with a cursor bound to the account (see "Sync" in docs/api/openapi.yaml).
class DataRoutes
{
public:
    DataRoutes(RouteServices& services, BusinessRegistry& registry, const ListingCursor& cursors);
    void registerOn(Router& router);

    // True for the paths the fault plan applies to.
    static bool isDataPath(const QString& path);

    enum class Listing : char {
        Orders = 'o',
        Products = 'p',
        Inventory = 'i',
        FinancialEvents = 'f',
        Settlements = 's'
    };

private:
    HttpReply marketplaces(const HttpRequest& request);
    HttpReply list(const HttpRequest& request, Listing listing);

    RouteServices& m_services;
    BusinessRegistry& m_registry;
    const ListingCursor& m_cursors;
};

} // namespace sp
