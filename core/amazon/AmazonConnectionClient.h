#pragma once

#include "amazon/AmazonConnection.h"
#include "amazon/AmazonRegion.h"
#include "amazon/ConsentUrlPolicy.h"
#include "amazon/LoopbackRedirectListener.h"
#include "amazon/PkcePair.h"
#include "cache/SecureBytes.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace sp {

class Clock;
class Session;
struct ApiError;

// The seller's Amazon connection: reads it, connects and disconnects it. Every request goes
// through the Session (bearer token, refresh).
//
// Connecting binds Amazon's consent to this app on this computer (RFC 8252 loopback redirect with
// RFC 7636 PKCE, docs/api/openapi.yaml): a LoopbackRedirectListener opens a port on 127.0.0.1, the
// start sends the PKCE challenge and that port, the consent URL (checked by ConsentUrlPolicy) goes
// to the browser, and polling follows the authorization. After Amazon's approval the server holds
// the token and redirects the browser to the listener with a one-time handle; the client then shows
// which Amazon account approved (approvalReceived) and confirms with the handle and the PKCE
// verifier only when the seller says so (confirmAuthorization). An approval whose handle never
// reaches this computer (a forwarded link) connects nothing: the client says so and cancels it.
class AmazonConnectionClient : public QObject
{
    Q_OBJECT
public:
    // Opens a URL in the system browser; the UI passes QDesktopServices::openUrl (core has no
    // QtGui), tests capture the URL instead. False when no browser could be started.
    using UrlOpener = std::function<bool(const QUrl&)>;
    enum class Outcome { Connected, Denied, Expired, Refused, Failed, Cancelled, ApprovedElsewhere };
    Q_ENUM(Outcome)

    // The 15-minute lifetime of the authorization's state on the server (OAuth CSRF protection).
    static constexpr int kStateLifetimeSeconds = 15 * 60;
    // How long an approval seen by polling may wait for its handle on the loopback port before the
    // client concludes the browser that approved is not on this computer.
    static constexpr int kHandleWaitMs = 15 * 1000;

    AmazonConnectionClient(Session* session, ConsentUrlPolicy policy, UrlOpener opener, const Clock* clock,
                           QObject* parent = nullptr);
    ~AmazonConnectionClient() override;

    AmazonConnection connection() const { return m_connection; }
    bool isAuthorizing() const { return m_active; }
    // Amazon approved and the handle arrived here: approval() names the account; confirm or cancel.
    bool isAwaitingConfirmation() const { return m_active && m_hasApproval; }
    AmazonAuthorization approval() const { return m_approval; }
    AmazonRegion region() const { return m_region; }
    // The consent URL handed to the browser (for "Copy link"); empty while none.
    QUrl consentUrl() const { return m_consentUrl; }
    // The loopback port the server redirects to; 0 while no authorization runs.
    quint16 redirectPort() const;
    // Local time (by the Clock) when the state expires; invalid while no authorization runs.
    QDateTime authorizationDeadline() const { return m_deadline; }
    int secondsLeft() const; // 0 when none runs

    void refresh();                               // GET /v1/amazon/connection
    void startAuthorization(AmazonRegion region); // listener, PKCE, POST /v1/amazon/authorizations, open, poll
    void confirmAuthorization();                  // POST .../confirm (the seller clicked "Connect this account")
    void cancelAuthorization();                   // DELETE /v1/amazon/authorizations/{id}: the held token goes
    void disconnectAmazon();                      // DELETE /v1/amazon/connection (the caller confirmed)

    // Bounded to 500 ms .. 10 s; default 2 s.
    void setPollIntervalMs(int ms);
    int pollIntervalMs() const { return m_pollTimer.interval(); }
    // Bounded to 1 s .. 60 s; default kHandleWaitMs (tests shorten it).
    void setHandleWaitMs(int ms);

    // The last failed request's lines for support (request id, HTTP status), which the `failed` and
    // `authorizationFinished` messages leave out; empty when the last failure was not a request's.
    QString lastErrorDetails() const { return m_lastErrorDetails; }

signals:
    void connectionChanged(const sp::AmazonConnection& connection);
    void busyChanged(bool busy);
    // `browserOpened` false: no browser could be started; the UI offers the link to copy.
    void authorizationStarted(const QUrl& consentUrl, const QDateTime& deadline, bool browserOpened);
    // Amazon approved in a browser on this computer: show the account, ask before confirming.
    void approvalReceived(const sp::AmazonAuthorization& authorization);
    void authorizationFinished(sp::AmazonConnectionClient::Outcome outcome, const QString& message);
    void disconnected(); // the server deleted the stored Amazon token
    void failed(const QString& message);

private:
    void setBusy(bool busy);
    void poll();
    void onRedirected(const QString& handle, const QString& error);
    void onHandleWaitOver();
    // Ends the attempt here (listener closed, verifier and handle wiped); `cancelOnServer` also
    // deletes the authorization on the server, so no held token outlives it there.
    void finishAuthorization(Outcome outcome, const QString& message, bool cancelOnServer);
    void endAttempt();
    void deleteAuthorization(const QString& id, bool refreshAfter);
    void setConnection(const AmazonConnection& connection);
    static QString describe(const ApiError& error);
    // describe(), keeping the error's details for lastErrorDetails().
    QString noteError(const ApiError& error);

    QPointer<Session> m_session;
    ConsentUrlPolicy m_policy;
    UrlOpener m_opener;
    const Clock* m_clock;
    AmazonConnection m_connection;
    QString m_lastErrorDetails;

    // The attempt in progress. m_attempt changes whenever one starts or ends, so answers that
    // arrive for an earlier attempt are recognised and dropped.
    int m_attempt = 0;
    bool m_active = false;
    AmazonRegion m_region = AmazonRegion::Europe;
    QPointer<LoopbackRedirectListener> m_listener;
    PkcePair m_pkce;
    SecureBytes m_handle;
    QString m_authorizationId;
    QUrl m_consentUrl;
    QDateTime m_deadline;
    AmazonAuthorization m_approval;
    bool m_hasApproval = false;
    bool m_confirming = false;

    QTimer m_pollTimer;
    QTimer m_handleWaitTimer;
    bool m_pollInFlight = false;
    bool m_busy = false;
};

} // namespace sp
