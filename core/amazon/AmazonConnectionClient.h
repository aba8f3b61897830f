#pragma once

#include "amazon/AmazonConnection.h"
#include "amazon/AmazonRegion.h"
#include "amazon/ConsentUrlPolicy.h"

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

// The seller's Amazon connection: reads it, starts an authorization (consent URL checked by
// ConsentUrlPolicy, then handed to the browser opener), polls it until approved, denied or
// expired, and disconnects. Every request goes through the Session (bearer token, refresh).
class AmazonConnectionClient : public QObject
{
    Q_OBJECT
public:
    // Opens a URL in the system browser; the UI passes QDesktopServices::openUrl (core has no
    // QtGui), tests capture the URL instead. False when no browser could be started.
    using UrlOpener = std::function<bool(const QUrl&)>;
    enum class Outcome { Connected, Denied, Expired, Refused, Failed, Cancelled };
    Q_ENUM(Outcome)

    // The 15-minute lifetime of the authorization's state on the server (OAuth CSRF protection).
    static constexpr int kStateLifetimeSeconds = 15 * 60;

    AmazonConnectionClient(Session* session, ConsentUrlPolicy policy, UrlOpener opener, const Clock* clock,
                           QObject* parent = nullptr);

    AmazonConnection connection() const { return m_connection; }
    bool isAuthorizing() const { return !m_authorizationId.isEmpty(); }
    // Local time (by the Clock) when the state expires; invalid while no authorization runs.
    QDateTime authorizationDeadline() const { return m_deadline; }
    int secondsLeft() const; // 0 when none runs

    void refresh();                              // GET /v1/amazon/connection
    void startAuthorization(AmazonRegion region); // POST /v1/amazon/authorizations, open, poll
    void cancelAuthorization();                  // stops polling (the state simply expires on the server)
    void disconnectAmazon();                     // DELETE /v1/amazon/connection (the caller confirmed)

    // Bounded to 500 ms .. 10 s; default 2 s.
    void setPollIntervalMs(int ms);
    int pollIntervalMs() const { return m_pollTimer.interval(); }

signals:
    void connectionChanged(const sp::AmazonConnection& connection);
    void busyChanged(bool busy);
    void authorizationStarted(const QUrl& consentUrl, const QDateTime& deadline);
    void authorizationFinished(sp::AmazonConnectionClient::Outcome outcome, const QString& message);
    void disconnected(); // the server deleted the stored Amazon token
    void failed(const QString& message);

private:
    void setBusy(bool busy);
    void poll();
    void finishAuthorization(Outcome outcome, const QString& message);
    void setConnection(const AmazonConnection& connection);
    static QString describe(const ApiError& error);

    QPointer<Session> m_session;
    ConsentUrlPolicy m_policy;
    UrlOpener m_opener;
    const Clock* m_clock;
    AmazonConnection m_connection;
    QString m_authorizationId;
    QDateTime m_deadline;
    QTimer m_pollTimer;
    bool m_pollInFlight = false;
    bool m_busy = false;
};

} // namespace sp
