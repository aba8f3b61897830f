#include "auth/AuthorizedRequestQueue.h"

#include "cache/SecureBytes.h"

#include <QTimer>

#include <utility>

namespace sp {

namespace {

ApiResponse sessionEnded()
{
    ApiResponse response;
    response.error.kind = ApiError::Kind::SessionEnded;
    return response;
}

} // namespace

AuthorizedRequestQueue::AuthorizedRequestQueue(ApiClient* api, AccessTokenSource* tokens, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_tokens(tokens)
{}

void AuthorizedRequestQueue::submit(ApiRequest request, QObject* context, ApiClient::Callback callback,
                                    bool holdsRefreshes)
{
    Waiting waiting;
    waiting.request = std::move(request);
    waiting.context = context;
    waiting.callback = std::move(callback);
    waiting.holdsRefreshes = holdsRefreshes;
    const AccessTokenSource::Status status = m_tokens->accessStatus();
    if (status == AccessTokenSource::Status::Restoring) {
        m_waiting.append(std::move(waiting));
        return;
    }
    if (status != AccessTokenSource::Status::SignedIn || !m_api) {
        answer(waiting, sessionEnded());
        return;
    }
    dispatch(std::move(waiting));
}

void AuthorizedRequestQueue::replay()
{
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting& w : waiting)
        dispatch(w);
}

void AuthorizedRequestQueue::fail(const ApiError& error)
{
    ApiResponse failed;
    failed.error = error;
    failed.requestId = error.requestId;
    answerAll(failed);
}

void AuthorizedRequestQueue::endAll()
{
    ++m_epoch;
    m_onWireHoldingRefreshes = 0;
    answerAll(sessionEnded());
}

void AuthorizedRequestQueue::answerAll(const ApiResponse& response)
{
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting& w : waiting)
        answer(w, response);
}

void AuthorizedRequestQueue::answer(const Waiting& waiting, const ApiResponse& response)
{
    // Asynchronous like a network answer, and only while the caller's context lives.
    QObject* target = waiting.context ? waiting.context.data() : nullptr;
    if (!target || !waiting.callback)
        return;
    QTimer::singleShot(0, target, [callback = waiting.callback, response] { callback(response); });
}

void AuthorizedRequestQueue::dispatch(Waiting waiting)
{
    if (!waiting.context || !m_api)
        return;
    if (!m_tokens->accessTokenReady()) {
        m_waiting.append(std::move(waiting));
        m_tokens->refreshNeeded();
        return;
    }
    ApiRequest request = waiting.request;
    request.bearerToken = m_tokens->accessTokenForSend(); // for this send only
    const quint64 epoch = m_epoch;
    const quint64 usedToken = m_tokens->accessTokenSerial();
    if (waiting.holdsRefreshes)
        ++m_onWireHoldingRefreshes;
    // The caller's context carries the answer; the queue (with its Session) may be gone by then.
    QPointer<AuthorizedRequestQueue> self(this);
    m_api->send(request, waiting.context, [this, self, epoch, usedToken, waiting](const ApiResponse& response) {
        if (!self || epoch != m_epoch) {
            ApiResponse endedResponse = response;
            endedResponse.error = sessionEnded().error;
            if (waiting.callback)
                waiting.callback(endedResponse);
            return;
        }
        if (waiting.holdsRefreshes)
            --m_onWireHoldingRefreshes;
        if (response.error.kind == ApiError::Kind::Problem && response.httpStatus == 401 && !waiting.replayed) {
            Waiting again = waiting;
            again.replayed = true;
            m_tokens->accessTokenRefused(usedToken); // the next dispatch refreshes
            dispatch(std::move(again));
            return;
        }
        if (waiting.callback)
            waiting.callback(response);
    });
    SecureBytes::wipe(request.bearerToken);
}

} // namespace sp
