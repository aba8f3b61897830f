#include "restock/RestockSettingsClient.h"

#include "auth/Session.h"
#include "restock/RestockSetting.h"

#include <QCoreApplication>
#include <QTimer>

namespace sp {

namespace {
bool validDays(int lead, int safety)
{
    return lead >= 1 && lead <= RestockSetting::kMaxDays && safety >= 0 && safety <= RestockSetting::kMaxDays;
}
QJsonObject body(int lead, int safety)
{
    return QJsonObject{{QStringLiteral("lead_time_days"), lead}, {QStringLiteral("safety_days"), safety}};
}
} // namespace

RestockSettingsClient::RestockSettingsClient(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{}

QString RestockSettingsClient::offlineMessage()
{
    return tr("Lead times and safety days can be changed when SellerPulse is online; you are offline.");
}

QString RestockSettingsClient::messageFor(const ApiError& error)
{
    if (error.ok())
        return QString();
    if (error.kind == ApiError::Kind::SessionEnded || error.kind == ApiError::Kind::Network
        || error.kind == ApiError::Kind::Timeout)
        return offlineMessage();
    if (error.kind == ApiError::Kind::Policy && !error.detail.isEmpty())
        return error.detail;
    if (error.code == QLatin1String("validation_failed"))
        return tr("The server did not accept these values: the lead time must be 1 to 365 days, the safety days "
                  "0 to 365. Correct them and save again.");
    if (error.code == QLatin1String("not_found"))
        return tr("The server does not know this SKU (or it has no setting of its own). Sync, then try again.");
    return error.userMessage();
}

bool RestockSettingsClient::isUsableSku(const QString& sku)
{
    return !sku.isEmpty() && !sku.contains(QLatin1Char('/')) && !sku.contains(QLatin1Char('?'))
           && !sku.contains(QLatin1Char('#')) && !sku.contains(QLatin1Char('%'));
}

void RestockSettingsClient::refuse(ApiError error)
{
    QTimer::singleShot(0, this, [this, error] { emit finished(error); }); // asynchronous, like an answer
}

void RestockSettingsClient::setSku(const QString& sku, int leadTimeDays, int safetyDays)
{
    if (!isUsableSku(sku) || !validDays(leadTimeDays, safetyDays)) {
        ApiError refused;
        refused.kind = ApiError::Kind::Policy;
        refused.technical = QStringLiteral("invalid restock setting input");
        refused.detail = tr("Enter a lead time of 1 to 365 days and 0 to 365 safety days.");
        return refuse(refused);
    }
    send("PUT", QStringLiteral("/v1/restock-settings/") + sku, body(leadTimeDays, safetyDays), {});
}

void RestockSettingsClient::setDefault(int leadTimeDays, int safetyDays)
{
    if (!validDays(leadTimeDays, safetyDays)) {
        ApiError refused;
        refused.kind = ApiError::Kind::Policy;
        refused.technical = QStringLiteral("invalid restock default input");
        refused.detail = tr("Enter a lead time of 1 to 365 days and 0 to 365 safety days.");
        return refuse(refused);
    }
    send("PUT", QStringLiteral("/v1/restock-default"), body(leadTimeDays, safetyDays), {});
}

void RestockSettingsClient::removeSku(const QString& sku)
{
    if (!isUsableSku(sku)) {
        ApiError refused;
        refused.kind = ApiError::Kind::Policy;
        refused.technical = QStringLiteral("invalid sku");
        return refuse(refused);
    }
    // What the listing will bring (its values do not matter: a tombstone removes the row, and its
    // time is never stored). Written only after the server's 204.
    const QJsonObject tombstone{{QStringLiteral("sku"), sku},
                                {QStringLiteral("lead_time_days"), RestockSetting::kDefaultLeadTimeDays},
                                {QStringLiteral("safety_days"), RestockSetting::kDefaultSafetyDays},
                                {QStringLiteral("deleted"), true},
                                {QStringLiteral("updated_at"), QStringLiteral("1970-01-01T00:00:00Z")}};
    send("DELETE", QStringLiteral("/v1/restock-settings/") + sku, std::nullopt, tombstone);
}

void RestockSettingsClient::send(const QByteArray& method, const QString& path, const std::optional<QJsonObject>& body,
                                 const QJsonObject& tombstone)
{
    if (!m_session) {
        ApiError refused;
        refused.kind = ApiError::Kind::SessionEnded;
        refused.technical = QStringLiteral("no session: offline");
        return refuse(refused);
    }
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = body;
    m_session->sendAuthorized(request, this, [this, tombstone](const ApiResponse& response) {
        if (response.error.ok())
            emit stored(tombstone.isEmpty() ? response.json : tombstone);
        emit finished(response.error);
    });
}

} // namespace sp
