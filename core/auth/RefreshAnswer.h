#pragma once

#include "api/ApiError.h"
#include "auth/Session.h"
#include "auth/TokenPair.h"

namespace sp {

struct ApiResponse;

// What the server's answer to a refresh means for the session, decided in one place: a new pair to adopt; a
// refusal that ends the session, and why; or a failure (offline, the server in trouble, a malformed answer)
// after which the session stays signed in without an access token and tries again later. Pure logic, so
// TestRefreshAnswer covers every answer without a server.
struct RefreshAnswer
{
    enum class Kind { NewPair, Refused, Failed };

    Kind kind = Kind::Failed;
    TokenPair pair;                                          // NewPair
    Session::EndReason endReason = Session::EndReason::None; // Refused
    ApiError error;                                          // Failed

    static RefreshAnswer classify(const ApiResponse& response, int maxRefreshTokenBytes);
};

} // namespace sp
