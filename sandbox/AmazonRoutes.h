#pragma once

#include "AmazonConnectionStore.h"
#include "BusinessRegistry.h"
#include "RouteServices.h"
#include "Router.h"
#include "SecretVault.h"
#include "SellerCentralEmulation.h"

#include <QTimer>
#include <QUrl>

#include <functional>

namespace sp {

// /v1/amazon/*: SellerPulse's side of Amazon's website authorization: start (state + consent URL, bound to the
// starting app by a PKCE challenge and its loopback port), poll, the browser's callback (state check, code
// exchange, the token HELD encrypted for that authorization, a redirect with a one-time handle to the app's
// loopback), the app's confirm (handle + verifier: only then is the held token the account's connection),
// cancel, the connection, disconnect.
// Also the admin checks GET /admin/v1/accounts/{id}/amazon-token (only whether a connected token is stored) and
// GET /admin/v1/accounts/{id}/amazon-authorizations (whether a token is held for each attempt), and
// POST /admin/v1/accounts/{id}/amazon-revoke, which plays Amazon withdrawing the grant (the seller removed the
// app in Seller Central): the token stops working, so it is deleted and the connection reads revoked.
class AmazonRoutes
{
public:
    static constexpr qint64 kStateLifetimeSeconds = 15 * 60;

    AmazonRoutes(RouteServices& services, BusinessRegistry& registry, AmazonConnectionStore& connections,
                 SellerCentralEmulation& amazon, SecretVault& tokens, QByteArray adminToken,
                 std::function<QUrl()> baseUrl);
    void registerOn(Router& router);

    // Deletes the account's Amazon token at once and marks the connection revoked (disconnect, deletion);
    // the account's open authorizations end too, with any token they hold.
    bool disconnect(const QString& accountId, QString* error);

    // The vault id of the token held for an authorization. It is the record's associated data too, so a
    // held record can never be read (or moved in the file and read) as an account's connection.
    static QString heldTokenId(const QString& authorizationId) { return QStringLiteral("held:") + authorizationId; }

private:
    HttpReply connection(const HttpRequest& request);
    HttpReply disconnectRoute(const HttpRequest& request);
    HttpReply startAuthorization(const HttpRequest& request);
    HttpReply authorization(const HttpRequest& request, const QString& id);
    HttpReply cancelAuthorization(const HttpRequest& request, const QString& id);
    HttpReply confirmAuthorization(const HttpRequest& request, const QString& id);
    HttpReply callback(const HttpRequest& request);
    HttpReply tokenStored(const HttpRequest& request, const QString& accountId);
    HttpReply heldTokens(const HttpRequest& request, const QString& accountId);
    HttpReply revokeAtAmazon(const HttpRequest& request, const QString& accountId);

    // Ends an authorization with `status` and deletes the token it holds; false when the vault could not be
    // rewritten (the record keeps tokenHeld, so the next sweep tries again).
    bool endAuthorization(AmazonAuthorizationRecord& record, AmazonAuthorizationRecord::Status status, QString* error);
    // Expired attempts lose their held token; tokens no attempt holds (a restart forgot the attempt) go too.
    // Runs on every Amazon route and on a timer while any token is held.
    void sweep();
    void scheduleSweep();
    // The account's own authorization, or nullptr (another account's reads as missing).
    AmazonAuthorizationRecord* ownAuthorization(const QString& accountId, const QString& id);
    HttpReply redirectToApp(const AmazonAuthorizationRecord& record, const QList<QPair<QString, QString>>& items);

    RouteServices& m_services;
    BusinessRegistry& m_registry;
    AmazonConnectionStore& m_connections;
    SellerCentralEmulation& m_amazon;
    SecretVault& m_tokens;
    QByteArray m_adminToken;
    std::function<QUrl()> m_baseUrl;
    QTimer m_sweepTimer;
};

} // namespace sp
