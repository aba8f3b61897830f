#pragma once

#include "BusinessRegistry.h"
#include "ListingCursor.h"
#include "RestockSettingsBook.h"
#include "RouteServices.h"
#include "Router.h"

#include <QJsonObject>
#include <optional>

namespace sp {

// GET /v1/restock-settings (a listing in change order with tombstones, paged like the other data listings),
// PUT and DELETE /v1/restock-settings/{sku}, PUT /v1/restock-default (issue 18).
class RestockSettingsRoutes
{
public:
    RestockSettingsRoutes(RouteServices& services, BusinessRegistry& registry, const ListingCursor& cursors,
                          RestockSettingsBook& book);
    void registerOn(Router& router);

    static constexpr char kListing = 'r';
    // One row as the API lists it (also what the account export holds).
    static QJsonObject toJson(const RestockSetting& row);
    // The listing, which the admin faults hit like the other data listings (never a write).
    static bool isListingPath(const QString& path) { return path == QLatin1String("/v1/restock-settings"); }

private:
    HttpReply list(const HttpRequest& request);
    HttpReply putSku(const HttpRequest& request, const QString& sku);
    HttpReply putDefault(const HttpRequest& request);
    HttpReply remove(const HttpRequest& request, const QString& sku);

    // The caller's account id and business, or the problem to answer.
    std::optional<HttpReply> caller(const HttpRequest& request, QString* accountId, Business** business) const;
    HttpReply store(const HttpRequest& request, const QString& accountId, const QString& sku);

    RouteServices& m_services;
    BusinessRegistry& m_registry;
    const ListingCursor& m_cursors;
    RestockSettingsBook& m_book;
};

} // namespace sp
