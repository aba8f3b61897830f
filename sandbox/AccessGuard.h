#pragma once

#include "HttpExchange.h"
#include "JwtSigner.h"
#include "StateStore.h"

#include <QDateTime>

#include <optional>

namespace sp {

// Checks "Authorization: Bearer <jwt>" and binds the request to its account and session.
// The 401 code tells the client why: unauthorized, token_expired, password_changed or session_revoked.
class AccessGuard
{
public:
    struct Caller
    {
        AccountRecord* account = nullptr;
        SessionRecord* session = nullptr;
    };
    struct Result
    {
        Caller caller;
        std::optional<HttpReply> problem;
    };

    AccessGuard(StateStore& state, const JwtSigner& signer);

    Result authenticate(const HttpRequest& request, const QDateTime& now) const;

private:
    StateStore& m_state;
    const JwtSigner& m_signer;
};

} // namespace sp
