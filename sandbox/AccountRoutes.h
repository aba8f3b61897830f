#pragma once

#include "RouteServices.h"
#include "Router.h"

namespace sp {

// /v1/account and /v1/sessions: everything here is bound to the account of the access token.
class AccountRoutes
{
public:
    explicit AccountRoutes(RouteServices& services);
    void registerOn(Router& router);

private:
    HttpReply account(const HttpRequest& request);
    HttpReply changePassword(const HttpRequest& request);
    HttpReply listSessions(const HttpRequest& request);
    HttpReply revokeSession(const HttpRequest& request, const QString& sessionId);

    RouteServices& m_services;
};

} // namespace sp
