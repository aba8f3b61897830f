#pragma once

#include "AmazonConnectionStore.h"
#include "BusinessRegistry.h"
#include "Router.h"
#include "SellerCentralEmulation.h"
#include "StateStore.h"

#include <QUrl>

#include <functional>

namespace sp {

// /sandbox/sellercentral/*: the sandbox's stand-in for Amazon Seller Central's consent pages (HTML, no bearer).
// The consent URL's state names the authorization, and through it the account whose seller is "signed in"
// to this Seller Central. Approve or Deny sends the browser to the app's callback, as Amazon does.
class SellerCentralRoutes
{
public:
    SellerCentralRoutes(StateStore& state, BusinessRegistry& registry, AmazonConnectionStore& connections,
                        SellerCentralEmulation& amazon, std::function<QUrl()> baseUrl);
    void registerOn(Router& router);

    static QString consentPath() { return QStringLiteral("/sandbox/sellercentral/apps/authorize/consent"); }

private:
    HttpReply consentPage(const HttpRequest& request);
    HttpReply confirm(const HttpRequest& request);
    // The authorization a consent link or form may still act on; nullptr when unknown, decided or expired.
    AmazonAuthorizationRecord* openAuthorization(const QString& state);
    static HttpReply errorPage(const QString& message);

    StateStore& m_state;
    BusinessRegistry& m_registry;
    AmazonConnectionStore& m_connections;
    SellerCentralEmulation& m_amazon;
    std::function<QUrl()> m_baseUrl;
};

} // namespace sp
