#pragma once

#include "AmazonConnectionStore.h"
#include "BusinessRegistry.h"
#include "RouteServices.h"
#include "Router.h"
#include "SecretVault.h"
#include "SellerCentralEmulation.h"

#include <QUrl>

#include <functional>

namespace sp {

// /v1/amazon/*: SellerPulse's side of Amazon's website authorization: start (state + consent URL), poll,
// the browser's callback (state check, code exchange, encrypted token storage), the connection, disconnect.
// Also the admin check GET /admin/v1/accounts/{id}/amazon-token, which says only whether a token is stored, and
// POST /admin/v1/accounts/{id}/amazon-revoke, which plays Amazon withdrawing the grant (the seller removed the
// app in Seller Central): the token stops working, so it is deleted and the connection reads revoked.
class AmazonRoutes {
public:
    static constexpr qint64 kStateLifetimeSeconds = 15 * 60;

    AmazonRoutes(RouteServices& services, BusinessRegistry& registry, AmazonConnectionStore& connections,
                 SellerCentralEmulation& amazon, SecretVault& tokens, QByteArray adminToken,
                 std::function<QUrl()> baseUrl);
    void registerOn(Router& router);

    // Deletes the account's Amazon token at once and marks the connection revoked (disconnect, deletion).
    bool disconnect(const QString& accountId, QString* error);

private:
    HttpReply connection(const HttpRequest& request);
    HttpReply disconnectRoute(const HttpRequest& request);
    HttpReply startAuthorization(const HttpRequest& request);
    HttpReply authorization(const HttpRequest& request, const QString& id);
    HttpReply callback(const HttpRequest& request);
    HttpReply tokenStored(const HttpRequest& request, const QString& accountId);
    HttpReply revokeAtAmazon(const HttpRequest& request, const QString& accountId);

    RouteServices& m_services;
    BusinessRegistry& m_registry;
    AmazonConnectionStore& m_connections;
    SellerCentralEmulation& m_amazon;
    SecretVault& m_tokens;
    QByteArray m_adminToken;
    std::function<QUrl()> m_baseUrl;
};

} // namespace sp
