#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sp {

// One authorization (GET /v1/amazon/authorizations/{id}, and embedded in the connection).
struct AmazonAuthorization
{
    enum class Status { Pending, AwaitingConfirmation, Approved, Denied, Expired };

    QString id;
    Status status = Status::Pending;
    // Set once Amazon approved: which seller account, and its marketplaces in the region.
    QString sellingPartnerId;
    QStringList marketplaceIds;
    QDateTime expiresAt;

    // False with a technical reason for a missing id, an unknown status or fields of the wrong type.
    static bool fromJson(const QJsonObject& json, AmazonAuthorization* out, QString* error);
    static bool statusFromName(const QString& name, Status* out);
};

// The seller's Amazon connection as the server reports it (GET /v1/amazon/connection).
struct AmazonConnection
{
    enum class Status { Unknown, NotConnected, Pending, Connected, Revoked };

    Status status = Status::Unknown;
    QString sellingPartnerId;
    QString region; // "eu", "na", "fe" or empty
    QStringList marketplaceIds;
    QStringList roles; // SP-API role names, e.g. "Inventory and Order Tracking"
    QDateTime connectedAt;
    // The authorization in progress or last finished, if any.
    QString authorizationId;
    QString authorizationStatus; // "pending", "awaiting_confirmation", "approved", "denied", "expired"
    QDateTime authorizationExpiresAt;
    QString authorizationSellingPartnerId; // the Amazon account that approved it, once it did
    QStringList authorizationMarketplaceIds;

    // False with a technical reason when a field is missing or of the wrong type.
    static bool fromJson(const QJsonObject& json, AmazonConnection* out, QString* error);
    // Translated, for the settings page ("sp::AmazonConnection").
    static QString statusText(Status status);
};

} // namespace sp

Q_DECLARE_METATYPE(sp::AmazonConnection)
Q_DECLARE_METATYPE(sp::AmazonAuthorization)
