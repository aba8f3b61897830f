#pragma once

#include "Business.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace sp {

// Amazon's side of the website authorization workflow, as the sandbox plays it: the app's id, the
// seller's merchant token, authorization codes (one-time, 5 minutes) and the Login with Amazon token
// exchange (grant_type=authorization_code) that turns a code into a refresh token "Atzr|…".
// In the real service this exchange is an HTTPS call to api.amazon.com/auth/o2/token; here it is a call.
class SellerCentralEmulation
{
public:
    static constexpr qint64 kCodeLifetimeSeconds = 5 * 60;

    struct Exchange
    {
        QByteArray refreshToken; // empty on failure
        QString sellingPartnerId;
        QString error; // LWA's OAuth error, e.g. "invalid_grant"
    };

    // The sandbox's SP-API application id: a fixed, documented constant (docs/api/openapi.yaml), so a client can
    // pin it for a loopback sandbox. An application id is public (it is in every consent URL): nothing secret.
    static constexpr const char* kApplicationId = "amzn1.sellerapps.app.5e11e4b0-0000-4000-8000-53414e44424f";

    // The signing key is no longer used (the application id used to be derived from it); kept so that the
    // server's construction does not change.
    explicit SellerCentralEmulation(const QByteArray& /*signingKey*/) {}

    static QString applicationId() { return QString::fromLatin1(kApplicationId); }
    // The seller's merchant token in a region (14 characters, like A3EXAMPLE1234Z), stable per account.
    static QString sellingPartnerId(const QString& accountId, const QString& region);
    // The roles the app asks for and the seller grants.
    static QStringList grantedRoles();
    // The marketplaces of a region in which the seller's business sells (one grant covers the whole region).
    static QStringList marketplacesOf(const Business* business, const QString& region);

    // After Approve: a one-time code for that seller, valid kCodeLifetimeSeconds.
    QString issueCode(const QString& sellingPartnerId, qint64 now);
    // Login with Amazon: exchanges a code once; unknown, used or expired codes answer invalid_grant.
    Exchange exchangeCode(const QString& code, qint64 now);

private:
    struct CodeRecord
    {
        QString sellingPartnerId;
        qint64 expiresAt = 0;
    };

    QHash<QString, CodeRecord> m_codes; // removed when exchanged or found expired
};

} // namespace sp
