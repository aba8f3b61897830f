#include "AccountDeletionRoutes.h"

#include "JsonBodyValidator.h"
#include "ProblemResponse.h"
#include "SandboxLog.h"

#include <QCoreApplication>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::AccountDeletionRoutes", text); }

} // namespace

AccountDeletionRoutes::AccountDeletionRoutes(RouteServices& services, AmazonRoutes& amazon,
                                             AccountExportRoutes& exports)
    : m_services(services)
    , m_amazon(amazon)
    , m_exports(exports)
{}

void AccountDeletionRoutes::registerOn(Router& router)
{
    router.add("POST", QStringLiteral("/v1/account/deletion"),
               [this](const HttpRequest& r, const QStringList&) { return deleteAccount(r); });
    router.add("GET", QStringLiteral("/v1/security-contact"),
               [](const HttpRequest& r, const QStringList&) { return securityContact(r); });
}

HttpReply AccountDeletionRoutes::securityContact(const HttpRequest&)
{
    // From the security page: reports go to this address and are acknowledged within two business days.
    return jsonReply(200,
                     QJsonObject{{QStringLiteral("email"), QStringLiteral("info@getsellerpulse.com")},
                                 {QStringLiteral("page_url"), QStringLiteral("https://getsellerpulse.com/security")},
                                 {QStringLiteral("response_hours"), 48}});
}

HttpReply AccountDeletionRoutes::deleteAccount(const HttpRequest& request)
{
    if (auto tooLarge = JsonBodyValidator::checkSize(request))
        return *tooLarge;
    const QDateTime now = RouteServices::now();
    const auto auth = m_services.guard.authenticate(request, now);
    if (auth.problem)
        return *auth.problem;
    static const QList<FieldRule> rules{{QStringLiteral("password"), true, 1, 128}};
    const auto body = JsonBodyValidator::validate(request, rules);
    if (body.problem)
        return *body.problem;
    AccountRecord& account = *auth.caller.account;
    // Every attempt counts, so the password cannot be guessed through this endpoint.
    if (const int wait = m_services.limiter.consume(QStringLiteral("deletion:") + account.id))
        return ProblemResponse::rateLimited(wait, request.requestId);
    if (!m_services.hasher.verify(body.object.value(QStringLiteral("password")).toString(), account.passwordHash))
        return ProblemResponse::make(403, QStringLiteral("invalid_password"), tr("The password is wrong."),
                                     request.requestId);

    QString error;
    if (!m_amazon.disconnect(account.id, &error)) {
        qCWarning(lcSandbox).noquote() << error;
        return ProblemResponse::make(500, QStringLiteral("internal_error"),
                                     tr("The Amazon token could not be deleted; nothing was changed. Try again."),
                                     request.requestId);
    }
    m_exports.forget(account.id);
    account.deletionScheduledFor = now.addDays(kGraceDays);
    account.tokenVersion += 1; // every access token issued so far stops working
    for (SessionRecord& session : m_services.state.sessions()) {
        if (session.accountId == account.id && session.isActive())
            session.endReason = SessionRecord::EndReason::AccountDeleted;
    }
    if (m_services.state.demoAccountId() == account.id)
        m_services.state.forgetDemoPassword();
    qCInfo(lcSandbox).noquote() << QStringLiteral("Account %1 is scheduled for deletion").arg(account.id);
    return savedOr500(m_services,
                      jsonReply(202, QJsonObject{{QStringLiteral("scheduled_for"),
                                                  account.deletionScheduledFor.toString(Qt::ISODate)}}),
                      request.requestId);
}

} // namespace sp
