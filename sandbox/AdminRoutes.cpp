#include "AdminRoutes.h"

#include "CryptoPrimitives.h"
#include "JsonBodyValidator.h"
#include "ProblemResponse.h"

#include <QCoreApplication>

namespace sp {

AdminRoutes::AdminRoutes(RouteServices& services, QByteArray adminToken)
    : m_services(services)
    , m_adminToken(std::move(adminToken))
{
}

void AdminRoutes::registerOn(Router& router)
{
    router.add("POST", QStringLiteral("/admin/v1/accounts"),
               [this](const HttpRequest& r, const QStringList&) { return createAccount(r); });
}

AccountRecord AdminRoutes::makeAccount(const PasswordHasher& hasher, const QString& email, const QString& password,
                                       const QString& displayName, const QDateTime& now)
{
    AccountRecord account;
    account.id = QStringLiteral("acc_") + QString::fromLatin1(CryptoPrimitives::randomToken(12));
    account.email = email.toLower();
    account.displayName = displayName;
    account.passwordHash = hasher.hash(password);
    account.createdAt = now;
    return account;
}

HttpReply AdminRoutes::createAccount(const HttpRequest& request)
{
    if (auto tooLarge = JsonBodyValidator::checkSize(request))
        return *tooLarge;
    const QByteArray presented = request.header(QByteArrayLiteral("X-Sandbox-Admin-Token"));
    if (presented.isEmpty() || !CryptoPrimitives::constantTimeEquals(presented, m_adminToken))
        return ProblemResponse::make(401, QStringLiteral("unauthorized"),
                                     QCoreApplication::translate("sp::AdminRoutes", "The admin token is missing or wrong."),
                                     request.requestId);
    static const QList<FieldRule> rules{
        {QStringLiteral("email"), true, 3, 254, FieldRule::Kind::Email},
        {QStringLiteral("password"), true, 10, 128},
        {QStringLiteral("display_name"), false, 0, 100},
    };
    const auto body = JsonBodyValidator::validate(request, rules);
    if (body.problem)
        return *body.problem;
    const QString email = body.object.value(QStringLiteral("email")).toString();
    if (m_services.state.accountByEmail(email))
        return ProblemResponse::make(409, QStringLiteral("account_exists"),
                                     QCoreApplication::translate("sp::AdminRoutes", "An account with this email exists."),
                                     request.requestId);
    const AccountRecord account =
        makeAccount(m_services.hasher, email, body.object.value(QStringLiteral("password")).toString(),
                    body.object.value(QStringLiteral("display_name")).toString(), RouteServices::now());
    if (account.passwordHash.isEmpty())
        return ProblemResponse::make(500, QStringLiteral("internal_error"),
                                     QCoreApplication::translate("sp::AdminRoutes", "The password could not be stored."),
                                     request.requestId);
    m_services.state.accounts().append(account);
    return savedOr500(m_services, jsonReply(201, TokenIssuer::accountJson(account)), request.requestId);
}

} // namespace sp
