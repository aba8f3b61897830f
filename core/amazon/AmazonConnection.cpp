#include "amazon/AmazonConnection.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sp {

namespace {

bool readStringList(const QJsonObject& json, const QString& field, QStringList* out, QString* error)
{
    const QJsonValue value = json.value(field);
    if (!value.isArray()) {
        *error = QStringLiteral("field '%1': expected an array").arg(field);
        return false;
    }
    out->clear();
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString()) {
            *error = QStringLiteral("field '%1': expected strings").arg(field);
            return false;
        }
        out->append(item.toString());
    }
    return true;
}

QDateTime readTime(const QJsonValue& value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
}

// A nullable string: absent or null reads as empty (servers before contract 1.x lack the field).
bool readOptionalString(const QJsonObject& json, const QString& field, QString* out, QString* error)
{
    const QJsonValue value = json.value(field);
    if (value.isUndefined() || value.isNull()) {
        out->clear();
        return true;
    }
    if (!value.isString()) {
        *error = QStringLiteral("field '%1': expected a string").arg(field);
        return false;
    }
    *out = value.toString();
    return true;
}

bool readOptionalStringList(const QJsonObject& json, const QString& field, QStringList* out, QString* error)
{
    if (json.value(field).isUndefined()) {
        out->clear();
        return true;
    }
    return readStringList(json, field, out, error);
}

} // namespace

bool AmazonAuthorization::statusFromName(const QString& name, Status* out)
{
    static const struct
    {
        const char* name;
        Status status;
    } names[] = {{"pending", Status::Pending},
                 {"awaiting_confirmation", Status::AwaitingConfirmation},
                 {"approved", Status::Approved},
                 {"denied", Status::Denied},
                 {"expired", Status::Expired}};
    for (const auto& n : names) {
        if (name == QLatin1String(n.name)) {
            *out = n.status;
            return true;
        }
    }
    return false;
}

bool AmazonAuthorization::fromJson(const QJsonObject& json, AmazonAuthorization* out, QString* error)
{
    AmazonAuthorization result;
    result.id = json.value(QStringLiteral("id")).toString();
    if (result.id.isEmpty()) {
        *error = QStringLiteral("field 'id': expected a non-empty string");
        return false;
    }
    if (!statusFromName(json.value(QStringLiteral("status")).toString(), &result.status)) {
        *error = QStringLiteral("field 'status': unknown value");
        return false;
    }
    if (!readOptionalString(json, QStringLiteral("selling_partner_id"), &result.sellingPartnerId, error)
        || !readOptionalStringList(json, QStringLiteral("marketplace_ids"), &result.marketplaceIds, error))
        return false;
    result.expiresAt = readTime(json.value(QStringLiteral("expires_at")));
    *out = result;
    return true;
}

bool AmazonConnection::fromJson(const QJsonObject& json, AmazonConnection* out, QString* error)
{
    AmazonConnection result;
    const QString status = json.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("not_connected"))
        result.status = Status::NotConnected;
    else if (status == QLatin1String("pending"))
        result.status = Status::Pending;
    else if (status == QLatin1String("connected"))
        result.status = Status::Connected;
    else if (status == QLatin1String("revoked"))
        result.status = Status::Revoked;
    else {
        *error = QStringLiteral("field 'status': unknown value");
        return false;
    }
    result.sellingPartnerId = json.value(QStringLiteral("selling_partner_id")).toString();
    result.region = json.value(QStringLiteral("region")).toString();
    if (!readStringList(json, QStringLiteral("marketplace_ids"), &result.marketplaceIds, error)
        || !readStringList(json, QStringLiteral("roles"), &result.roles, error))
        return false;
    result.connectedAt = readTime(json.value(QStringLiteral("connected_at")));
    const QJsonValue authorization = json.value(QStringLiteral("authorization"));
    if (authorization.isObject()) {
        const QJsonObject a = authorization.toObject();
        result.authorizationId = a.value(QStringLiteral("id")).toString();
        result.authorizationStatus = a.value(QStringLiteral("status")).toString();
        result.authorizationExpiresAt = readTime(a.value(QStringLiteral("expires_at")));
        if (!readOptionalString(a, QStringLiteral("selling_partner_id"), &result.authorizationSellingPartnerId, error)
            || !readOptionalStringList(a, QStringLiteral("marketplace_ids"), &result.authorizationMarketplaceIds,
                                       error))
            return false;
    }
    *out = result;
    return true;
}

QString AmazonConnection::statusText(Status status)
{
    switch (status) {
    case Status::Unknown:
        return QCoreApplication::translate("sp::AmazonConnection", "Checking...");
    case Status::NotConnected:
        return QCoreApplication::translate("sp::AmazonConnection", "Not connected");
    case Status::Pending:
        return QCoreApplication::translate("sp::AmazonConnection", "Waiting for your consent on Amazon");
    case Status::Connected:
        return QCoreApplication::translate("sp::AmazonConnection", "Connected");
    case Status::Revoked:
        return QCoreApplication::translate("sp::AmazonConnection", "Disconnected (access revoked)");
    }
    return QString();
}

} // namespace sp
