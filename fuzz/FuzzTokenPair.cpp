// libFuzzer target: the JSON body of POST /v1/auth/login and /v1/auth/refresh, decoded by
// Session::decodeTokenPair (tokens, lifetimes, account) as the session does for both.
#include "FuzzJson.h"
#include "auth/Session.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto json = sp::fuzz::jsonObject(sp::fuzz::bytes(data, size));
    if (!json)
        return 0;
    sp::Session::TokenPair pair;
    sp::ApiError error;
    const bool ok = sp::Session::decodeTokenPair(*json, &pair, &error);
    if (ok && (pair.accessToken.isEmpty() || pair.refreshToken.isEmpty() || pair.lifetimeMs < 1000))
        __builtin_trap();
    if (!ok && (error.kind != sp::ApiError::Kind::Decode || error.technical.isEmpty()))
        __builtin_trap();
    return 0;
}
