#pragma once

#include "AccountExportRoutes.h"
#include "AmazonRoutes.h"
#include "PermissionStore.h"
#include "RouteServices.h"
#include "Router.h"

namespace sp {

// POST /v1/account/deletion: the password confirms it; the deletion is scheduled 30 days ahead, every
// session of the account ends at once (401/403 account_deleted from then on), the Amazon token is deleted
// at once and prepared exports are dropped. Also GET /v1/security-contact, the seed's reporting address.
class AccountDeletionRoutes
{
public:
    static constexpr int kGraceDays = 30;

    AccountDeletionRoutes(RouteServices& services, AmazonRoutes& amazon, AccountExportRoutes& exports);
    void registerOn(Router& router);

private:
    HttpReply deleteAccount(const HttpRequest& request);
    static HttpReply securityContact(const HttpRequest& request);

    RouteServices& m_services;
    AmazonRoutes& m_amazon;
    AccountExportRoutes& m_exports;
};

} // namespace sp
