#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sp {

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
    QString authorizationStatus; // "pending", "approved", "denied", "expired"
    QDateTime authorizationExpiresAt;

    // False with a technical reason when a field is missing or of the wrong type.
    static bool fromJson(const QJsonObject& json, AmazonConnection* out, QString* error);
    // Translated, for the settings page ("sp::AmazonConnection").
    static QString statusText(Status status);
};

} // namespace sp

Q_DECLARE_METATYPE(sp::AmazonConnection)
