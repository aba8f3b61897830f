#include "auth/TokenRefresh.h"

#include "auth/RefreshAnswer.h"
#include "auth/TokenRequests.h"
#include "cache/SecureBytes.h"

#include <utility>

namespace sp {

TokenRefresh::TokenRefresh(ApiClient* api, Answered answered)
    : m_api(api)
    , m_answered(std::move(answered))
{}

TokenRefresh::~TokenRefresh() = default;

void TokenRefresh::start(QByteArrayView refreshToken, const QByteArray& serverCertificateSha256,
                         int maxRefreshTokenBytes)
{
    if (!m_api)
        return;
    m_inFlight = std::make_unique<QObject>(); // a request still on the wire is dropped with its old context
    m_tokenReplaced = false;
    ApiRequest request = TokenRequests::withRefreshToken(QStringLiteral("/v1/auth/refresh"), refreshToken,
                                                         m_api->config().baseUrl, serverCertificateSha256);
    m_api->send(request, m_inFlight.get(), [this, maxRefreshTokenBytes](const ApiResponse& response) {
        const bool replaced = m_tokenReplaced;
        m_inFlight.release()->deleteLater(); // this callback runs in its context: not deleted from within
        // A password change gave us a new pair meanwhile; this answer is about the old one.
        RefreshAnswer answer = replaced ? RefreshAnswer{} : RefreshAnswer::classify(response, maxRefreshTokenBytes);
        m_answered(std::move(answer), response.peerCertificateSha256);
    });
    SecureBytes::wipe(request.jsonBody);
}

void TokenRefresh::tokenReplaced()
{
    if (m_inFlight)
        m_tokenReplaced = true;
}

void TokenRefresh::drop()
{
    m_inFlight.reset();
    m_tokenReplaced = false;
}

} // namespace sp
