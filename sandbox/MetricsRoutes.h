#pragma once

#include "BusinessRegistry.h"
#include "RouteServices.h"
#include "Router.h"
#include "UnitCostBook.h"

namespace sp {

// GET /v1/metrics/summary: the headline figures per currency, computed here from the business
// rows themselves (the ground truth the client's dashboard is tested against; never shares code
// with the client). Definitions: docs/api/openapi.yaml.
class MetricsRoutes
{
public:
    MetricsRoutes(RouteServices& services, BusinessRegistry& registry, UnitCostBook& book);
    void registerOn(Router& router);

private:
    HttpReply summary(const HttpRequest& request);

    RouteServices& m_services;
    BusinessRegistry& m_registry;
    UnitCostBook& m_book;
};

} // namespace sp
