#include "AdminRoutes.h"

#include "CivilTime.h"
#include "CryptoPrimitives.h"
#include "JsonBodyValidator.h"
#include "ProblemResponse.h"

#include <QCoreApplication>

namespace sp {

AdminRoutes::AdminRoutes(RouteServices& services, QByteArray adminToken, FaultInjector& faults,
                         BusinessRegistry& registry)
    : m_services(services)
    , m_adminToken(std::move(adminToken))
    , m_faults(faults)
    , m_registry(registry)
{}

std::optional<HttpReply> AdminRoutes::checkAdmin(const HttpRequest& request) const
{
    const QByteArray presented = request.header(QByteArrayLiteral("X-Sandbox-Admin-Token"));
    if (presented.isEmpty() || !CryptoPrimitives::constantTimeEquals(presented, m_adminToken))
        return ProblemResponse::make(
            401, QStringLiteral("unauthorized"),
            QCoreApplication::translate("sp::AdminRoutes", "The admin token is missing or wrong."), request.requestId);
    return std::nullopt;
}

void AdminRoutes::registerOn(Router& router)
{
    router.add("POST", QStringLiteral("/admin/v1/accounts"),
               [this](const HttpRequest& r, const QStringList&) { return createAccount(r); });
    router.add("PUT", QStringLiteral("/admin/v1/faults"),
               [this](const HttpRequest& r, const QStringList&) { return setFaults(r); });
    router.add("DELETE", QStringLiteral("/admin/v1/faults"),
               [this](const HttpRequest& r, const QStringList&) { return clearFaults(r); });
    router.add("POST", QStringLiteral("/admin/v1/clock/advance"),
               [this](const HttpRequest& r, const QStringList&) { return advanceClock(r); });
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
    if (auto denied = checkAdmin(request))
        return *denied;
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
        return ProblemResponse::make(
            409, QStringLiteral("account_exists"),
            QCoreApplication::translate("sp::AdminRoutes", "An account with this email exists."), request.requestId);
    const AccountRecord account =
        makeAccount(m_services.hasher, email, body.object.value(QStringLiteral("password")).toString(),
                    body.object.value(QStringLiteral("display_name")).toString(), RouteServices::now());
    if (account.passwordHash.isEmpty())
        return ProblemResponse::make(
            500, QStringLiteral("internal_error"),
            QCoreApplication::translate("sp::AdminRoutes", "The password could not be stored."), request.requestId);
    const int index = static_cast<int>(m_services.state.accounts().size());
    m_services.state.accounts().append(account);
    m_registry.addAccount(account.id, index, account.createdAt.toSecsSinceEpoch(), m_services.state.clockOperations());
    return savedOr500(m_services, jsonReply(201, TokenIssuer::accountJson(account)), request.requestId);
}

HttpReply AdminRoutes::setFaults(const HttpRequest& request)
{
    if (auto denied = checkAdmin(request))
        return *denied;
    const auto body = JsonBodyValidator::parseObject(request);
    if (body.problem)
        return *body.problem;
    QList<FieldError> errors;
    const auto plan = FaultInjector::parse(body.object, &errors);
    if (!plan)
        return ProblemResponse::validationFailed(errors, request.requestId);
    m_faults.setPlan(*plan);
    return jsonReply(200, FaultInjector::toJson(*plan));
}

HttpReply AdminRoutes::clearFaults(const HttpRequest& request)
{
    if (auto denied = checkAdmin(request))
        return *denied;
    m_faults.clear();
    return noContent();
}

HttpReply AdminRoutes::advanceClock(const HttpRequest& request)
{
    if (auto denied = checkAdmin(request))
        return *denied;
    const auto body = JsonBodyValidator::parseObject(request);
    if (body.problem)
        return *body.problem;
    QList<FieldError> errors;
    for (auto it = body.object.constBegin(); it != body.object.constEnd(); ++it) {
        if (it.key() != QLatin1String("seconds") && it.key() != QLatin1String("changed_fraction"))
            errors.append({it.key(), QCoreApplication::translate("sp::AdminRoutes", "unknown field")});
    }
    ClockOperation operation;
    const QJsonValue seconds = body.object.value(QStringLiteral("seconds"));
    if (!seconds.isUndefined()) {
        const double value = seconds.toDouble(-1);
        if (!seconds.isDouble() || value != static_cast<double>(static_cast<qint64>(value)) || value < 0
            || value > 31536000)
            errors.append(
                {QStringLiteral("seconds"),
                 QCoreApplication::translate("sp::AdminRoutes", "must be a whole number from 0 to 31536000")});
        else
            operation.seconds = static_cast<qint64>(value);
    }
    const QJsonValue fraction = body.object.value(QStringLiteral("changed_fraction"));
    if (!fraction.isUndefined()) {
        if (!fraction.isDouble() || fraction.toDouble() < 0 || fraction.toDouble() > 1)
            errors.append({QStringLiteral("changed_fraction"),
                           QCoreApplication::translate("sp::AdminRoutes", "must be a number from 0 to 1")});
        else
            operation.changedFraction = fraction.toDouble();
    }
    if (!errors.isEmpty())
        return ProblemResponse::validationFailed(errors, request.requestId);

    operation.at = m_registry.now();
    operation.accounts = static_cast<int>(m_services.state.accounts().size());
    QList<ClockOperation>& operations = m_services.state.clockOperations();
    operations.append(operation);
    const BusinessRegistry::AdvanceResult result =
        m_registry.advance(operation, static_cast<int>(operations.size() - 1));
    QByteArray now;
    CivilTime::appendRfc3339(&now, result.now);
    return savedOr500(m_services,
                      jsonReply(200, QJsonObject{{QStringLiteral("now"), QString::fromLatin1(now)},
                                                 {QStringLiteral("new_orders"), result.newOrders},
                                                 {QStringLiteral("changed_orders"), result.changedOrders}}),
                      request.requestId);
}

} // namespace sp
