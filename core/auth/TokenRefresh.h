#pragma once

#include "api/ApiClient.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace sp {

struct RefreshAnswer;

// One refresh of the token pair at a time: sends the refresh token to /v1/auth/refresh (pinned, on a loopback
// https server, to the certificate the server presented when the token was issued), sorts the answer with
// RefreshAnswer and reports it. Each request has its own context object, so an answer that comes after drop()
// or a newer start() is never reported. What the answer means for the session (adopt, end, retry) is Session's.
class TokenRefresh
{
public:
    // A new pair comes with the certificate the server presented (empty without TLS).
    using Answered = std::function<void(RefreshAnswer&& answer, const QByteArray& serverCertificateSha256)>;

    TokenRefresh(ApiClient* api, Answered answered);
    ~TokenRefresh();

    bool inFlight() const { return m_inFlight != nullptr; }
    void start(QByteArrayView refreshToken, const QByteArray& serverCertificateSha256, int maxRefreshTokenBytes);
    // The refresh token was replaced meanwhile (a password change): the answer in flight is about the old one
    // (told here, so that no copy of the token is kept to compare). It is reported as Failed with no error:
    // nothing to adopt, and nothing went wrong.
    void tokenReplaced();
    void drop(); // the session ended (or another began): the answer in flight is never reported

private:
    QPointer<ApiClient> m_api;
    Answered m_answered;
    std::unique_ptr<QObject> m_inFlight; // the context of the request on the wire
    bool m_tokenReplaced = false;
};

} // namespace sp
