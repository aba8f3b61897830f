#include "AuthRoutes.h"

#include "CryptoPrimitives.h"
#include "JsonBodyValidator.h"
#include "ProblemResponse.h"

#include <QCoreApplication>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::AuthRoutes", text); }

const QList<FieldRule>& refreshRules()
{
    static const QList<FieldRule> rules{{QStringLiteral("refresh_token"), true, 1, 512}};
    return rules;
}

HttpReply sessionEnded(const QString& code, const QString& detail, const QString& requestId)
{
    return ProblemResponse::make(401, code, detail, requestId);
}

} // namespace

AuthRoutes::AuthRoutes(RouteServices& services)
    : m_services(services)
{}

void AuthRoutes::registerOn(Router& router)
{
    router.add("POST", QStringLiteral("/v1/auth/login"),
               [this](const HttpRequest& r, const QStringList&) { return login(r); });
    router.add("POST", QStringLiteral("/v1/auth/refresh"),
               [this](const HttpRequest& r, const QStringList&) { return refresh(r); });
    router.add("POST", QStringLiteral("/v1/auth/logout"),
               [this](const HttpRequest& r, const QStringList&) { return logout(r); });
    router.add("POST", QStringLiteral("/v1/auth/logout-all"),
               [this](const HttpRequest& r, const QStringList&) { return logoutAll(r); });
}

HttpReply AuthRoutes::login(const HttpRequest& request)
{
    static const QList<FieldRule> rules{
        {QStringLiteral("email"), true, 3, 254, FieldRule::Kind::Email},
        {QStringLiteral("password"), true, 1, 128},
        {QStringLiteral("client_name"), false, 0, 100},
    };
    const auto body = JsonBodyValidator::validate(request, rules);
    if (body.problem)
        return *body.problem;

    const QString email = body.object.value(QStringLiteral("email")).toString().toLower();
    const AccountRecord* account = m_services.state.accountByEmail(email);
    // Only failures count, so a user who signs in fine is never locked out. They count per account (per email
    // when there is none), however many addresses a guesser spreads them over, and per client address, however
    // many accounts one address tries.
    const QString accountKey =
        account ? QStringLiteral("login-account:") + account->id : QStringLiteral("login-email:") + email;
    const QString addressKey = QStringLiteral("login-address:") + request.peerAddress.toString();
    const int wait = qMax(m_services.limiter.retryAfter(accountKey), m_services.limiter.retryAfter(addressKey));
    if (wait > 0)
        return ProblemResponse::rateLimited(wait, request.requestId);

    // Unknown emails are checked against a decoy hash so both failures take the same time and answer.
    const bool passwordOk = m_services.hasher.verify(body.object.value(QStringLiteral("password")).toString(),
                                                     account ? account->passwordHash : m_services.hasher.decoyHash());
    if (!account || !passwordOk) {
        m_services.limiter.record(accountKey);
        m_services.limiter.record(addressKey);
        return ProblemResponse::make(401, QStringLiteral("invalid_credentials"), tr("The email or password is wrong."),
                                     request.requestId);
    }

    // Only after the right password: a deleted account is not revealed to someone guessing.
    if (account->deletionScheduledFor.isValid())
        return ProblemResponse::make(403, QStringLiteral("account_deleted"),
                                     tr("This account is scheduled for deletion; it cannot be used any more."),
                                     request.requestId);

    QString clientName = body.object.value(QStringLiteral("client_name")).toString().trimmed();
    if (clientName.isEmpty())
        clientName = tr("Unnamed client");
    const QDateTime now = RouteServices::now();
    m_services.state.pruneSessions(now);
    return savedOr500(m_services, m_services.issuer.startSession(*account, clientName, now), request.requestId);
}

HttpReply AuthRoutes::refresh(const HttpRequest& request)
{
    const auto body = JsonBodyValidator::validate(request, refreshRules());
    if (body.problem)
        return *body.problem;

    const QByteArray presented = body.object.value(QStringLiteral("refresh_token")).toString().toUtf8();
    const QByteArray hash = CryptoPrimitives::sha256(presented);
    bool usedBefore = false;
    SessionRecord* session = m_services.state.sessionByTokenHash(hash, &usedBefore);
    // Every attempt counts: per family when the token is known, else per client address (token guessing).
    const QString key = session ? QStringLiteral("refresh:") + session->id
                                : QStringLiteral("refresh-address:") + request.peerAddress.toString();
    if (const int wait = m_services.limiter.consume(key))
        return ProblemResponse::rateLimited(wait, request.requestId);

    const QDateTime now = RouteServices::now();
    AccountRecord* account = session ? m_services.state.accountById(session->accountId) : nullptr;
    if (!session || !account)
        return sessionEnded(QStringLiteral("refresh_token_invalid"),
                            tr("The refresh token is not valid; sign in again."), request.requestId);
    if (session->endReason == SessionRecord::EndReason::AccountDeleted || account->deletionScheduledFor.isValid())
        return sessionEnded(QStringLiteral("account_deleted"),
                            tr("This account is scheduled for deletion; it cannot be used any more."),
                            request.requestId);
    if (session->endReason == SessionRecord::EndReason::PasswordChanged)
        return sessionEnded(QStringLiteral("password_changed"), tr("The password was changed; sign in again."),
                            request.requestId);
    if (!session->isActive())
        return sessionEnded(QStringLiteral("session_revoked"), tr("This session was ended; sign in again."),
                            request.requestId);
    if (usedBefore) {
        // The token just rotated came back once within the grace window: the client lost the answer
        // (crashed before storing it); it gets the same pair again instead of a false alarm.
        if (auto replay = m_services.issuer.replayRotation(*session, *account, presented, now))
            return savedOr500(m_services, *replay, request.requestId);
        // A used token came back: someone holds a copy. End the whole family, the thief's tokens included.
        session->endReason = SessionRecord::EndReason::Reused;
        return savedOr500(m_services,
                          sessionEnded(QStringLiteral("refresh_token_reused"),
                                       tr("This refresh token was already used; the session was ended for safety."),
                                       request.requestId),
                          request.requestId);
    }
    if (session->currentTokenExpiresAt <= now)
        return sessionEnded(QStringLiteral("refresh_token_invalid"),
                            tr("The refresh token has expired; sign in again."), request.requestId);
    return savedOr500(m_services, m_services.issuer.rotate(*session, *account, presented, now), request.requestId);
}

HttpReply AuthRoutes::logout(const HttpRequest& request)
{
    const auto body = JsonBodyValidator::validate(request, refreshRules());
    if (body.problem)
        return *body.problem;
    const QByteArray hash =
        CryptoPrimitives::sha256(body.object.value(QStringLiteral("refresh_token")).toString().toUtf8());
    bool usedBefore = false;
    SessionRecord* session = m_services.state.sessionByTokenHash(hash, &usedBefore);
    // Unknown, used or already ended tokens answer 204 as well: sign-out is idempotent.
    if (!session || usedBefore || !session->isActive())
        return noContent();
    session->endReason = SessionRecord::EndReason::SignedOut;
    return savedOr500(m_services, noContent(), request.requestId);
}

HttpReply AuthRoutes::logoutAll(const HttpRequest& request)
{
    if (auto tooLarge = JsonBodyValidator::checkSize(request))
        return *tooLarge;
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    const QString accountId = auth.caller.account->id;
    if (const int wait = m_services.limiter.consume(QStringLiteral("logout-all:") + accountId))
        return ProblemResponse::rateLimited(wait, request.requestId);
    for (SessionRecord& session : m_services.state.sessions()) {
        if (session.accountId == accountId && session.isActive())
            session.endReason = SessionRecord::EndReason::Revoked;
    }
    return savedOr500(m_services, noContent(), request.requestId);
}

} // namespace sp
