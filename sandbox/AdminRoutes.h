#pragma once

#include "BusinessRegistry.h"
#include "FaultInjector.h"
#include "RouteServices.h"
#include "Router.h"

namespace sp {

// /admin/v1/*: sandbox-only helpers for tests, guarded by the admin token printed at start.
class AdminRoutes
{
public:
    AdminRoutes(RouteServices& services, QByteArray adminToken, FaultInjector& faults, BusinessRegistry& registry);
    void registerOn(Router& router);

    // Creates an account; used by the routes and to create the demo account at first start.
    static AccountRecord makeAccount(const PasswordHasher& hasher, const QString& email, const QString& password,
                                     const QString& displayName, const QDateTime& now);

private:
    HttpReply createAccount(const HttpRequest& request);
    HttpReply setFaults(const HttpRequest& request);
    HttpReply clearFaults(const HttpRequest& request);
    HttpReply advanceClock(const HttpRequest& request);
    // 401 unless the request carries the admin token.
    std::optional<HttpReply> checkAdmin(const HttpRequest& request) const;

    RouteServices& m_services;
    QByteArray m_adminToken;
    FaultInjector& m_faults;
    BusinessRegistry& m_registry;
};

} // namespace sp
