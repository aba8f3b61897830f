#include "amazon/AmazonConnectionClient.h"

#include "api/ApiClient.h"
#include "auth/Session.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace sp {

Q_LOGGING_CATEGORY(lcAmazon, "sellerpulse.core.amazon")

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
}

int AmazonConnectionClient::secondsLeft() const
{
    if (!isAuthorizing() || !m_deadline.isValid())
        return 0;
    return int(qMax<qint64>(0, (m_deadline.toMSecsSinceEpoch() - m_clock->nowMSecsSinceEpoch() + 999) / 1000));
}

void AmazonConnectionClient::setPollIntervalMs(int ms)
{
    m_pollTimer.setInterval(qBound(500, ms, 10000));
}

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
    return error.userMessage();
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
            emit failed(describe(response.error));
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
    setBusy(true);
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/amazon/authorizations");
    request.body = QJsonObject{{QStringLiteral("region"), AmazonRegions::code(region)}};
    m_session->sendAuthorized(request, this, [this, region](const ApiResponse& response) {
        setBusy(false);
        if (!response.error.ok()) {
            emit authorizationFinished(Outcome::Failed, describe(response.error));
            return;
        }
        const QString id = response.json.value(QStringLiteral("id")).toString();
        const QUrl consentUrl(response.json.value(QStringLiteral("consent_url")).toString(), QUrl::StrictMode);
        const QDateTime expiresAt = QDateTime::fromString(
            response.json.value(QStringLiteral("state_expires_at")).toString(), Qt::ISODateWithMs);
        if (id.isEmpty()) {
            emit authorizationFinished(Outcome::Failed, tr("The server's answer was not understood."));
            return;
        }
        QString whyNot;
        if (!m_policy.isAllowed(consentUrl, region, &whyNot)) {
            // Never opened; the host only (no query: it carries the state) goes to the log.
            qCWarning(lcAmazon).noquote() << "consent URL refused, host" << consentUrl.host(QUrl::FullyEncoded);
            emit authorizationFinished(Outcome::Refused, whyNot);
            return;
        }
        // The countdown runs on this computer's clock, at most the state's lifetime: the server's
        // clock may differ (the sandbox's can be moved), the 15 minutes do not.
        const qint64 nowMs = m_clock->nowMSecsSinceEpoch();
        qint64 leftMs = qint64(kStateLifetimeSeconds) * 1000;
        if (expiresAt.isValid())
            leftMs = qBound<qint64>(0, expiresAt.toMSecsSinceEpoch() - nowMs, leftMs);
        m_authorizationId = id;
        m_deadline = QDateTime::fromMSecsSinceEpoch(nowMs + leftMs, Qt::UTC);
        if (!m_opener || !m_opener(consentUrl)) {
            m_authorizationId.clear();
            m_deadline = QDateTime();
            emit authorizationFinished(Outcome::Failed,
                                       tr("No web browser could be opened for Amazon's consent page."));
            return;
        }
        qCInfo(lcAmazon).noquote() << "authorization started, region" << AmazonRegions::code(region);
        m_connection.status = AmazonConnection::Status::Pending;
        emit connectionChanged(m_connection);
        emit authorizationStarted(consentUrl, m_deadline);
        m_pollTimer.start();
    });
}

void AmazonConnectionClient::poll()
{
    if (!m_session || !isAuthorizing() || m_pollInFlight)
        return;
    if (m_clock->nowMSecsSinceEpoch() > m_deadline.toMSecsSinceEpoch() + kDeadlineGraceMs) {
        finishAuthorization(Outcome::Expired, tr("The 15 minutes to give consent on Amazon have passed. "
                                                 "Please connect again."));
        return;
    }
    m_pollInFlight = true;
    ApiRequest request;
    request.path = QStringLiteral("/v1/amazon/authorizations/%1")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_authorizationId)));
    const QString id = m_authorizationId;
    m_session->sendAuthorized(request, this, [this, id](const ApiResponse& response) {
        m_pollInFlight = false;
        if (id != m_authorizationId)
            return; // cancelled or replaced meanwhile
        if (!response.error.ok()) {
            // A network hiccup does not end the authorization; the next poll asks again.
            if (response.error.kind == ApiError::Kind::Problem || response.error.kind == ApiError::Kind::SessionEnded)
                finishAuthorization(Outcome::Failed, describe(response.error));
            return;
        }
        const QString status = response.json.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("approved"))
            finishAuthorization(Outcome::Connected, tr("Your Amazon account is connected."));
        else if (status == QLatin1String("denied"))
            finishAuthorization(Outcome::Denied,
                                tr("Access was denied on Amazon. Your Amazon account is not connected."));
        else if (status == QLatin1String("expired"))
            finishAuthorization(Outcome::Expired, tr("The 15 minutes to give consent on Amazon have passed. "
                                                     "Please connect again."));
    });
}

void AmazonConnectionClient::finishAuthorization(Outcome outcome, const QString& message)
{
    m_pollTimer.stop();
    m_authorizationId.clear();
    m_deadline = QDateTime();
    qCInfo(lcAmazon) << "authorization finished" << outcome;
    emit authorizationFinished(outcome, message);
    refresh(); // the server's view of the connection, whatever the outcome
}

void AmazonConnectionClient::cancelAuthorization()
{
    if (!isAuthorizing())
        return;
    m_pollTimer.stop();
    m_authorizationId.clear();
    m_deadline = QDateTime();
    emit authorizationFinished(Outcome::Cancelled, tr("Connecting was cancelled."));
    refresh();
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
            emit failed(describe(response.error));
            return;
        }
        qCInfo(lcAmazon) << "Amazon connection removed on the server";
        emit disconnected();
        refresh();
    });
}

} // namespace sp
