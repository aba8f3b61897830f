#pragma once

#include "api/ApiClient.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace sp {

// What the queue needs from the token life cycle. Session is the one; TestAuthorizedRequestQueue plays it.
class AccessTokenSource
{
public:
    enum class Status { SignedOut, Restoring, SignedIn };
    virtual ~AccessTokenSource() = default;

    virtual Status accessStatus() const = 0;
    virtual bool accessTokenReady() const = 0; // usable, and no refresh in flight
    // For one send (the queue wipes it after), and the serial that tells this token from the next one.
    virtual QByteArray accessTokenForSend() const = 0;
    virtual quint64 accessTokenSerial() const = 0;
    // The server refused the token with this serial; if it is still the current one, it is dropped.
    virtual void accessTokenRefused(quint64 serial) = 0;
    // Requests wait for a new access token; the source answers with replay() or fail() on the queue.
    virtual void refreshNeeded() = 0;
};

// The requests sent with the access token. While the session is restoring, or a refresh is needed or in
// flight, they wait and go out together once it is done (one refresh for all of them); a 401 gets one
// refresh and one replay; when the session ends, waiting requests and answers still on their way are
// answered SessionEnded. Every answer is asynchronous and reaches the caller only while its context lives.
class AuthorizedRequestQueue : public QObject
{
    Q_OBJECT
public:
    AuthorizedRequestQueue(ApiClient* api, AccessTokenSource* tokens, QObject* parent = nullptr);

    // `holdsRefreshes`: no refresh may start while this request is on the wire (a password change: the
    // server retires the refresh token before its answer brings the new pair).
    void submit(ApiRequest request, QObject* context, ApiClient::Callback callback, bool holdsRefreshes = false);
    bool hasWaiting() const { return !m_waiting.isEmpty(); }
    bool holdsRefreshes() const { return m_onWireHoldingRefreshes > 0; }

    void replay();                    // a new access token is there
    void fail(const ApiError& error); // the refresh failed: the waiting requests get its error
    void endAll();                    // the session ended

private:
    struct Waiting
    {
        ApiRequest request;
        QPointer<QObject> context;
        ApiClient::Callback callback;
        bool replayed = false; // already refreshed once for this request
        bool holdsRefreshes = false;
    };
    void dispatch(Waiting waiting);
    void answer(const Waiting& waiting, const ApiResponse& response);
    void answerAll(const ApiResponse& response);

    QPointer<ApiClient> m_api;
    AccessTokenSource* m_tokens;
    QList<Waiting> m_waiting;
    int m_onWireHoldingRefreshes = 0;
    quint64 m_epoch = 0; // bumped by endAll(): answers to requests of an ended session say SessionEnded
};

} // namespace sp
