#include "AmazonRoutes.h"

#include "AdminToken.h"
#include "AmazonConsentProof.h"
#include "CivilTime.h"
#include "HtmlPage.h"
#include "JsonBodyValidator.h"
#include "ProblemResponse.h"
#include "SandboxLog.h"
#include "SellerCentralRoutes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

namespace sp {

namespace {

using Status = AmazonAuthorizationRecord::Status;

constexpr int kSweepIntervalMs = 1000; // while a token is held: expiry is seen within a second, clock advances too

QString tr(const char* text) { return QCoreApplication::translate("sp::AmazonRoutes", text); }

HttpReply callbackPage(int status, const QString& heading, const QString& message)
{
    return HtmlPage::make(status, QStringLiteral("SellerPulse"),
                          QStringLiteral("<h1>%1</h1>\n<p id=\"outcome\">%2</p>")
                              .arg(HtmlPage::escape(heading), HtmlPage::escape(message)));
}

HttpReply notFound(const HttpRequest& request)
{
    return ProblemResponse::make(404, QStringLiteral("not_found"), tr("There is no such authorization."),
                                 request.requestId);
}

QString timeText(qint64 unixSeconds)
{
    QByteArray text;
    CivilTime::appendRfc3339(&text, unixSeconds);
    return QString::fromLatin1(text);
}

// The start's body: region, the PKCE challenge (S256 only) and the app's loopback port. Field errors, or none.
QList<FieldError> checkStartBody(const QJsonObject& body)
{
    static const QStringList known{QStringLiteral("region"), QStringLiteral("code_challenge"),
                                   QStringLiteral("code_challenge_method"), QStringLiteral("redirect_port")};
    QList<FieldError> errors;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!known.contains(it.key()))
            errors.append({it.key(), tr("unknown field")});
    }
    for (const QString& name : known) {
        if (!body.contains(name))
            errors.append({name, tr("is required")});
    }
    const QJsonValue region = body.value(QStringLiteral("region"));
    if (!region.isUndefined() && region.toString() != QLatin1String("eu") && region.toString() != QLatin1String("na")
        && region.toString() != QLatin1String("fe"))
        errors.append({QStringLiteral("region"), tr("must be eu, na or fe")});
    const QJsonValue challenge = body.value(QStringLiteral("code_challenge"));
    if (!challenge.isUndefined() && (!challenge.isString() || !AmazonConsentProof::isBase64Url43(challenge.toString())))
        errors.append({QStringLiteral("code_challenge"),
                       tr("must be base64url(SHA-256(code_verifier)) without padding: 43 characters")});
    const QJsonValue method = body.value(QStringLiteral("code_challenge_method"));
    if (!method.isUndefined() && method.toString() != QLatin1String("S256"))
        errors.append({QStringLiteral("code_challenge_method"), tr("must be S256")});
    const QJsonValue port = body.value(QStringLiteral("redirect_port"));
    const double portNumber = port.toDouble(-1);
    if (!port.isUndefined()
        && (!port.isDouble() || portNumber != static_cast<double>(static_cast<int>(portNumber)) || portNumber < 1024
            || portNumber > 65535))
        errors.append({QStringLiteral("redirect_port"), tr("must be a whole number from 1024 to 65535")});
    return errors;
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
    m_sweepTimer.setInterval(kSweepIntervalMs);
    QObject::connect(&m_sweepTimer, &QTimer::timeout, &m_sweepTimer, [this] { sweep(); });
    // Attempts live in memory only: tokens held before a restart belong to attempts nobody can confirm now.
    sweep();
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
    router.add("DELETE", QStringLiteral("/v1/amazon/authorizations/{id}"),
               [this](const HttpRequest& r, const QStringList& p) { return cancelAuthorization(r, p.constFirst()); });
    router.add("POST", QStringLiteral("/v1/amazon/authorizations/{id}/confirm"),
               [this](const HttpRequest& r, const QStringList& p) { return confirmAuthorization(r, p.constFirst()); });
    router.add("GET", QStringLiteral("/v1/amazon/callback"),
               [this](const HttpRequest& r, const QStringList&) { return callback(r); });
    router.add("GET", QStringLiteral("/admin/v1/accounts/{id}/amazon-token"),
               [this](const HttpRequest& r, const QStringList& p) { return tokenStored(r, p.constFirst()); });
    router.add("GET", QStringLiteral("/admin/v1/accounts/{id}/amazon-authorizations"),
               [this](const HttpRequest& r, const QStringList& p) { return heldTokens(r, p.constFirst()); });
    router.add("POST", QStringLiteral("/admin/v1/accounts/{id}/amazon-revoke"),
               [this](const HttpRequest& r, const QStringList& p) { return revokeAtAmazon(r, p.constFirst()); });
}

bool AmazonRoutes::endAuthorization(AmazonAuthorizationRecord& record, Status status, QString* error)
{
    record.status = status;
    record.handleHash.clear();
    if (!m_tokens.remove(heldTokenId(record.id), error)) {
        record.tokenHeld = m_tokens.contains(heldTokenId(record.id));
        return false;
    }
    if (record.tokenHeld)
        qCInfo(lcSandbox).noquote() << QStringLiteral("Deleted the Amazon token held for %1").arg(record.id);
    record.tokenHeld = false;
    return true;
}

void AmazonRoutes::sweep()
{
    const qint64 now = m_registry.now();
    QStringList holding;
    for (AmazonAuthorizationRecord* record : m_connections.authorizations()) {
        const bool open = record->status == Status::Pending || record->status == Status::AwaitingConfirmation;
        QString error;
        if (open && !record->isOpen(now)) {
            if (!endAuthorization(*record, Status::Expired, &error))
                qCWarning(lcSandbox).noquote() << error;
        } else if (!open && record->tokenHeld && !endAuthorization(*record, record->status, &error)) {
            qCWarning(lcSandbox).noquote() << error;
        }
        if (record->tokenHeld)
            holding.append(heldTokenId(record->id));
    }
    for (const QString& id : m_tokens.ids()) {
        QString error;
        if (id.startsWith(heldTokenId(QString())) && !holding.contains(id) && !m_tokens.remove(id, &error))
            qCWarning(lcSandbox).noquote() << error;
    }
    scheduleSweep();
}

void AmazonRoutes::scheduleSweep()
{
    bool anyHeld = false;
    for (const AmazonAuthorizationRecord* record : m_connections.authorizations())
        anyHeld = anyHeld || record->tokenHeld;
    if (anyHeld && !m_sweepTimer.isActive())
        m_sweepTimer.start();
    else if (!anyHeld)
        m_sweepTimer.stop();
}

AmazonAuthorizationRecord* AmazonRoutes::ownAuthorization(const QString& accountId, const QString& id)
{
    AmazonAuthorizationRecord* record = m_connections.authorizationById(id);
    // Another account's attempt answers exactly like a missing one.
    return record && record->accountId == accountId ? record : nullptr;
}

HttpReply AmazonRoutes::connection(const HttpRequest& request)
{
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    sweep();
    return jsonReply(200, m_connections.toJson(auth.caller.account->id, m_registry.now()));
}

bool AmazonRoutes::disconnect(const QString& accountId, QString* error)
{
    // The token goes first: if the store cannot be rewritten, the connection must not claim it is gone.
    if (!m_tokens.remove(accountId, error))
        return false;
    const qint64 now = m_registry.now();
    for (AmazonAuthorizationRecord* record : m_connections.authorizations(accountId)) {
        if ((record->isOpen(now) || record->tokenHeld) && !endAuthorization(*record, Status::Expired, error))
            return false;
    }
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
    const auto body = JsonBodyValidator::parseObject(request);
    if (body.problem)
        return *body.problem;
    const QList<FieldError> errors = checkStartBody(body.object);
    if (!errors.isEmpty())
        return ProblemResponse::validationFailed(errors, request.requestId);
    const QString accountId = auth.caller.account->id;
    if (const int wait = m_services.limiter.consume(QStringLiteral("amazon-authorize:") + accountId))
        return ProblemResponse::rateLimited(wait, request.requestId);

    sweep();
    const qint64 now = m_registry.now();
    // A new attempt ends the account's earlier ones, and the tokens they hold.
    for (AmazonAuthorizationRecord* earlier : m_connections.authorizations(accountId)) {
        QString error;
        if ((earlier->isOpen(now) || earlier->tokenHeld) && !endAuthorization(*earlier, Status::Expired, &error))
            qCWarning(lcSandbox).noquote() << error; // the sweep tries again; the attempt is ended either way
    }
    AmazonAuthorizationRecord& record = m_connections.startAuthorization(
        accountId, body.object.value(QStringLiteral("region")).toString(), now, kStateLifetimeSeconds);
    record.codeChallenge = body.object.value(QStringLiteral("code_challenge")).toString().toLatin1();
    record.redirectPort = body.object.value(QStringLiteral("redirect_port")).toInt();
    QUrl consent = m_baseUrl();
    consent.setPath(SellerCentralRoutes::consentPath());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("application_id"), m_amazon.applicationId());
    query.addQueryItem(QStringLiteral("state"), record.state);
    query.addQueryItem(QStringLiteral("version"), QStringLiteral("beta"));
    consent.setQuery(query);
    const QJsonObject json = AmazonConnectionStore::authorizationJson(record, now);
    const QJsonObject answer{{QStringLiteral("id"), json.value(QStringLiteral("id"))},
                             {QStringLiteral("status"), json.value(QStringLiteral("status"))},
                             {QStringLiteral("consent_url"), QString::fromLatin1(consent.toEncoded())},
                             {QStringLiteral("state_expires_at"), json.value(QStringLiteral("expires_at"))}};
    HttpReply reply = jsonReply(201, answer);
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return reply;
}

HttpReply AmazonRoutes::authorization(const HttpRequest& request, const QString& id)
{
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    sweep();
    const AmazonAuthorizationRecord* record = ownAuthorization(auth.caller.account->id, id);
    if (!record)
        return notFound(request);
    return jsonReply(200, AmazonConnectionStore::authorizationJson(*record, m_registry.now()));
}

HttpReply AmazonRoutes::cancelAuthorization(const HttpRequest& request, const QString& id)
{
    if (auto tooLarge = JsonBodyValidator::checkSize(request))
        return *tooLarge;
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    sweep();
    AmazonAuthorizationRecord* record = ownAuthorization(auth.caller.account->id, id);
    if (!record)
        return notFound(request);
    QString error;
    if ((record->isOpen(m_registry.now()) || record->tokenHeld)
        && !endAuthorization(*record, Status::Expired, &error)) {
        qCWarning(lcSandbox).noquote() << error;
        return ProblemResponse::make(500, QStringLiteral("internal_error"),
                                     tr("The held Amazon token could not be deleted; try again."), request.requestId);
    }
    return noContent();
}

HttpReply AmazonRoutes::confirmAuthorization(const HttpRequest& request, const QString& id)
{
    if (auto tooLarge = JsonBodyValidator::checkSize(request))
        return *tooLarge;
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    static const QList<FieldRule> rules{{QStringLiteral("handle"), true, 43, 43},
                                        {QStringLiteral("code_verifier"), true, 43, 128}};
    const auto body = JsonBodyValidator::validate(request, rules);
    if (body.problem)
        return *body.problem;
    const QString handle = body.object.value(QStringLiteral("handle")).toString();
    const QString verifier = body.object.value(QStringLiteral("code_verifier")).toString();
    QList<FieldError> errors;
    if (!AmazonConsentProof::isBase64Url43(handle))
        errors.append({QStringLiteral("handle"), tr("must be 43 characters of base64url")});
    if (!AmazonConsentProof::isCodeVerifier(verifier))
        errors.append({QStringLiteral("code_verifier"), tr("must be 43 to 128 of A-Z, a-z, 0-9, '.', '_', '~', '-'")});
    if (!errors.isEmpty())
        return ProblemResponse::validationFailed(errors, request.requestId);
    const QString accountId = auth.caller.account->id;
    if (const int wait = m_services.limiter.consume(QStringLiteral("amazon-confirm:") + accountId))
        return ProblemResponse::rateLimited(wait, request.requestId);

    sweep();
    AmazonAuthorizationRecord* record = ownAuthorization(accountId, id);
    if (!record)
        return notFound(request);
    const qint64 now = m_registry.now();
    const bool awaiting = record->status == Status::AwaitingConfirmation;
    const bool proven = awaiting && now < record->stateExpiresAt
                        && AmazonConsentProof::verifies(record->handleHash, record->codeChallenge, handle.toLatin1(),
                                                        verifier.toLatin1());
    QString error;
    if (!proven) {
        // One try only: whoever holds a forwarded handle cannot go on guessing the verifier.
        if (awaiting && !endAuthorization(*record, Status::Expired, &error))
            qCWarning(lcSandbox).noquote() << error;
        if (awaiting)
            qCWarning(lcSandbox).noquote()
                << QStringLiteral("A confirm of %1 failed the handle or verifier check; it is ended").arg(record->id);
        return ProblemResponse::make(409, QStringLiteral("authorization_not_confirmable"),
                                     tr("This Amazon authorization cannot be confirmed (it was already used, "
                                        "expired, or was not approved on this computer). Start again."),
                                     request.requestId);
    }

    // Proven: the held token becomes the account's connection (replacing any earlier one).
    const std::optional<QByteArray> token = m_tokens.get(heldTokenId(record->id), &error);
    if (!token || !m_tokens.put(accountId, *token, &error)) {
        qCWarning(lcSandbox).noquote() << error;
        QString ignored;
        endAuthorization(*record, Status::Expired, &ignored);
        return ProblemResponse::make(500, QStringLiteral("internal_error"),
                                     tr("SellerPulse could not store the Amazon authorization. Start again."),
                                     request.requestId);
    }
    AmazonConnectionRecord connection;
    connection.sellingPartnerId = record->sellingPartnerId;
    connection.region = record->region;
    connection.marketplaceIds = record->marketplaceIds;
    connection.roles = SellerCentralEmulation::grantedRoles();
    connection.connectedAt = now;
    m_connections.setConnection(accountId, connection);
    if (!m_connections.save(&error))
        qCWarning(lcSandbox).noquote() << error;
    if (!endAuthorization(*record, Status::Approved, &error))
        qCWarning(lcSandbox).noquote() << error; // the sweep deletes the held copy later
    qCInfo(lcSandbox).noquote()
        << QStringLiteral("Stored an encrypted Amazon refresh token for %1 (confirmed %2)").arg(accountId, record->id);
    HttpReply reply = jsonReply(200, m_connections.toJson(accountId, now));
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return reply;
}

HttpReply AmazonRoutes::redirectToApp(const AmazonAuthorizationRecord& record,
                                      const QList<QPair<QString, QString>>& items)
{
    // RFC 8252 7.3: the app's listener on IPv4 loopback, the port it sent at the start.
    QUrl target;
    target.setScheme(QStringLiteral("http"));
    target.setHost(QStringLiteral("127.0.0.1"));
    target.setPort(record.redirectPort);
    target.setPath(QStringLiteral("/sellerpulse/amazon-consent"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("authorization_id"), record.id);
    for (const auto& item : items)
        query.addQueryItem(item.first, item.second);
    target.setQuery(query);
    HttpReply reply;
    reply.status = 302;
    reply.setHeader(QByteArrayLiteral("Location"), target.toEncoded());
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    // The callback's URL carries the state and Amazon's code: never as a Referer to the next page.
    reply.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    return reply;
}

HttpReply AmazonRoutes::callback(const HttpRequest& request)
{
    const auto value = [&request](const char* name) {
        return request.query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    sweep();
    const qint64 now = m_registry.now();
    // The state is checked before anything else and used up whatever happens next (CSRF protection).
    AmazonAuthorizationRecord* record = m_connections.authorizationByState(value("state"));
    if (!record || record->stateUsed || record->effectiveStatus(now) != Status::Pending) {
        if (record && record->status == Status::Pending)
            record->status = Status::Expired;
        return callbackPage(400, tr("This sign-in link is no longer valid"),
                            tr("It was already used, or more than 15 minutes passed. Start again from SellerPulse."));
    }
    record->stateUsed = true;

    if (request.query.hasQueryItem(QStringLiteral("error"))) {
        record->status = Status::Denied;
        return redirectToApp(*record, {{QStringLiteral("error"), QStringLiteral("access_denied")}});
    }
    const QString partnerId = value("selling_partner_id");
    const SellerCentralEmulation::Exchange exchange = m_amazon.exchangeCode(value("spapi_oauth_code"), now);
    if (exchange.refreshToken.isEmpty() || exchange.sellingPartnerId != partnerId) {
        record->status = Status::Expired;
        return callbackPage(400, tr("Amazon could not be connected"),
                            tr("Amazon's authorization code was not accepted (it is valid for 5 minutes). "
                               "Start again from SellerPulse."));
    }

    // Nothing is connected yet: the token is held, encrypted, for this attempt until the app that started it
    // proves itself with the handle (sent only to its loopback) and its PKCE verifier.
    const QByteArray handle = AmazonConsentProof::newHandle();
    QString error;
    if (handle.isEmpty() || !m_tokens.put(heldTokenId(record->id), exchange.refreshToken, &error)) {
        qCWarning(lcSandbox).noquote() << (handle.isEmpty() ? QStringLiteral("Cannot generate a handle.") : error);
        record->status = Status::Expired;
        return callbackPage(400, tr("Amazon could not be connected"),
                            tr("SellerPulse could not store the authorization. Start again from SellerPulse."));
    }
    record->tokenHeld = true;
    record->handleHash = AmazonConsentProof::handleHash(handle);
    record->sellingPartnerId = exchange.sellingPartnerId;
    record->marketplaceIds =
        SellerCentralEmulation::marketplacesOf(m_registry.business(record->accountId), record->region);
    record->status = Status::AwaitingConfirmation;
    scheduleSweep();
    qCInfo(lcSandbox).noquote()
        << QStringLiteral("Holding an encrypted Amazon refresh token for %1 until the app confirms").arg(record->id);
    return redirectToApp(*record, {{QStringLiteral("handle"), QString::fromLatin1(handle)}});
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

HttpReply AmazonRoutes::heldTokens(const HttpRequest& request, const QString& accountId)
{
    if (auto denied = requireAdminToken(request, m_adminToken))
        return *denied;
    if (!m_services.state.accountById(accountId))
        return ProblemResponse::make(404, QStringLiteral("not_found"), tr("There is no such account."),
                                     request.requestId);
    // No sweep here: the view shows what the vault holds, so tests see the server's own sweep at work.
    const qint64 now = m_registry.now();
    QJsonArray list;
    for (const AmazonAuthorizationRecord* record : m_connections.authorizations(accountId)) {
        list.append(
            QJsonObject{{QStringLiteral("id"), record->id},
                        {QStringLiteral("status"), AmazonConnectionStore::statusName(record->effectiveStatus(now))},
                        {QStringLiteral("token_held"), m_tokens.contains(heldTokenId(record->id))},
                        {QStringLiteral("expires_at"), timeText(record->stateExpiresAt)}});
    }
    return jsonReply(200, QJsonObject{{QStringLiteral("authorizations"), list}});
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
        return ProblemResponse::make(500, QStringLiteral("internal_error"),
                                     tr("The Amazon token could not be deleted."), request.requestId);
    }
    return noContent();
}

} // namespace sp
