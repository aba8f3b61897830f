#include "AccessGuard.h"

#include "ProblemResponse.h"

#include <QCoreApplication>

namespace sp {

namespace {

HttpReply unauthorized(const QString& code, const char* detail, const QString& requestId)
{
    HttpReply reply =
        ProblemResponse::make(401, code, QCoreApplication::translate("sp::AccessGuard", detail), requestId);
    reply.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
    return reply;
}

} // namespace

AccessGuard::AccessGuard(StateStore& state, const JwtSigner& signer)
    : m_state(state)
    , m_signer(signer)
{}

AccessGuard::Result AccessGuard::authenticate(const HttpRequest& request, const QDateTime& now) const
{
    Result result;
    const QByteArray header = request.header(QByteArrayLiteral("Authorization"));
    const QByteArray scheme = QByteArrayLiteral("Bearer ");
    if (header.size() <= scheme.size() || header.left(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0) {
        result.problem = unauthorized(QStringLiteral("unauthorized"),
                                      "Sign in first: a bearer access token is required.", request.requestId);
        return result;
    }

    AccessClaims claims;
    switch (m_signer.verify(header.mid(scheme.size()).trimmed(), now.toSecsSinceEpoch(), &claims)) {
    case JwtSigner::Check::Malformed:
        result.problem =
            unauthorized(QStringLiteral("unauthorized"), "The access token is not valid.", request.requestId);
        return result;
    case JwtSigner::Check::Expired:
        result.problem = unauthorized(QStringLiteral("token_expired"), "The access token has expired; refresh it.",
                                      request.requestId);
        return result;
    case JwtSigner::Check::Valid:
        break;
    }

    AccountRecord* account = m_state.accountById(claims.subject);
    SessionRecord* session = m_state.sessionById(claims.sessionId);
    if (!account || !session || session->accountId != account->id) {
        result.problem =
            unauthorized(QStringLiteral("unauthorized"), "The access token is not valid.", request.requestId);
        return result;
    }
    if (account->deletionScheduledFor.isValid()) {
        result.problem =
            unauthorized(QStringLiteral("account_deleted"),
                         "This account is scheduled for deletion; it cannot be used any more.", request.requestId);
        return result;
    }
    if (claims.version < account->tokenVersion || session->endReason == SessionRecord::EndReason::PasswordChanged) {
        result.problem = unauthorized(QStringLiteral("password_changed"), "The password was changed; sign in again.",
                                      request.requestId);
        return result;
    }
    if (!session->isActive()) {
        result.problem = unauthorized(QStringLiteral("session_revoked"), "This session was ended; sign in again.",
                                      request.requestId);
        return result;
    }
    result.caller = {account, session};
    return result;
}

} // namespace sp
