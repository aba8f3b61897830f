#pragma once

#include "CryptoPrimitives.h"
#include "HttpExchange.h"
#include "ProblemResponse.h"

#include <QCoreApplication>

#include <optional>

namespace sp {

// 401 unless the request carries the sandbox's admin token (X-Sandbox-Admin-Token), compared in constant time.
inline std::optional<HttpReply> requireAdminToken(const HttpRequest& request, const QByteArray& adminToken)
{
    const QByteArray presented = request.header(QByteArrayLiteral("X-Sandbox-Admin-Token"));
    if (presented.isEmpty() || !CryptoPrimitives::constantTimeEquals(presented, adminToken))
        return ProblemResponse::make(401, QStringLiteral("unauthorized"),
                                     QCoreApplication::translate("sp::AdminToken", "The admin token is missing or wrong."),
                                     request.requestId);
    return std::nullopt;
}

} // namespace sp
