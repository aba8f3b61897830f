#include "api/ApiClient.h"

#include "api/ApiLog.h"
#include "api/NetworkRequestBuilder.h"
#include "api/ProblemDetails.h"
#include "api/RequestId.h"
#include "log/PathTemplate.h"
#include "api/TlsPolicy.h"
#include "api/UrlPolicy.h"

#include <QDateTime>
#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <QStorageInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QTimer>

#include <utility>

namespace sp {

namespace {

ApiError makeError(ApiError::Kind kind, const QString& requestId, const QString& technical = QString())
{
    ApiError error;
    error.kind = kind;
    error.requestId = requestId;
    error.technical = technical;
    return error;
}

bool isJsonContentType(const QByteArray& contentType)
{
    const QByteArray mime = contentType.split(';').constFirst().trimmed().toLower();
    return mime == "application/json";
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager* nam, ServerConfig config, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_config(std::move(config))
    , m_tlsConfiguration(m_config)
{
    m_monotonic.start();
    if (!UrlPolicy::isAllowed(m_config.baseUrl, &m_policyError) && m_policyError.isEmpty())
        m_policyError = QStringLiteral("refused");
    if (m_nam)
        m_nam->setStrictTransportSecurityEnabled(true);
    TlsPolicy::adoptConnections(m_nam, m_config);
    connect(&m_tlsConfiguration, &PreparedTlsConfiguration::ready, this, &ApiClient::sendWaiting);
}

ApiClient::~ApiClient()
{
    // Late replies must not call back into objects that outlive us by accident.
    const auto replies = m_pending.keys();
    m_pending.clear();
    for (QNetworkReply* reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

const ServerConfig& ApiClient::config() const { return m_config; }

void ApiClient::answerLocally(QObject* context, Callback callback, ApiResponse response)
{
    // Always asynchronous, so callers see the same ordering as for network answers.
    QObject* target = context ? context : this;
    QTimer::singleShot(0, target, [callback = std::move(callback), response = std::move(response)] {
        if (callback)
            callback(response);
    });
}

QString ApiClient::send(const ApiRequest& request, QObject* context, Callback callback)
{
    const QString requestId = RequestId::generate();
    ApiResponse refused;
    refused.requestId = requestId;

    if (!m_policyError.isEmpty() || !m_nam) {
        refused.error = makeError(ApiError::Kind::Policy, requestId, m_policyError);
        qCWarning(lcApi).noquote() << request.method << PathTemplate::of(request.path)
                                   << "refused by URL policy; request id" << requestId;
        answerLocally(context, std::move(callback), refused);
        return requestId;
    }
    if (!request.path.startsWith(QLatin1Char('/')) || request.path.contains(QLatin1Char('?'))
        || request.path.contains(QLatin1Char('#'))) {
        refused.error = makeError(ApiError::Kind::Policy, requestId, QStringLiteral("bad request path"));
        answerLocally(context, std::move(callback), refused);
        return requestId;
    }

    // Never retry into a storm: after a 429 the same path waits as long as the server asked.
    const auto blocked = m_blockedUntilMs.constFind(request.path);
    if (blocked != m_blockedUntilMs.constEnd()) {
        const qint64 remainingMs = blocked.value() - m_monotonic.elapsed();
        if (remainingMs > 0) {
            refused.error = makeError(ApiError::Kind::RateLimited, requestId);
            refused.error.code = QStringLiteral("rate_limited");
            refused.error.retryAfterSeconds = int((remainingMs + 999) / 1000);
            qCInfo(lcApi).noquote() << request.method << PathTemplate::of(request.path)
                                    << "held back locally (rate limited) for" << refused.error.retryAfterSeconds
                                    << "s; request id" << requestId;
            answerLocally(context, std::move(callback), refused);
            return requestId;
        }
        m_blockedUntilMs.remove(request.path);
    }

    QPointer<QObject> target = context ? context : this;
    if (!m_tlsConfiguration.isReady()) {
        m_waitingForTls.append(WaitingForTls{request, requestId, target, std::move(callback)});
        return requestId;
    }
    dispatch(request, requestId, target, std::move(callback));
    return requestId;
}

void ApiClient::sendWaiting()
{
    // Sent even when the caller is gone (a sign-out's revocation must still reach the server); its
    // answer is then dropped like any other whose context died.
    for (const WaitingForTls& request : std::exchange(m_waitingForTls, {}))
        dispatch(request.request, request.requestId, request.context, request.callback);
}

void ApiClient::dispatch(const ApiRequest& request, const QString& requestId, const QPointer<QObject>& context,
                         Callback callback)
{
    ApiResponse refused;
    refused.requestId = requestId;
    QByteArray payload;
    const QNetworkRequest networkRequest =
        NetworkRequestBuilder::build(request, m_config, m_tlsConfiguration.get(), requestId, &payload);
    const QUrl url = networkRequest.url();
    QNetworkAccessManager* nam = m_nam;
    if (!request.expectedPeerSha256.isEmpty()) {
        if (url.scheme() != QLatin1String("https")) {
            refused.error =
                makeError(ApiError::Kind::Policy, requestId, QStringLiteral("a pinned request needs https"));
            if (context)
                answerLocally(context, std::move(callback), refused);
            return;
        }
        // A manager of its own, so a new connection: on a reused one there is no handshake, and so
        // no moment before the body goes out to compare the certificate. Deleted with the reply.
        nam = new QNetworkAccessManager(this);
        nam->setStrictTransportSecurityEnabled(true);
    }
    QNetworkReply* reply = nam->sendCustomRequest(networkRequest, request.method, payload);

    Pending pending;
    pending.context = context;
    pending.callback = std::move(callback);
    pending.requestId = requestId;
    pending.method = request.method;
    pending.path = request.path;
    pending.sink = request.bodySink;
    const int deadlineMs =
        request.deadlineMs > 0 ? request.deadlineMs : (request.bodySink ? kDownloadDeadlineMs : kDeadlineMs);
    pending.deadlineMs = deadlineMs;
    pending.timer.start();
    pending.expectedPeerSha256 = request.expectedPeerSha256;
    m_pending.insert(reply, std::move(pending));
    if (!request.expectedPeerSha256.isEmpty()) {
        // Emitted after the handshake and before the request is written (the HTTP thread waits for
        // this slot), so an abort here sends nothing.
        connect(reply, &QNetworkReply::encrypted, this, [this, reply] { checkPeer(reply); });
    }

    // The transfer timeout restarts with every byte: a server trickling one byte a second would hold
    // the request (and a sync) forever without an overall deadline.
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, reply] {
        auto it = m_pending.find(reply);
        if (it == m_pending.end() || it->cancelled)
            return;
        it->deadlinePassed = true;
        reply->abort();
    });
    deadline->start(deadlineMs);

    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError>& errors) {
        // Recorded for the message only; never ignored.
        auto it = m_pending.find(reply);
        if (it != m_pending.end())
            it->tlsErrors = TlsPolicy::describe(errors);
        for (const QSslError& error : errors)
            if (it != m_pending.end()
                && (error.error() == QSslError::CertificateNotYetValid
                    || error.error() == QSslError::CertificateExpired))
                it->certificateTime = true;
    });
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
        // Before anything is sent: a chain through the CA file's CAs is good for the server's origin only.
        QString whyNot;
        if (TlsPolicy::acceptsChain(m_config, reply->url(), reply->sslConfiguration().peerCertificateChain(), &whyNot))
            return;
        auto it = m_pending.find(reply);
        if (it != m_pending.end()) {
            it->tlsErrors = whyNot;
            it->trustRefused = true;
        }
        reply->abort();
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        auto it = m_pending.find(reply);
        if (it != m_pending.end() && it->sink && isSuccess(reply)) {
            drainToSink(reply, *it);
            return;
        }
        if (it != m_pending.end() && !it->tooLarge && reply->bytesAvailable() > kMaxResponseBytes) {
            it->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        auto it = m_pending.find(reply);
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (it != m_pending.end() && it->sink && isSuccess(reply))
            return; // a download may be large; it goes to the sink, not into memory
        if (it != m_pending.end() && !it->tooLarge && length.isValid() && length.toLongLong() > kMaxResponseBytes) {
            it->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
}

void ApiClient::checkPeer(QNetworkReply* reply)
{
    auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (!peer.isNull() && peer.digest(QCryptographicHash::Sha256) == it->expectedPeerSha256)
        return;
    qCWarning(lcApi).noquote() << it->method << PathTemplate::of(it->path)
                               << "not sent: the server's certificate is not the expected one; request id"
                               << it->requestId;
    it->peerChanged = true;
    reply->abort();
}

void ApiClient::cancelAll()
{
    for (const WaitingForTls& request : std::exchange(m_waitingForTls, {})) { // never sent: cancelled here
        ApiResponse cancelled;
        cancelled.requestId = request.requestId;
        cancelled.error = makeError(ApiError::Kind::Cancelled, request.requestId);
        if (request.context)
            answerLocally(request.context, request.callback, cancelled);
    }
    const auto replies = m_pending.keys();
    for (QNetworkReply* reply : replies) {
        auto it = m_pending.find(reply);
        if (it != m_pending.end())
            it->cancelled = true;
        reply->abort();
    }
}

bool ApiClient::isSuccess(QNetworkReply* reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 200 && status <= 299;
}

void ApiClient::drainToSink(QNetworkReply* reply, Pending& pending)
{
    const QByteArray chunk = reply->readAll();
    if (pending.sinkFailed || chunk.isEmpty())
        return;
    if (!pending.sink || pending.sink->write(chunk) != chunk.size()) {
        pending.sinkFailed = true;
        // ENOSPC is no passing error: the user must free space, and is told where.
        if (auto* file = qobject_cast<QFileDevice*>(pending.sink.data())) {
            const QString folder = QFileInfo(file->fileName()).absolutePath();
            const QStorageInfo storage(folder);
            if (storage.isValid() && storage.bytesAvailable() < chunk.size())
                pending.sinkFullFolder = folder;
        }
        reply->abort();
        return;
    }
    pending.sunkBytes += chunk.size();
}

void ApiClient::noteServerDate(QNetworkReply* reply)
{
    // RFC 9110 IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    const QByteArray date = reply->rawHeader("Date").trimmed();
    if (date.isEmpty())
        return;
    QDateTime server =
        QLocale::c().toDateTime(QString::fromLatin1(date), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!server.isValid())
        return;
    server.setTimeSpec(Qt::UTC);
    m_serverClockOffsetMs = server.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch();
}

void ApiClient::finish(QNetworkReply* reply)
{
    reply->deleteLater();
    if (reply->manager() && reply->manager() != m_nam)
        reply->manager()->deleteLater(); // the pinned request's own manager (see send)
    auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(it.value());
    m_pending.erase(it);

    ApiResponse response;
    response.requestId = pending.requestId;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    response.httpStatus = status;
    const QNetworkReply::NetworkError networkError = reply->error();
    const bool transportError = networkError != QNetworkReply::NoError && int(networkError) < 200;

    noteServerDate(reply);
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (!peer.isNull())
        response.peerCertificateSha256 = peer.digest(QCryptographicHash::Sha256);

    if (pending.peerChanged) {
        response.error = makeError(ApiError::Kind::Tls, pending.requestId,
                                   QStringLiteral("the server's certificate is not the expected one"));
        response.error.code = QStringLiteral("server_certificate_changed");
    } else if (pending.cancelled) {
        response.error = makeError(ApiError::Kind::Cancelled, pending.requestId);
    } else if (pending.trustRefused) {
        response.error = makeError(ApiError::Kind::Tls, pending.requestId, pending.tlsErrors);
        if (m_nam)
            m_nam->clearConnectionCache(); // the refused connection must not carry the next request
    } else if (pending.deadlinePassed) {
        response.error = makeError(ApiError::Kind::Timeout, pending.requestId,
                                   QStringLiteral("no complete answer within %1 ms").arg(pending.deadlineMs));
        response.error.code = QStringLiteral("deadline");
        response.error.deadlineSeconds = (pending.deadlineMs + 999) / 1000;
    } else if (pending.sinkFailed) {
        response.error =
            makeError(ApiError::Kind::Decode, pending.requestId, QStringLiteral("the download could not be written"));
        if (!pending.sinkFullFolder.isEmpty()) {
            response.error.code = QStringLiteral("disk_full");
            response.error.technical = QDir::toNativeSeparators(pending.sinkFullFolder);
        }
    } else if (pending.tooLarge) {
        response.error = makeError(ApiError::Kind::Decode, pending.requestId,
                                   QStringLiteral("response larger than %1 bytes").arg(kMaxResponseBytes));
    } else if (transportError) {
        switch (networkError) {
        case QNetworkReply::SslHandshakeFailedError:
            response.error = makeError(ApiError::Kind::Tls, pending.requestId,
                                       pending.tlsErrors.isEmpty() ? reply->errorString() : pending.tlsErrors);
            // No certificate error: the handshake itself failed (e.g. the server offers only TLS 1.1).
            if (pending.tlsErrors.isEmpty())
                response.error.code = QStringLiteral("tls_handshake");
            // "Expired" or "not yet valid" is as often this computer's wrong clock as the server's
            // fault: the message says so, with the local time and the skew last seen, if any.
            if (pending.certificateTime) {
                response.error.code = QStringLiteral("certificate_time");
                response.error.localTime = QDateTime::currentDateTime();
                if (m_serverClockOffsetMs)
                    response.error.clockOffsetSeconds = *m_serverClockOffsetMs / 1000;
            }
            // Otherwise the failed connection is reused and new trust settings never apply.
            if (m_nam)
                m_nam->clearConnectionCache();
            break;
        case QNetworkReply::OperationCanceledError: // the transfer timeout aborts like this
        case QNetworkReply::TimeoutError:
            response.error = makeError(ApiError::Kind::Timeout, pending.requestId, reply->errorString());
            break;
        default:
            response.error = makeError(ApiError::Kind::Network, pending.requestId, reply->errorString());
            break;
        }
    } else if (pending.sink && status >= 200 && status <= 299) {
        drainToSink(reply, pending);
        response.bodyBytes = pending.sunkBytes;
        if (pending.sinkFailed) {
            response.error = makeError(ApiError::Kind::Decode, pending.requestId,
                                       QStringLiteral("the download could not be written"));
            if (!pending.sinkFullFolder.isEmpty()) {
                response.error.code = QStringLiteral("disk_full");
                response.error.technical = QDir::toNativeSeparators(pending.sinkFullFolder);
            }
        }
    } else {
        const QByteArray body = reply->readAll();
        response.bodyBytes = body.size();
        if (body.size() > kMaxResponseBytes) {
            response.error = makeError(ApiError::Kind::Decode, pending.requestId,
                                       QStringLiteral("response larger than %1 bytes").arg(kMaxResponseBytes));
        } else if (status >= 400 && status <= 599) {
            response.error = ProblemDetails::fromHttp(status, body, pending.requestId, reply->rawHeader("Retry-After"));
            if (response.error.kind == ApiError::Kind::RateLimited)
                m_blockedUntilMs.insert(pending.path,
                                        m_monotonic.elapsed() + qint64(response.error.retryAfterSeconds) * 1000);
        } else if (status == 204) {
            if (!body.isEmpty())
                response.error = makeError(ApiError::Kind::Decode, pending.requestId, QStringLiteral("body in a 204"));
        } else if (status >= 200 && status <= 299) {
            QJsonParseError parseError{};
            const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
            if (!isJsonContentType(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray())) {
                response.error = makeError(ApiError::Kind::Decode, pending.requestId,
                                           QStringLiteral("content type is not application/json"));
            } else if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
                response.error =
                    makeError(ApiError::Kind::Decode, pending.requestId,
                              parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                           : QStringLiteral("not a JSON object"));
            } else {
                response.json = document.object();
            }
        } else {
            response.error = makeError(ApiError::Kind::Decode, pending.requestId,
                                       QStringLiteral("unexpected HTTP status %1").arg(status));
        }
    }
    response.error.httpStatus = status;

    // Method, path template (ids replaced), status, duration and id only: never bodies, headers,
    // tokens or queries. One line per request: the request log (FileLogging) is made of these.
    qCInfo(lcApi).noquote() << pending.method << PathTemplate::of(pending.path) << "status" << status << "in"
                            << pending.timer.elapsed() << "ms; request id" << pending.requestId
                            << (response.error.ok() ? QString() : ApiError::kindName(response.error.kind));

    if (pending.context && pending.callback)
        pending.callback(response);
}

} // namespace sp
