#include "amazon/AmazonConnectionClient.h"

#include "amazon/AmazonLog.h"

#include "api/ApiClient.h"
#include "auth/Session.h"
#include "common/Clock.h"

#include <QCoreApplication>

namespace sp {

namespace {

// A poll a little after the state's end still asks the server once, which says "expired" itself.
constexpr qint64 kDeadlineGraceMs = 30 * 1000;

} // namespace

AmazonConnectionClient::AmazonConnectionClient(Session* session, ConsentUrlPolicy policy, UrlOpener opener,
                                               const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_policy(std::move(policy))
    , m_opener(std::move(opener))
    , m_clock(clock)
{
    m_pollTimer.setInterval(2000);
    connect(&m_pollTimer, &QTimer::timeout, this, &AmazonConnectionClient::poll);
    m_handleWaitTimer.setSingleShot(true);
    m_handleWaitTimer.setInterval(kHandleWaitMs);
    connect(&m_handleWaitTimer, &QTimer::timeout, this, &AmazonConnectionClient::onHandleWaitOver);
}

AmazonConnectionClient::~AmazonConnectionClient()
{
    // Nothing is sent from here (the session may be going too); the server ends a forgotten
    // authorization and deletes its held token when the state expires.
    endAttempt();
}

quint16 AmazonConnectionClient::redirectPort() const { return m_listener ? m_listener->port() : 0; }

int AmazonConnectionClient::secondsLeft() const
{
    if (!isAuthorizing() || !m_deadline.isValid())
        return 0;
    return int(qMax<qint64>(0, (m_deadline.toMSecsSinceEpoch() - m_clock->nowMSecsSinceEpoch() + 999) / 1000));
}

void AmazonConnectionClient::setPollIntervalMs(int ms) { m_pollTimer.setInterval(qBound(500, ms, 10000)); }

void AmazonConnectionClient::setHandleWaitMs(int ms) { m_handleWaitTimer.setInterval(qBound(1000, ms, 60000)); }

void AmazonConnectionClient::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

QString AmazonConnectionClient::describe(const ApiError& error)
{
    if (error.code == QLatin1String("amazon_not_connected"))
        return tr("Your Amazon account is not connected.");
    if (error.code == QLatin1String("authorization_not_confirmable"))
        return tr("Amazon's approval could not be confirmed, so nothing was connected. Please connect again.");
    return error.userMessage();
}

QString AmazonConnectionClient::noteError(const ApiError& error)
{
    m_lastErrorDetails = error.details();
    return describe(error);
}

void AmazonConnectionClient::setConnection(const AmazonConnection& connection)
{
    m_connection = connection;
    emit connectionChanged(m_connection);
}

void AmazonConnectionClient::refresh()
{
    if (!m_session)
        return;
    ApiRequest request;
    request.path = QStringLiteral("/v1/amazon/connection");
    m_session->sendAuthorized(request, this, [this](const ApiResponse& response) {
        if (!response.error.ok()) {
            emit failed(noteError(response.error));
            return;
        }
        AmazonConnection connection;
        QString error;
        if (!AmazonConnection::fromJson(response.json, &connection, &error)) {
            qCWarning(lcAmazon).noquote() << "connection answer not understood:" << error;
            emit failed(tr("The server's answer about the Amazon connection was not understood."));
            return;
        }
        setConnection(connection);
    });
}

void AmazonConnectionClient::startAuthorization(AmazonRegion region)
{
    if (!m_session || m_busy)
        return;
    cancelAuthorization();
    m_lastErrorDetails.clear();
    auto* listener = new LoopbackRedirectListener(this);
    QString listenError;
    if (!listener->listen(&listenError)) {
        delete listener;
        qCWarning(lcAmazon).noquote() << "no loopback port for the consent redirect:" << listenError;
        emit authorizationFinished(Outcome::Failed, tr("SellerPulse could not open a local port to receive "
                                                       "Amazon's answer. Please try again."));
        return;
    }
    PkcePair pkce = PkcePair::generate();
    if (pkce.isEmpty()) {
        delete listener;
        emit authorizationFinished(Outcome::Failed, tr("SellerPulse could not create the security code for "
                                                       "connecting Amazon. Please try again."));
        return;
    }
    const int attempt = ++m_attempt;
    m_active = true;
    m_region = region;
    m_listener = listener;
    m_pkce = std::move(pkce);
    connect(listener, &LoopbackRedirectListener::redirected, this, &AmazonConnectionClient::onRedirected);
    setBusy(true);

    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/amazon/authorizations");
    request.body = QJsonObject{{QStringLiteral("region"), AmazonRegions::code(region)},
                               {QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge())},
                               {QStringLiteral("code_challenge_method"), QLatin1String(PkcePair::kMethod)},
                               {QStringLiteral("redirect_port"), int(listener->port())}};
    m_session->sendAuthorized(request, this, [this, attempt, region](const ApiResponse& response) {
        setBusy(false);
        const QString id = response.json.value(QStringLiteral("id")).toString();
        if (attempt != m_attempt) {
            // Cancelled while the server was creating it: end it there too.
            if (response.error.ok() && !id.isEmpty())
                deleteAuthorization(id, false);
            return;
        }
        if (!response.error.ok()) {
            finishAuthorization(Outcome::Failed, noteError(response.error), false);
            return;
        }
        const QUrl consentUrl(response.json.value(QStringLiteral("consent_url")).toString(), QUrl::StrictMode);
        const QDateTime expiresAt = QDateTime::fromString(
            response.json.value(QStringLiteral("state_expires_at")).toString(), Qt::ISODateWithMs);
        if (id.isEmpty()) {
            finishAuthorization(Outcome::Failed, tr("The server's answer was not understood."), false);
            return;
        }
        m_authorizationId = id;
        QString whyNot;
        if (!m_policy.isAllowed(consentUrl, region, &whyNot)) {
            // Never opened; the host only (no query: it carries the state) goes to the log.
            qCWarning(lcAmazon).noquote() << "consent URL refused, host" << consentUrl.host(QUrl::FullyEncoded);
            finishAuthorization(Outcome::Refused, whyNot, true);
            return;
        }
        // The countdown runs on this computer's clock, at most the state's lifetime: the server's
        // clock may differ (the sandbox's can be moved), the 15 minutes do not.
        const qint64 nowMs = m_clock->nowMSecsSinceEpoch();
        qint64 leftMs = qint64(kStateLifetimeSeconds) * 1000;
        if (expiresAt.isValid())
            leftMs = qBound<qint64>(0, expiresAt.toMSecsSinceEpoch() - nowMs, leftMs);
        m_deadline = QDateTime::fromMSecsSinceEpoch(nowMs + leftMs, Qt::UTC);
        m_consentUrl = consentUrl;
        if (m_listener)
            m_listener->expect(id);
        // Without a browser the attempt goes on: the seller may copy the link into a browser on
        // this computer (a browser elsewhere cannot deliver the redirect, see the class comment).
        const bool opened = m_opener && m_opener(consentUrl);
        if (!opened)
            qCWarning(lcAmazon) << "no browser opened for the consent page; the link is offered to copy";
        qCInfo(lcAmazon).noquote() << "authorization started, region" << AmazonRegions::code(region);
        m_connection.status = AmazonConnection::Status::Pending;
        emit connectionChanged(m_connection);
        emit authorizationStarted(consentUrl, m_deadline, opened);
        m_pollTimer.start();
    });
}

void AmazonConnectionClient::onRedirected(const QString& handle, const QString& error)
{
    if (!m_active || m_authorizationId.isEmpty())
        return;
    if (handle.isEmpty()) {
        // "access_denied": the server's status says so with authority; ask it now.
        qCInfo(lcAmazon) << "the consent redirect reports" << error;
    } else {
        m_handleWaitTimer.stop();
        m_handle = SecureBytes(handle.toLatin1());
    }
    poll(); // the authorization's account and marketplaces, or its end
}

void AmazonConnectionClient::onHandleWaitOver()
{
    if (!m_active || !m_handle.isEmpty())
        return;
    qCWarning(lcAmazon) << "approved on Amazon, but no handle reached this computer's loopback port";
    finishAuthorization(Outcome::ApprovedElsewhere,
                        tr("Amazon's approval was given in a browser that is not on this computer, so SellerPulse "
                           "connected nothing. Please start again and approve in a browser on this computer."),
                        true);
}

void AmazonConnectionClient::poll()
{
    if (!m_session || !m_active || m_authorizationId.isEmpty() || m_pollInFlight)
        return;
    if (m_clock->nowMSecsSinceEpoch() > m_deadline.toMSecsSinceEpoch() + kDeadlineGraceMs) {
        finishAuthorization(Outcome::Expired,
                            tr("The 15 minutes to give consent on Amazon have passed. Please connect again."), true);
        return;
    }
    m_pollInFlight = true;
    ApiRequest request;
    request.path = QStringLiteral("/v1/amazon/authorizations/%1")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_authorizationId)));
    const int attempt = m_attempt;
    m_session->sendAuthorized(request, this, [this, attempt](const ApiResponse& response) {
        m_pollInFlight = false;
        if (attempt != m_attempt)
            return; // cancelled or replaced meanwhile
        if (!response.error.ok()) {
            // A network hiccup does not end the authorization; the next poll asks again.
            if (response.error.kind == ApiError::Kind::Problem || response.error.kind == ApiError::Kind::SessionEnded)
                finishAuthorization(Outcome::Failed, noteError(response.error), false);
            return;
        }
        AmazonAuthorization authorization;
        QString error;
        if (!AmazonAuthorization::fromJson(response.json, &authorization, &error)
            || authorization.id != m_authorizationId) {
            qCWarning(lcAmazon).noquote() << "authorization answer not understood:" << error;
            return;
        }
        switch (authorization.status) {
        case AmazonAuthorization::Status::Pending:
            break;
        case AmazonAuthorization::Status::AwaitingConfirmation:
            if (m_handle.isEmpty()) {
                // Approved somewhere; the redirect to this computer should follow at once.
                if (!m_handleWaitTimer.isActive())
                    m_handleWaitTimer.start();
            } else if (!m_hasApproval) {
                m_approval = authorization;
                m_hasApproval = true;
                qCInfo(lcAmazon) << "Amazon approved; waiting for the seller to connect the account";
                emit approvalReceived(m_approval);
            }
            break;
        case AmazonAuthorization::Status::Approved:
            // Only a confirmation with this app's verifier approves it; the server says it happened.
            finishAuthorization(Outcome::Connected, tr("Your Amazon account is connected."), false);
            break;
        case AmazonAuthorization::Status::Denied:
            finishAuthorization(Outcome::Denied,
                                tr("Access was denied on Amazon. Your Amazon account is not connected."), false);
            break;
        case AmazonAuthorization::Status::Expired:
            finishAuthorization(Outcome::Expired,
                                tr("The 15 minutes to give consent on Amazon have passed. Please connect again."),
                                false);
            break;
        }
    });
}

void AmazonConnectionClient::confirmAuthorization()
{
    if (!m_session || !isAwaitingConfirmation() || m_confirming || m_handle.isEmpty() || m_pkce.isEmpty())
        return;
    m_confirming = true;
    setBusy(true);
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/amazon/authorizations/%1/confirm")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_authorizationId)));
    // Serialized by hand (both values are base64url: nothing to escape), so no QString copy of the
    // verifier or the handle is made; this copy is wiped once it is handed over.
    request.jsonBody.reserve(64 + int(m_handle.size()) + int(m_pkce.verifier().size()));
    request.jsonBody.append("{\"handle\":\"").append(m_handle.view());
    request.jsonBody.append("\",\"code_verifier\":\"").append(m_pkce.verifier()).append("\"}");
    const int attempt = m_attempt;
    m_session->sendAuthorized(request, this, [this, attempt](const ApiResponse& response) {
        setBusy(false);
        if (attempt != m_attempt)
            return;
        m_confirming = false;
        if (response.error.ok()) {
            AmazonConnection connection;
            QString error;
            if (AmazonConnection::fromJson(response.json, &connection, &error))
                setConnection(connection);
            else
                qCWarning(lcAmazon).noquote() << "confirmation answer not understood:" << error;
            qCInfo(lcAmazon) << "Amazon account connected after the seller's confirmation";
            finishAuthorization(Outcome::Connected, tr("Your Amazon account is connected."), false);
            return;
        }
        const ApiError::Kind kind = response.error.kind;
        if (kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout || kind == ApiError::Kind::RateLimited) {
            // Not heard by the server (or not yet allowed): the seller may click again.
            emit failed(noteError(response.error));
            return;
        }
        // 409: the server ended the authorization (one try only) and deleted the held token.
        finishAuthorization(Outcome::Failed, noteError(response.error), response.error.httpStatus != 409);
    });
    SecureBytes::wipe(request.jsonBody);
}

void AmazonConnectionClient::finishAuthorization(Outcome outcome, const QString& message, bool cancelOnServer)
{
    const QString id = m_authorizationId;
    endAttempt();
    qCInfo(lcAmazon) << "authorization finished" << outcome;
    emit authorizationFinished(outcome, message);
    // The server's view of the connection, whatever the outcome; after the cancellation, if any.
    if (cancelOnServer && !id.isEmpty())
        deleteAuthorization(id, true);
    else
        refresh();
}

void AmazonConnectionClient::endAttempt()
{
    ++m_attempt;
    m_active = false;
    m_pollTimer.stop();
    m_handleWaitTimer.stop();
    if (m_listener) {
        m_listener->close();
        m_listener->deleteLater();
    }
    m_listener = nullptr;
    m_pkce = PkcePair();
    m_handle.clear();
    m_authorizationId.clear();
    m_consentUrl = QUrl();
    m_deadline = QDateTime();
    m_approval = AmazonAuthorization();
    m_hasApproval = false;
    m_confirming = false;
}

void AmazonConnectionClient::deleteAuthorization(const QString& id, bool refreshAfter)
{
    if (!m_session)
        return;
    ApiRequest request;
    request.method = "DELETE";
    request.path = QStringLiteral("/v1/amazon/authorizations/%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(id)));
    m_session->sendAuthorized(request, this, [this, refreshAfter](const ApiResponse& response) {
        if (!response.error.ok())
            qCWarning(lcAmazon).noquote()
                << "the authorization could not be cancelled on the server:" << ApiError::kindName(response.error.kind)
                << response.error.httpStatus;
        if (refreshAfter)
            refresh();
    });
}

void AmazonConnectionClient::cancelAuthorization()
{
    if (!m_active)
        return;
    finishAuthorization(Outcome::Cancelled, tr("Connecting was cancelled."), true);
}

void AmazonConnectionClient::disconnectAmazon()
{
    if (!m_session || m_busy)
        return;
    setBusy(true);
    ApiRequest request;
    request.method = "DELETE";
    request.path = QStringLiteral("/v1/amazon/connection");
    m_session->sendAuthorized(request, this, [this](const ApiResponse& response) {
        setBusy(false);
        if (!response.error.ok()) {
            emit failed(noteError(response.error));
            return;
        }
        qCInfo(lcAmazon) << "Amazon connection removed on the server";
        emit disconnected();
        refresh();
    });
}

} // namespace sp
