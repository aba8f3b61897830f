#include "AmazonRoutes.h"

#include "AdminToken.h"
#include "HtmlPage.h"
#include "JsonBodyValidator.h"
#include "ProblemResponse.h"
#include "SandboxLog.h"
#include "SellerCentralRoutes.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace sp {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sp::AmazonRoutes", text);
}

HttpReply callbackPage(int status, const QString& heading, const QString& message)
{
    return HtmlPage::make(status, QStringLiteral("SellerPulse"),
                          QStringLiteral("<h1>%1</h1>\n<p id=\"outcome\">%2</p>")
                              .arg(HtmlPage::escape(heading), HtmlPage::escape(message)));
}

} // namespace

AmazonRoutes::AmazonRoutes(RouteServices& services, BusinessRegistry& registry, AmazonConnectionStore& connections,
                           SellerCentralEmulation& amazon, SecretVault& tokens, QByteArray adminToken,
                           std::function<QUrl()> baseUrl)
    : m_services(services)
    , m_registry(registry)
    , m_connections(connections)
    , m_amazon(amazon)
    , m_tokens(tokens)
    , m_adminToken(std::move(adminToken))
    , m_baseUrl(std::move(baseUrl))
{
}

void AmazonRoutes::registerOn(Router& router)
{
    router.add("GET", QStringLiteral("/v1/amazon/connection"),
               [this](const HttpRequest& r, const QStringList&) { return connection(r); });
    router.add("DELETE", QStringLiteral("/v1/amazon/connection"),
               [this](const HttpRequest& r, const QStringList&) { return disconnectRoute(r); });
    router.add("POST", QStringLiteral("/v1/amazon/authorizations"),
               [this](const HttpRequest& r, const QStringList&) { return startAuthorization(r); });
    router.add("GET", QStringLiteral("/v1/amazon/authorizations/{id}"),
               [this](const HttpRequest& r, const QStringList& p) { return authorization(r, p.constFirst()); });
    router.add("GET", QStringLiteral("/v1/amazon/callback"),
               [this](const HttpRequest& r, const QStringList&) { return callback(r); });
    router.add("GET", QStringLiteral("/admin/v1/accounts/{id}/amazon-token"),
               [this](const HttpRequest& r, const QStringList& p) { return tokenStored(r, p.constFirst()); });
    router.add("POST", QStringLiteral("/admin/v1/accounts/{id}/amazon-revoke"),
               [this](const HttpRequest& r, const QStringList& p) { return revokeAtAmazon(r, p.constFirst()); });
}

HttpReply AmazonRoutes::connection(const HttpRequest& request)
{
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    return jsonReply(200, m_connections.toJson(auth.caller.account->id, m_registry.now()));
}

bool AmazonRoutes::disconnect(const QString& accountId, QString* error)
{
    // The token goes first: if the store cannot be rewritten, the connection must not claim it is gone.
    if (!m_tokens.remove(accountId, error))
        return false;
    if (m_connections.revoke(accountId) && !m_connections.save(error))
        return false;
    qCInfo(lcSandbox).noquote() << QStringLiteral("Deleted the Amazon refresh token of %1").arg(accountId);
    return true;
}

HttpReply AmazonRoutes::disconnectRoute(const HttpRequest& request)
{
    if (auto tooLarge = JsonBodyValidator::checkSize(request))
        return *tooLarge;
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    const QString accountId = auth.caller.account->id;
    if (const int wait = m_services.limiter.consume(QStringLiteral("amazon-disconnect:") + accountId))
        return ProblemResponse::rateLimited(wait, request.requestId);
    QString error;
    if (!disconnect(accountId, &error)) {
        qCWarning(lcSandbox).noquote() << error;
        return ProblemResponse::make(500, QStringLiteral("internal_error"),
                                     tr("The Amazon token could not be deleted; try again."), request.requestId);
    }
    return noContent();
}

HttpReply AmazonRoutes::startAuthorization(const HttpRequest& request)
{
    if (auto tooLarge = JsonBodyValidator::checkSize(request))
        return *tooLarge;
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    static const QList<FieldRule> rules{{QStringLiteral("region"), true, 2, 2}};
    const auto body = JsonBodyValidator::validate(request, rules);
    if (body.problem)
        return *body.problem;
    const QString region = body.object.value(QStringLiteral("region")).toString();
    if (region != QLatin1String("eu") && region != QLatin1String("na") && region != QLatin1String("fe"))
        return ProblemResponse::validationFailed({{QStringLiteral("region"), tr("must be eu, na or fe")}},
                                                 request.requestId);
    const QString accountId = auth.caller.account->id;
    if (const int wait = m_services.limiter.consume(QStringLiteral("amazon-authorize:") + accountId))
        return ProblemResponse::rateLimited(wait, request.requestId);

    const qint64 now = m_registry.now();
    const AmazonAuthorizationRecord& record =
        m_connections.startAuthorization(accountId, region, now, kStateLifetimeSeconds);
    QUrl consent = m_baseUrl();
    consent.setPath(SellerCentralRoutes::consentPath());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("application_id"), m_amazon.applicationId());
    query.addQueryItem(QStringLiteral("state"), record.state);
    query.addQueryItem(QStringLiteral("version"), QStringLiteral("beta"));
    consent.setQuery(query);
    QJsonObject answer = AmazonConnectionStore::authorizationJson(record, now);
    answer.remove(QStringLiteral("expires_at"));
    answer.insert(QStringLiteral("consent_url"), QString::fromLatin1(consent.toEncoded()));
    answer.insert(QStringLiteral("state_expires_at"),
                  AmazonConnectionStore::authorizationJson(record, now).value(QStringLiteral("expires_at")));
    HttpReply reply = jsonReply(201, answer);
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return reply;
}

HttpReply AmazonRoutes::authorization(const HttpRequest& request, const QString& id)
{
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    const AmazonAuthorizationRecord* record = m_connections.authorizationById(id);
    // Another account's attempt answers exactly like a missing one.
    if (!record || record->accountId != auth.caller.account->id)
        return ProblemResponse::make(404, QStringLiteral("not_found"), tr("There is no such authorization."),
                                     request.requestId);
    return jsonReply(200, AmazonConnectionStore::authorizationJson(*record, m_registry.now()));
}

HttpReply AmazonRoutes::callback(const HttpRequest& request)
{
    const auto value = [&request](const char* name) {
        return request.query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const qint64 now = m_registry.now();
    // The state is checked before anything else and used up whatever happens next (CSRF protection).
    AmazonAuthorizationRecord* record = m_connections.authorizationByState(value("state"));
    if (!record || record->stateUsed || record->effectiveStatus(now) != AmazonAuthorizationRecord::Status::Pending) {
        if (record && record->status == AmazonAuthorizationRecord::Status::Pending)
            record->status = AmazonAuthorizationRecord::Status::Expired;
        return callbackPage(400, tr("This sign-in link is no longer valid"),
                            tr("It was already used, or more than 15 minutes passed. Start again from SellerPulse."));
    }
    record->stateUsed = true;

    if (request.query.hasQueryItem(QStringLiteral("error"))) {
        record->status = AmazonAuthorizationRecord::Status::Denied;
        return callbackPage(200, tr("Amazon was not connected"),
                            tr("You chose not to authorize SellerPulse. You can return to SellerPulse."));
    }
    const QString partnerId = value("selling_partner_id");
    const SellerCentralEmulation::Exchange exchange = m_amazon.exchangeCode(value("spapi_oauth_code"), now);
    if (exchange.refreshToken.isEmpty() || exchange.sellingPartnerId != partnerId) {
        record->status = AmazonAuthorizationRecord::Status::Expired;
        return callbackPage(400, tr("Amazon could not be connected"),
                            tr("Amazon's authorization code was not accepted (it is valid for 5 minutes). "
                               "Start again from SellerPulse."));
    }

    QString error;
    if (!m_tokens.put(record->accountId, exchange.refreshToken, &error)) {
        qCWarning(lcSandbox).noquote() << error;
        record->status = AmazonAuthorizationRecord::Status::Expired;
        return callbackPage(400, tr("Amazon could not be connected"),
                            tr("SellerPulse could not store the authorization. Start again from SellerPulse."));
    }
    AmazonConnectionRecord connection;
    connection.sellingPartnerId = exchange.sellingPartnerId;
    connection.region = record->region;
    connection.marketplaceIds =
        SellerCentralEmulation::marketplacesOf(m_registry.business(record->accountId), record->region);
    connection.roles = SellerCentralEmulation::grantedRoles();
    connection.connectedAt = now;
    m_connections.setConnection(record->accountId, connection);
    m_connections.save();
    record->status = AmazonAuthorizationRecord::Status::Approved;
    qCInfo(lcSandbox).noquote() << QStringLiteral("Stored an encrypted Amazon refresh token for %1").arg(record->accountId);
    return callbackPage(200, tr("Amazon is connected"), tr("You can return to SellerPulse."));
}

HttpReply AmazonRoutes::tokenStored(const HttpRequest& request, const QString& accountId)
{
    if (auto denied = requireAdminToken(request, m_adminToken))
        return *denied;
    if (!m_services.state.accountById(accountId))
        return ProblemResponse::make(404, QStringLiteral("not_found"), tr("There is no such account."),
                                     request.requestId);
    return jsonReply(200, QJsonObject{{QStringLiteral("stored"), m_tokens.contains(accountId)}});
}

HttpReply AmazonRoutes::revokeAtAmazon(const HttpRequest& request, const QString& accountId)
{
    if (auto denied = requireAdminToken(request, m_adminToken))
        return *denied;
    if (!m_services.state.accountById(accountId))
        return ProblemResponse::make(404, QStringLiteral("not_found"), tr("There is no such account."),
                                     request.requestId);
    QString error;
    if (!disconnect(accountId, &error)) {
        qCWarning(lcSandbox).noquote() << error;
        return ProblemResponse::make(500, QStringLiteral("internal_error"), tr("The Amazon token could not be deleted."),
                                     request.requestId);
    }
    return noContent();
}

} // namespace sp
