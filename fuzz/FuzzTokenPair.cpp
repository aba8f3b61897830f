// libFuzzer target: the JSON body of POST /v1/auth/login and /v1/auth/refresh, decoded by
// TokenPair::decode (tokens, lifetimes, account) as the session does for both.
#include "FuzzJson.h"
#include "auth/TokenPair.h"
#include "secrets/QtKeychainSecretStore.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto json = sp::fuzz::jsonObject(sp::fuzz::bytes(data, size));
    if (!json)
        return 0;
    sp::TokenPair pair;
    sp::ApiError error;
    const bool ok = sp::TokenPair::decode(*json, &pair, &error, sp::QtKeychainSecretStore::kMaxValueBytes);
    if (ok && (pair.accessToken.isEmpty() || pair.refreshToken.isEmpty() || pair.lifetimeMs < 1000))
        __builtin_trap();
    if (!ok && (error.kind != sp::ApiError::Kind::Decode || error.technical.isEmpty()))
        __builtin_trap();
    return 0;
}
