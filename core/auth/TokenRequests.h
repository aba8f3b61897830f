#pragma once

#include "api/ApiClient.h"

#include <QByteArrayView>

namespace sp {

// The requests of the token life cycle (sign in, refresh, sign out), built in one place. A request that
// carries the refresh token has it serialized by hand into `jsonBody` (never through QString/QJsonObject,
// so the caller's SecureBytes::wipe of that one buffer wipes the only copy) and, on a loopback https server,
// is pinned to the certificate the server presented when the token was issued.
class TokenRequests
{
public:
    static ApiRequest login(const QString& email, const QString& password);
    // POST `path` (/v1/auth/refresh, /v1/auth/logout) with {"refresh_token": ...}; the caller wipes jsonBody.
    static ApiRequest withRefreshToken(const QString& path, QByteArrayView refreshToken, const QUrl& server,
                                       const QByteArray& serverCertificateSha256);
    // POST /v1/auth/logout with the refresh token, best effort: the answer does not matter. The body is wiped.
    static void sendLogout(ApiClient* api, QObject* context, QByteArrayView refreshToken,
                           const QByteArray& serverCertificateSha256);
};

} // namespace sp
