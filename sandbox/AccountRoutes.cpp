#include "AccountRoutes.h"

#include "JsonBodyValidator.h"
#include "ProblemResponse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::AccountRoutes", text); }

constexpr int kMinPasswordLength = 10;
constexpr int kMaxPasswordLength = 128;

} // namespace

AccountRoutes::AccountRoutes(RouteServices& services)
    : m_services(services)
{}

void AccountRoutes::registerOn(Router& router)
{
    router.add("GET", QStringLiteral("/v1/account"),
               [this](const HttpRequest& r, const QStringList&) { return account(r); });
    router.add("POST", QStringLiteral("/v1/account/password"),
               [this](const HttpRequest& r, const QStringList&) { return changePassword(r); });
    router.add("GET", QStringLiteral("/v1/sessions"),
               [this](const HttpRequest& r, const QStringList&) { return listSessions(r); });
    router.add("DELETE", QStringLiteral("/v1/sessions/{session_id}"),
               [this](const HttpRequest& r, const QStringList& p) { return revokeSession(r, p.constFirst()); });
}

HttpReply AccountRoutes::account(const HttpRequest& request)
{
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    return jsonReply(200, TokenIssuer::accountJson(*auth.caller.account));
}

HttpReply AccountRoutes::changePassword(const HttpRequest& request)
{
    if (auto tooLarge = JsonBodyValidator::checkSize(request))
        return *tooLarge;
    const QDateTime now = RouteServices::now();
    const auto auth = m_services.guard.authenticate(request, now);
    if (auth.problem)
        return *auth.problem;
    // new_password's length is checked below so that a short one answers weak_password, as the contract says.
    static const QList<FieldRule> rules{
        {QStringLiteral("current_password"), true, 1, kMaxPasswordLength},
        {QStringLiteral("new_password"), true, 0, 4 * kMaxPasswordLength},
    };
    const auto body = JsonBodyValidator::validate(request, rules);
    if (body.problem)
        return *body.problem;

    AccountRecord& account = *auth.caller.account;
    if (const int wait = m_services.limiter.consume(QStringLiteral("password:") + account.id))
        return ProblemResponse::rateLimited(wait, request.requestId);

    const QString current = body.object.value(QStringLiteral("current_password")).toString();
    const QString next = body.object.value(QStringLiteral("new_password")).toString();
    if (!m_services.hasher.verify(current, account.passwordHash))
        return ProblemResponse::make(403, QStringLiteral("invalid_credentials"), tr("The current password is wrong."),
                                     request.requestId);
    if (next.size() < kMinPasswordLength || next.size() > kMaxPasswordLength) {
        return ProblemResponse::make(
            400, QStringLiteral("weak_password"),
            tr("The new password must be %1 to %2 characters long.").arg(kMinPasswordLength).arg(kMaxPasswordLength),
            request.requestId);
    }
    if (next == current)
        return ProblemResponse::make(400, QStringLiteral("weak_password"),
                                     tr("The new password must differ from the current one."), request.requestId);

    const QByteArray newHash = m_services.hasher.hash(next);
    if (newHash.isEmpty())
        return ProblemResponse::make(500, QStringLiteral("internal_error"), tr("The password could not be stored."),
                                     request.requestId);
    const QString clientName = auth.caller.session->clientName;
    account.passwordHash = newHash;
    account.tokenVersion += 1; // every earlier access token now fails the version check
    account.passwordChangedAt = now;
    for (SessionRecord& session : m_services.state.sessions()) {
        if (session.accountId == account.id && session.isActive())
            session.endReason = SessionRecord::EndReason::PasswordChanged;
    }
    if (m_services.state.demoAccountId() == account.id)
        m_services.state.forgetDemoPassword();
    return savedOr500(m_services, m_services.issuer.startSession(account, clientName, now), request.requestId);
}

HttpReply AccountRoutes::listSessions(const HttpRequest& request)
{
    const QDateTime now = RouteServices::now();
    const auto auth = m_services.guard.authenticate(request, now);
    if (auth.problem)
        return *auth.problem;
    // Walk backwards so that sessions started in the same millisecond still come newest first.
    QList<const SessionRecord*> own;
    const QList<SessionRecord>& sessions = m_services.state.sessions();
    for (auto it = sessions.crbegin(); it != sessions.crend(); ++it) {
        if (it->accountId == auth.caller.account->id && it->isActive() && it->currentTokenExpiresAt > now)
            own.append(&*it);
    }
    std::stable_sort(own.begin(), own.end(),
                     [](const SessionRecord* a, const SessionRecord* b) { return a->createdAt > b->createdAt; });
    QJsonArray list;
    for (const SessionRecord* session : own) {
        list.append(QJsonObject{{QStringLiteral("id"), session->id},
                                {QStringLiteral("created_at"), session->createdAt.toString(Qt::ISODate)},
                                {QStringLiteral("last_used_at"), session->lastUsedAt.toString(Qt::ISODate)},
                                {QStringLiteral("current"), session->id == auth.caller.session->id},
                                {QStringLiteral("client_name"), session->clientName}});
    }
    return jsonReply(200, QJsonObject{{QStringLiteral("sessions"), list}});
}

HttpReply AccountRoutes::revokeSession(const HttpRequest& request, const QString& sessionId)
{
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    const QString accountId = auth.caller.account->id;
    if (const int wait = m_services.limiter.consume(QStringLiteral("session-revoke:") + accountId))
        return ProblemResponse::rateLimited(wait, request.requestId);

    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    SessionRecord* session = idPattern.match(sessionId).hasMatch() ? m_services.state.sessionById(sessionId) : nullptr;
    // Another account's session answers exactly like a missing one, so ids cannot be probed.
    if (!session || session->accountId != accountId || !session->isActive())
        return ProblemResponse::make(404, QStringLiteral("not_found"), tr("There is no such session."),
                                     request.requestId);
    session->endReason = SessionRecord::EndReason::Revoked;
    return savedOr500(m_services, noContent(), request.requestId);
}

} // namespace sp
