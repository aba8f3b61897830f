#pragma once

#include "api/ApiError.h"
#include "api/PreparedTlsConfiguration.h"
#include "api/ServerConfig.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;

namespace sp {

struct ApiRequest
{
    QByteArray method = "GET";
    QString path;    // "/v1/account"
    QUrlQuery query; // e.g. cursor=...&limit=500; never logged (a cursor is the client's business)
    std::optional<QJsonObject> body;
    QByteArray bearerToken; // empty: no Authorization header
    // A JSON body already serialized, used instead of `body` when it holds a secret (a refresh
    // token): no QString/QJsonObject copy of it is made. The caller wipes its copy after send().
    QByteArray jsonBody;
    // https only: the request goes out on a connection of its own and is aborted right after the
    // TLS handshake, before anything is sent, unless the server's certificate has this SHA-256
    // (Kind::Tls, code "server_certificate_changed").
    QByteArray expectedPeerSha256;
    // A binary download (e.g. an account export): a 2xx body is written here as it arrives, with no
    // size limit and no JSON decoding (`json` stays empty). Error bodies are still problem+json.
    QIODevice* bodySink = nullptr;
    // The whole request, however slowly the bytes come (the transfer timeout only sees silence):
    // 0 takes the default by kind (kDeadlineMs, or kDownloadDeadlineMs with a bodySink).
    int deadlineMs = 0;
};

struct ApiResponse
{
    ApiError error;
    int httpStatus = 0;
    QJsonObject json;
    QString requestId;
    qint64 bodyBytes = 0;             // size of the received body, for transfer statistics
    QByteArray peerCertificateSha256; // of the server's certificate (https); empty for plain http
};

// Sends JSON requests to the SellerPulse API under the project's transport rules (TLS 1.2+, peer
// verification, HSTS, timeouts, strict decoding, problem+json mapping, local Retry-After back-off).
class ApiClient : public QObject
{
    Q_OBJECT
public:
    // Largest response body accepted; anything larger is a Decode error.
    static constexpr qint64 kMaxResponseBytes = 4 * 1024 * 1024;
    // Overall deadlines per request: a JSON answer (at most kMaxResponseBytes), a download to a file.
    static constexpr int kDeadlineMs = 60 * 1000;
    static constexpr int kDownloadDeadlineMs = 30 * 60 * 1000;

    ApiClient(QNetworkAccessManager* nam, ServerConfig config, QObject* parent = nullptr);
    ~ApiClient() override;

    const ServerConfig& config() const;

    using Callback = std::function<void(const ApiResponse&)>;
    // The callback runs only while `context` lives (always asynchronously, also for local refusals).
    // Returns the request id sent as X-Request-Id.
    QString send(const ApiRequest& request, QObject* context, Callback callback);
    // Aborts every request in flight; their callbacks get Kind::Cancelled.
    void cancelAll();
    // Server time minus this computer's time at the last answer with a Date header (ms), if any.
    std::optional<qint64> serverClockOffsetMs() const { return m_serverClockOffsetMs; }

private:
    struct Pending
    {
        QPointer<QObject> context;
        Callback callback;
        QString requestId;
        QByteArray method;
        QString path;
        QElapsedTimer timer;
        bool cancelled = false;
        bool tooLarge = false;
        bool deadlinePassed = false;
        int deadlineMs = 0;
        bool certificateTime = false; // a certificate error about dates: the clock may be wrong
        QString tlsErrors;
        bool trustRefused = false; // TlsPolicy::acceptsChain said no after the handshake
        QPointer<QIODevice> sink;  // see ApiRequest::bodySink
        bool sinkFailed = false;
        QString sinkFullFolder; // the sink's write failed on a full disk: this folder's
        qint64 sunkBytes = 0;
        QByteArray expectedPeerSha256; // see ApiRequest
        bool peerChanged = false;
    };

    // A request sent before the TLS configuration is ready (the first ones of a start).
    struct WaitingForTls
    {
        ApiRequest request;
        QString requestId;
        QPointer<QObject> context;
        Callback callback;
    };

    // Sends now; `context` is already resolved (send()'s or this client), and an answer goes to it only while it lives.
    void dispatch(const ApiRequest& request, const QString& requestId, const QPointer<QObject>& context,
                  Callback callback);
    void sendWaiting();
    static bool isSuccess(QNetworkReply* reply);
    void drainToSink(QNetworkReply* reply, Pending& pending);

    void finish(QNetworkReply* reply);
    void noteServerDate(QNetworkReply* reply);
    void answerLocally(QObject* context, Callback callback, ApiResponse response);
    void checkPeer(QNetworkReply* reply);

    QPointer<QNetworkAccessManager> m_nam;
    ServerConfig m_config;
    // Built once for the base URL's origin, on a worker thread: reading the system's CA bundle costs
    // milliseconds per request and 100+ ms the first time, on the thread that sends (the UI thread).
    PreparedTlsConfiguration m_tlsConfiguration;
    QString m_policyError;
    QHash<QNetworkReply*, Pending> m_pending;
    QList<WaitingForTls> m_waitingForTls;
    QElapsedTimer m_monotonic;               // immune to wall-clock changes
    QHash<QString, qint64> m_blockedUntilMs; // path -> m_monotonic time (ms) when the 429 ends
    std::optional<qint64> m_serverClockOffsetMs;
};

} // namespace sp
