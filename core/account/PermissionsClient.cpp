#include "account/PermissionsClient.h"

#include "account/AccountLog.h"

#include "api/ApiClient.h"
#include "auth/Session.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sp {

namespace {

bool decodeFeature(const QJsonValue& value, WriteFeature* out)
{
    if (!value.isObject())
        return false;
    const QJsonObject json = value.toObject();
    if (!json.value(QStringLiteral("id")).isString() || !json.value(QStringLiteral("enabled")).isBool())
        return false;
    out->id = json.value(QStringLiteral("id")).toString();
    out->enabled = json.value(QStringLiteral("enabled")).toBool();
    out->enabledAt = QDateTime::fromString(json.value(QStringLiteral("enabled_at")).toString(), Qt::ISODateWithMs);
    return true;
}

} // namespace

QString WriteFeature::title(const QString& id)
{
    if (id == QLatin1String("inventory_updates"))
        return QCoreApplication::translate("sp::WriteFeature", "Inventory updates");
    if (id == QLatin1String("price_changes"))
        return QCoreApplication::translate("sp::WriteFeature", "Price changes");
    if (id == QLatin1String("review_requests"))
        return QCoreApplication::translate("sp::WriteFeature", "Review requests");
    return id;
}

QString WriteFeature::whatItAllows(const QString& id)
{
    if (id == QLatin1String("inventory_updates"))
        return QCoreApplication::translate(
            "sp::WriteFeature",
            "SellerPulse may change the stock quantities of your listings on Amazon when you ask it to.");
    if (id == QLatin1String("price_changes"))
        return QCoreApplication::translate(
            "sp::WriteFeature", "SellerPulse may change the prices of your listings on Amazon when you ask it to.");
    if (id == QLatin1String("review_requests"))
        return QCoreApplication::translate(
            "sp::WriteFeature",
            "SellerPulse may ask Amazon to send your buyers a request for a review of their order.");
    return QCoreApplication::translate("sp::WriteFeature", "SellerPulse may make changes on your Amazon account.");
}

PermissionsClient::PermissionsClient(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{}

void PermissionsClient::refresh()
{
    if (!m_session)
        return;
    ApiRequest request;
    request.path = QStringLiteral("/v1/permissions");
    m_session->sendAuthorized(request, this, [this](const ApiResponse& response) {
        if (!response.error.ok()) {
            emit failed(response.error.userMessage());
            return;
        }
        QList<WriteFeature> features;
        for (const QJsonValue& value : response.json.value(QStringLiteral("features")).toArray()) {
            WriteFeature feature;
            if (!decodeFeature(value, &feature)) {
                qCWarning(lcAccount) << "permissions answer not understood";
                emit failed(tr("The server's answer about permissions was not understood."));
                return;
            }
            features.append(feature);
        }
        m_features = features;
        emit featuresChanged();
    });
}

void PermissionsClient::setEnabled(const QString& id, bool enabled)
{
    if (!m_session)
        return;
    ApiRequest request;
    request.method = "PUT";
    request.path = QStringLiteral("/v1/permissions/%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(id)));
    // Only ever sent after the seller confirmed what the feature allows (the page asks first).
    request.body = QJsonObject{{QStringLiteral("enabled"), enabled}, {QStringLiteral("confirmed"), true}};
    m_session->sendAuthorized(request, this, [this](const ApiResponse& response) {
        if (!response.error.ok()) {
            emit failed(response.error.userMessage());
            refresh(); // show the server's state again, not the switch the user just flipped
            return;
        }
        WriteFeature feature;
        if (!decodeFeature(response.json, &feature)) {
            emit failed(tr("The server's answer about permissions was not understood."));
            return;
        }
        qCInfo(lcAccount).noquote() << "write feature" << feature.id << (feature.enabled ? "enabled" : "disabled");
        for (WriteFeature& existing : m_features) {
            if (existing.id == feature.id)
                existing = feature;
        }
        emit featureChanged(feature);
        emit featuresChanged();
    });
}

} // namespace sp
