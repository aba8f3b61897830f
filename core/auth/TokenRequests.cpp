#include "auth/TokenRequests.h"

#include "api/UrlPolicy.h"
#include "cache/SecureBytes.h"

#include <QJsonObject>
#include <QSysInfo>

namespace sp {

namespace {

// JSON string contents: only `"`, `\` and control characters need escaping; the rest is copied as is.
void appendJsonString(QByteArray& out, QByteArrayView text)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (byte < 0x20) {
            out.append("\\u00").append(hex[byte >> 4]).append(hex[byte & 0x0f]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

} // namespace

ApiRequest TokenRequests::login(const QString& email, const QString& password)
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/auth/login");
    request.body =
        QJsonObject{{QStringLiteral("email"), email.trimmed()},
                    {QStringLiteral("password"), password},
                    {QStringLiteral("client_name"),
                     QStringLiteral("SellerPulse Desktop on %1").arg(QSysInfo::prettyProductName()).left(100)}};
    return request;
}

ApiRequest TokenRequests::withRefreshToken(const QString& path, QByteArrayView refreshToken, const QUrl& server,
                                           const QByteArray& serverCertificateSha256)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    // One buffer, never reallocated, so that wiping it wipes the only copy (worst case: every byte escaped).
    request.jsonBody.reserve(refreshToken.size() * 6 + 32);
    request.jsonBody.append("{\"refresh_token\":");
    appendJsonString(request.jsonBody, refreshToken);
    request.jsonBody.append('}');
    // A loopback port can be taken by any local process: there the certificate is the server's identity.
    if (server.scheme() == QLatin1String("https") && UrlPolicy::isLoopbackHost(server.host()))
        request.expectedPeerSha256 = serverCertificateSha256;
    return request;
}

void TokenRequests::sendLogout(ApiClient* api, QObject* context, QByteArrayView refreshToken,
                               const QByteArray& serverCertificateSha256)
{
    ApiRequest request = withRefreshToken(QStringLiteral("/v1/auth/logout"), refreshToken, api->config().baseUrl,
                                          serverCertificateSha256);
    api->send(request, context, nullptr);
    SecureBytes::wipe(request.jsonBody);
}

} // namespace sp
