#pragma once

#include "RouteServices.h"
#include "Router.h"

namespace sp {

// /v1/auth/*: sign-in, refresh-token rotation with reuse detection, sign-out and sign-out everywhere.
class AuthRoutes
{
public:
    explicit AuthRoutes(RouteServices& services);
    void registerOn(Router& router);

private:
    HttpReply login(const HttpRequest& request);
    HttpReply refresh(const HttpRequest& request);
    HttpReply logout(const HttpRequest& request);
    HttpReply logoutAll(const HttpRequest& request);

    RouteServices& m_services;
};

} // namespace sp
