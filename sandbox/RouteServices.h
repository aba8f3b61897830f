#pragma once

#include "AccessGuard.h"
#include "PasswordHasher.h"
#include "RateLimiter.h"
#include "StateStore.h"
#include "TokenIssuer.h"

#include <QDateTime>

namespace sp {

// What the route classes share; owned by SandboxServer, which outlives them.
struct RouteServices
{
    StateStore& state;
    const PasswordHasher& hasher;
    TokenIssuer& issuer;
    const AccessGuard& guard;
    RateLimiter& limiter;

    static QDateTime now() { return QDateTime::currentDateTimeUtc(); }
};

// Saves the state after a change; a write failure answers 500 internal_error instead of pretending success.
HttpReply savedOr500(RouteServices& services, HttpReply reply, const QString& requestId);
HttpReply noContent();
HttpReply jsonReply(int status, const QJsonObject& object);

} // namespace sp
