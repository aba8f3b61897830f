#pragma once

#include "CryptoPrimitives.h"
#include "HttpExchange.h"
#include "ProblemResponse.h"

#include <QCoreApplication>

#include <optional>

namespace sp {

// SELLERPULSE_SANDBOX_ADMIN_TOKEN must be at least this long: the admin API can create accounts, revoke grants
// and inject faults, so its token must not be guessable (the random default is 32 base64url characters).
constexpr qsizetype kMinAdminTokenBytes = 32;

// 401 unless the request carries the sandbox's admin token (X-Sandbox-Admin-Token), compared in constant time.
inline std::optional<HttpReply> requireAdminToken(const HttpRequest& request, const QByteArray& adminToken)
{
    const QByteArray presented = request.header(QByteArrayLiteral("X-Sandbox-Admin-Token"));
    if (presented.isEmpty() || !CryptoPrimitives::constantTimeEquals(presented, adminToken))
        return ProblemResponse::make(
            401, QStringLiteral("unauthorized"),
            QCoreApplication::translate("sp::AdminToken", "The admin token is missing or wrong."), request.requestId);
    return std::nullopt;
}

} // namespace sp
