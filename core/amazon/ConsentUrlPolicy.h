#pragma once

#include "amazon/AmazonRegion.h"

#include <QString>
#include <QUrl>

namespace sp {

// Which consent URLs the app may open in the browser. The URL comes from the server; opening
// anything it names would let a compromised or spoofed answer send the seller to a phishing page
// that looks like Amazon. Allowed:
// - https on Seller Central of the chosen region, path /apps/authorize/consent, default port:
//     eu: sellercentral-europe.amazon.com, na: sellercentral.amazon.com, fe: sellercentral.amazon.co.jp
//   Source: Amazon's SP-API developer guide, "Website authorization workflow" and "Seller Central
//   URLs" (summarised in shared/reference/amazon-sp-api.md, A1; the 2021 list, the hosts the
//   contract note for issue 5 names). NL's sellercentral.amazon.nl is deliberately not listed: the
//   server only ever builds regional URLs.
// - the configured server itself when it is not the production API (the sandbox plays Seller
//   Central there): same scheme, host and port, path <base>/sandbox/sellercentral/apps/authorize/consent.
// The `application_id` must be the one SellerPulse expects (AmazonApplication: the published id on
// Amazon's hosts, the sandbox's fixed id on the sandbox's page), exactly once.
// Never: other schemes, user info, other ports, other or lookalike hosts (compared in their ASCII
// form, so IDN homographs differ), fragments, or a URL without application_id and state, or with
// either of them twice.
class ConsentUrlPolicy
{
public:
    // `sandboxBase`: the server's base URL when it may serve the consent page; empty for none.
    explicit ConsentUrlPolicy(QUrl sandboxBase = QUrl());

    // False with a translated reason (context "sp::ConsentUrlPolicy").
    bool isAllowed(const QUrl& url, AmazonRegion region, QString* whyNot) const;

    static QString sellerCentralHost(AmazonRegion region);
    static constexpr const char* kConsentPath = "/apps/authorize/consent";

private:
    bool isSandboxConsent(const QUrl& url) const;

    QUrl m_sandboxBase;
};

} // namespace sp
