#pragma once

#include "api/ApiClient.h"
#include "api/ApiError.h"

#include <QObject>

#include <functional>

namespace sp {

class AuthorizedRequestQueue;
struct TokenPair;

// An authorized request the server answers with a new token pair (the password change). It goes through the
// queue holding refreshes back while it is on the wire: the server retires the refresh token before its answer
// brings the new pair, so a refresh meanwhile would read as password_changed and end the session. The answer
// is decoded strictly and reported; the caller's `done` runs only while its context lives, and an answer that
// comes after the session ended is told SessionEnded. What a new pair means for the session is Session's.
class TokenReissue
{
public:
    using Done = std::function<void(const ApiError&)>;
    // A new pair: Session adopts and keeps it, then calls `finish` (with no error).
    using Reissued = std::function<void(TokenPair&& pair, Done finish)>;
    // No new pair (the server refused the request, or its answer was malformed): `done` gets the error after.
    using Failed = std::function<void()>;

    TokenReissue(AuthorizedRequestQueue* queue, QObject* owner, Reissued reissued, Failed failed);

    // `current` says whether the session that sent it still runs when the answer comes.
    void send(ApiRequest request, QObject* context, Done done, std::function<bool()> current, int maxTokenBytes);

private:
    AuthorizedRequestQueue* m_queue;
    QObject* m_owner;
    Reissued m_reissued;
    Failed m_failed;
};

} // namespace sp
