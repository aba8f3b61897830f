#pragma once

#include "AmazonConnectionStore.h"
#include "BusinessRegistry.h"
#include "PermissionStore.h"
#include "RouteServices.h"
#include "Router.h"

namespace sp {

// /v1/permissions: the write features (off until the seller turns each on, with a confirmation), and the
// write operations they guard, here POST /v1/listings/{sku}/price (403 feature_disabled before opt-in).
class PermissionRoutes
{
public:
    PermissionRoutes(RouteServices& services, BusinessRegistry& registry, PermissionStore& permissions,
                     const AmazonConnectionStore& connections);
    void registerOn(Router& router);

private:
    HttpReply list(const HttpRequest& request);
    HttpReply set(const HttpRequest& request, const QString& feature);
    HttpReply changePrice(const HttpRequest& request, const QString& sku);

    RouteServices& m_services;
    BusinessRegistry& m_registry;
    PermissionStore& m_permissions;
    const AmazonConnectionStore& m_connections;
};

} // namespace sp
