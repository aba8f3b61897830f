#pragma once

#include "RouteServices.h"
#include "Router.h"

namespace sp {

// /admin/v1/*: sandbox-only helpers for tests, guarded by the admin token printed at start.
class AdminRoutes {
public:
    AdminRoutes(RouteServices& services, QByteArray adminToken);
    void registerOn(Router& router);

    // Creates an account; used by the routes and to create the demo account at first start.
    static AccountRecord makeAccount(const PasswordHasher& hasher, const QString& email, const QString& password,
                                     const QString& displayName, const QDateTime& now);

private:
    HttpReply createAccount(const HttpRequest& request);

    RouteServices& m_services;
    QByteArray m_adminToken;
};

} // namespace sp
