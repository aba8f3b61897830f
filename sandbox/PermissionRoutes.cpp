#include "PermissionRoutes.h"

#include "JsonBodyValidator.h"
#include "ProblemResponse.h"
#include "SandboxLog.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::PermissionRoutes", text); }

} // namespace

PermissionRoutes::PermissionRoutes(RouteServices& services, BusinessRegistry& registry, PermissionStore& permissions,
                                   const AmazonConnectionStore& connections)
    : m_services(services)
    , m_registry(registry)
    , m_permissions(permissions)
    , m_connections(connections)
{}

void PermissionRoutes::registerOn(Router& router)
{
    router.add("GET", QStringLiteral("/v1/permissions"),
               [this](const HttpRequest& r, const QStringList&) { return list(r); });
    router.add("PUT", QStringLiteral("/v1/permissions/{feature}"),
               [this](const HttpRequest& r, const QStringList& p) { return set(r, p.constFirst()); });
    router.add("POST", QStringLiteral("/v1/listings/{sku}/price"),
               [this](const HttpRequest& r, const QStringList& p) { return changePrice(r, p.constFirst()); });
}

HttpReply PermissionRoutes::list(const HttpRequest& request)
{
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    return jsonReply(200, m_permissions.listJson(auth.caller.account->id));
}

HttpReply PermissionRoutes::set(const HttpRequest& request, const QString& feature)
{
    if (auto tooLarge = JsonBodyValidator::checkSize(request))
        return *tooLarge;
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    if (!PermissionStore::features().contains(feature))
        return ProblemResponse::make(404, QStringLiteral("not_found"), tr("There is no such feature."),
                                     request.requestId);
    const auto body = JsonBodyValidator::parseObject(request);
    if (body.problem)
        return *body.problem;
    QList<FieldError> errors;
    for (auto it = body.object.constBegin(); it != body.object.constEnd(); ++it) {
        if (it.key() != QLatin1String("enabled") && it.key() != QLatin1String("confirmed"))
            errors.append({it.key(), tr("unknown field")});
    }
    const QJsonValue enabled = body.object.value(QStringLiteral("enabled"));
    const QJsonValue confirmed = body.object.value(QStringLiteral("confirmed"));
    if (!enabled.isBool())
        errors.append({QStringLiteral("enabled"), tr("is required and must be true or false")});
    if (!confirmed.isUndefined() && !confirmed.isBool())
        errors.append({QStringLiteral("confirmed"), tr("must be true or false")});
    if (!errors.isEmpty())
        return ProblemResponse::validationFailed(errors, request.requestId);
    const QString accountId = auth.caller.account->id;
    if (enabled.toBool() && !confirmed.toBool())
        return ProblemResponse::make(
            400, QStringLiteral("confirmation_required"),
            tr("Turning a write feature on needs the seller's confirmation (\"confirmed\": true)."), request.requestId);
    m_permissions.setEnabled(accountId, feature, enabled.toBool(), m_registry.now());
    if (!m_permissions.save())
        return ProblemResponse::make(500, QStringLiteral("internal_error"),
                                     tr("The sandbox could not save the permission."), request.requestId);
    qCInfo(lcSandbox).noquote() << QStringLiteral("Write feature %1 of %2 is now %3")
                                       .arg(feature, accountId,
                                            enabled.toBool() ? QStringLiteral("on") : QStringLiteral("off"));
    return jsonReply(200, m_permissions.featureJson(accountId, feature));
}

HttpReply PermissionRoutes::changePrice(const HttpRequest& request, const QString& sku)
{
    if (auto tooLarge = JsonBodyValidator::checkSize(request))
        return *tooLarge;
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    static const QList<FieldRule> rules{{QStringLiteral("marketplace_id"), true, 1, 20},
                                        {QStringLiteral("price"), true, 4, 12}};
    const auto body = JsonBodyValidator::validate(request, rules);
    if (body.problem)
        return *body.problem;
    static const QRegularExpression pricePattern(QStringLiteral("^[0-9]{1,9}\\.[0-9]{2}$"));
    const QString price = body.object.value(QStringLiteral("price")).toString();
    if (!pricePattern.match(price).hasMatch())
        return ProblemResponse::validationFailed({{QStringLiteral("price"), tr("must be a decimal like 12.34")}},
                                                 request.requestId);

    // Read-only by default: without the seller's opt-in no write reaches Amazon, connected or not.
    const QString accountId = auth.caller.account->id;
    if (!m_permissions.isEnabled(accountId, QStringLiteral("price_changes")))
        return ProblemResponse::make(403, QStringLiteral("feature_disabled"),
                                     tr("Price changes are off; turn them on in Settings first."), request.requestId);
    const AmazonConnectionRecord* connection = m_connections.connection(accountId);
    if (!connection || connection->status != AmazonConnectionRecord::Status::Connected)
        return ProblemResponse::make(409, QStringLiteral("amazon_not_connected"),
                                     tr("Connect an Amazon seller account first."), request.requestId);
    const QString marketplace = body.object.value(QStringLiteral("marketplace_id")).toString();
    if (!connection->marketplaceIds.contains(marketplace))
        return ProblemResponse::validationFailed(
            {{QStringLiteral("marketplace_id"), tr("is not a marketplace of the connected Amazon account")}},
            request.requestId);
    const Business* business = m_registry.business(accountId);
    bool known = false;
    if (business) {
        for (const ProductRow& product : business->products) {
            if (product.sku == sku) {
                known = true;
                break;
            }
        }
    }
    if (!known)
        return ProblemResponse::make(404, QStringLiteral("not_found"), tr("There is no listing with this SKU."),
                                     request.requestId);
    qCInfo(lcSandbox).noquote() << QStringLiteral("Accepted a price change of %1 for %2").arg(sku, accountId);
    return jsonReply(202, QJsonObject{{QStringLiteral("status"), QStringLiteral("accepted")}});
}

} // namespace sp
