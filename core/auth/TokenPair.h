#pragma once

#include "api/ApiError.h"
#include "cache/SecureBytes.h"

#include <QJsonObject>
#include <QString>

namespace sp {

struct ApiResponse;

// The account a token pair was issued for, as the server names it.
struct AccountInfo
{
    QString id, email, displayName;
};

// The answer of /v1/auth/login, /v1/auth/refresh and /v1/account/password, decoded strictly. Its own type
// so the fuzz target (fuzz/FuzzTokenPair.cpp) reaches the decoder without a Session.
struct TokenPair
{
    SecureBytes accessToken, refreshToken;
    qint64 lifetimeMs = 0;
    AccountInfo account;

    // False with a Decode error naming the field (never a value) when anything is missing or wrong. A
    // refresh token over `maxRefreshTokenBytes` is refused: the keychain could not keep it.
    static bool decode(const QJsonObject& json, TokenPair* out, ApiError* error, int maxRefreshTokenBytes);
    // The same for a whole answer: its own error when the request failed, else decode's with the request id.
    static bool decodeAnswer(const ApiResponse& response, TokenPair* out, ApiError* error, int maxRefreshTokenBytes);
};

} // namespace sp
