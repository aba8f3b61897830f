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

} // namespace

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
