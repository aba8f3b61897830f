#include "FakeHttpServer.h"
#include "api/ApiClient.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace sp::test {

namespace {
using Response = FakeHttpServer::Response;

Response json(int status, const QByteArray& body, const QByteArray& type = "application/json")
{
    Response r;
    r.status = status;
    r.body = body;
    r.contentType = type;
    return r;
}
} // namespace

// ApiClient against a tiny local server: strict decoding, problem mapping, headers, local back-off.
// Holds every TLS configuration build on its worker (PreparedTlsConfiguration's test hook) until
// releaseOne(); the end of the scope lets every worker go.
class HeldTlsBuilds
{
public:
    HeldTlsBuilds()
    {
        PreparedTlsConfiguration::setBuildHookForTests([this] { m_release.acquire(); });
    }
    ~HeldTlsBuilds()
    {
        PreparedTlsConfiguration::setBuildHookForTests({});
        m_release.release(8); // never leaves a worker waiting
    }
    void releaseOne() { m_release.release(); }

private:
    QSemaphore m_release;
};

class TestApiClient : public QObject
{
    Q_OBJECT

    std::optional<ApiResponse> call(ApiClient& client, const ApiRequest& request)
    {
        std::optional<ApiResponse> result;
        QObject context;
        client.send(request, &context, [&result](const ApiResponse& r) { result = r; });
        // Timeouts in this test are short; anything slower is a bug (the caller checks has_value()).
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 10000);
        return result;
    }

    static ApiRequest get(const char* path)
    {
        ApiRequest request;
        request.path = QString::fromLatin1(path);
        return request;
    }

private slots:
    void decoding_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");

        const int ok = int(ApiError::Kind::None);
        const int decode = int(ApiError::Kind::Decode);
        QTest::newRow("object") << 200 << QByteArray("application/json") << QByteArray(R"({"a":1})") << ok;
        QTest::newRow("object with charset")
            << 200 << QByteArray("application/json; charset=utf-8") << QByteArray(R"({"a":1})") << ok;
        QTest::newRow("204 empty") << 204 << QByteArray() << QByteArray() << ok;
        QTest::newRow("array") << 200 << QByteArray("application/json") << QByteArray("[1,2]") << decode;
        QTest::newRow("string") << 200 << QByteArray("application/json") << QByteArray("\"x\"") << decode;
        QTest::newRow("truncated") << 200 << QByteArray("application/json") << QByteArray(R"({"a":)") << decode;
        QTest::newRow("html") << 200 << QByteArray("text/html") << QByteArray("<html></html>") << decode;
        QTest::newRow("json but wrong type") << 200 << QByteArray("text/plain") << QByteArray(R"({"a":1})") << decode;
        QTest::newRow("empty 200") << 200 << QByteArray("application/json") << QByteArray() << decode;
        QTest::newRow("garbage bytes") << 200 << QByteArray("application/json") << QByteArray("\xff\xfe\x00{", 4)
                                       << decode;
        QTest::newRow("redirect not followed") << 302 << QByteArray() << QByteArray() << decode;
    }

    void decoding()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const FakeHttpServer::Request&) {
            Response r = json(status, body, contentType);
            if (status == 302)
                r.headers.append(qMakePair(QByteArray("Location"), QByteArray("http://127.0.0.1:1/elsewhere")));
            return r;
        });
        QNetworkAccessManager nam;
        ApiClient client(&nam, ServerConfig{server.url(), {}, 5000});
        const auto response = call(client, get("/v1/health"));
        QVERIFY(response);
        QCOMPARE(int(response->error.kind), kind);
        QCOMPARE(response->httpStatus, status);
        QCOMPARE(server.requests().size(), 1);
        if (kind == int(ApiError::Kind::None) && status == 200)
            QCOMPARE(response->json.value(QStringLiteral("a")).toInt(), 1);
    }

    void oversizedResponseIsDecodeError_data()
    {
        QTest::addColumn<bool>("withLength");
        QTest::newRow("content-length") << true;
        QTest::newRow("streamed") << false;
    }

    void oversizedResponseIsDecodeError()
    {
        QFETCH(bool, withLength);
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const FakeHttpServer::Request&) {
            Response r = json(200, "{\"a\":\"" + QByteArray(5 * 1024 * 1024, 'x') + "\"}");
            r.lieAboutLength = !withLength;
            return r;
        });
        QNetworkAccessManager nam;
        ApiClient client(&nam, ServerConfig{server.url(), {}, 10000});
        const auto response = call(client, get("/v1/account"));
        QVERIFY(response);
        QCOMPARE(response->error.kind, ApiError::Kind::Decode);
        QVERIFY(response->json.isEmpty());
    }

    void sendsTheRightHeaders()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpServer::Request&) { return json(200, "{}"); });
        QNetworkAccessManager nam;
        ApiClient client(&nam, ServerConfig{server.url(), {}, 5000});
        ApiRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/v1/auth/login");
        request.body = QJsonObject{{QStringLiteral("email"), QStringLiteral("a@b.test")}};
        request.bearerToken = "tok.en.value";
        std::optional<ApiResponse> result;
        QObject context;
        const QString id = client.send(request, &context, [&](const ApiResponse& r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->error.ok());
        QCOMPARE(result->requestId, id);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9-]{16,64}$")).match(id).hasMatch());

        QCOMPARE(server.requests().size(), 1);
        const auto& seen = server.requests().constFirst();
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.path, QByteArray("/v1/auth/login"));
        QCOMPARE(seen.headers.value("x-request-id"), id.toLatin1());
        QCOMPARE(seen.headers.value("accept"), QByteArray("application/json"));
        QCOMPARE(seen.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(seen.headers.value("authorization"), QByteArray("Bearer tok.en.value"));
        QCOMPARE(seen.body, QByteArray(R"({"email":"a@b.test"})"));

        // Two requests never share an id.
        std::optional<ApiResponse> second;
        const QString id2 = client.send(get("/v1/health"), &context, [&](const ApiResponse& r) { second = r; });
        QTRY_VERIFY(second.has_value());
        QVERIFY(id2 != id);
        QVERIFY(!server.requests().at(1).headers.contains("authorization"));
    }

    void problemJsonMapped()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpServer::Request&) {
            return json(
                401,
                R"({"type":"about:blank","title":"Unauthorized","status":401,"detail":"no","code":"invalid_credentials","request_id":"r1"})",
                "application/problem+json");
        });
        QNetworkAccessManager nam;
        ApiClient client(&nam, ServerConfig{server.url(), {}, 5000});
        const auto response = call(client, get("/v1/account"));
        QVERIFY(response);
        QCOMPARE(response->error.kind, ApiError::Kind::Problem);
        QCOMPARE(response->error.httpStatus, 401);
        QCOMPARE(response->error.code, QStringLiteral("invalid_credentials"));
        QCOMPARE(response->error.detail, QStringLiteral("no"));
        QCOMPARE(response->error.requestId, response->requestId);
    }

    void rateLimitHoldsBackTheSamePath()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        int served = 0;
        server.setHandler([&](const FakeHttpServer::Request& request) {
            ++served;
            if (request.path == "/v1/auth/login" && served == 1) {
                Response r =
                    json(429, R"({"status":429,"code":"rate_limited","retry_after":1})", "application/problem+json");
                r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
                return r;
            }
            return json(200, "{}");
        });
        QNetworkAccessManager nam;
        ApiClient client(&nam, ServerConfig{server.url(), {}, 5000});
        ApiRequest login = get("/v1/auth/login");
        login.method = "POST";
        login.body = QJsonObject{};

        auto first = call(client, login);
        QVERIFY(first);
        QCOMPARE(first->error.kind, ApiError::Kind::RateLimited);
        QCOMPARE(first->error.retryAfterSeconds, 1);

        // Refused locally: no new connection reaches the server.
        const int connectionsBefore = server.connectionCount();
        auto second = call(client, login);
        QVERIFY(second);
        QCOMPARE(second->error.kind, ApiError::Kind::RateLimited);
        QVERIFY(second->error.retryAfterSeconds >= 1);
        QCOMPARE(second->httpStatus, 0);
        QCOMPARE(server.connectionCount(), connectionsBefore);

        // Other paths are not held back.
        auto other = call(client, get("/v1/health"));
        QVERIFY(other);
        QVERIFY(other->error.ok());

        // After Retry-After has passed the same path goes out again.
        std::optional<ApiResponse> later;
        QObject context;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     if (later && later->error.ok())
                                         return true;
                                     if (!later || later->error.kind == ApiError::Kind::RateLimited) {
                                         later.reset();
                                         client.send(login, &context, [&](const ApiResponse& r) { later = r; });
                                     }
                                     return false;
                                 }()),
                                 5000);
        QCOMPARE(server.requests().constLast().path, QByteArray("/v1/auth/login"));
    }

    void policyRefusesWithoutTraffic()
    {
        QNetworkAccessManager nam;
        ApiClient client(&nam, ServerConfig{QUrl(QStringLiteral("http://example.com")), {}, 5000});
        const auto response = call(client, get("/v1/health"));
        QVERIFY(response);
        QCOMPARE(response->error.kind, ApiError::Kind::Policy);
        QVERIFY(!response->error.technical.isEmpty());
        QVERIFY(!response->error.userMessage().isEmpty());
    }

    void timeout()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpServer::Request&) {
            Response r;
            r.hang = true;
            return r;
        });
        QNetworkAccessManager nam;
        ApiClient client(&nam, ServerConfig{server.url(), {}, 300});
        const auto response = call(client, get("/v1/health"));
        QVERIFY(response);
        QCOMPARE(response->error.kind, ApiError::Kind::Timeout);
    }

    // A server that trickles one byte at a time never lets the transfer timeout fire; the request's
    // overall deadline ends it, as "too slow", not as an outage.
    void tricklingServerMeetsTheDeadline()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpServer::Request&) {
            Response r = json(200, "{\"a\":\"" + QByteArray(2000, 'x') + "\"}");
            r.trickleMs = 50;
            return r;
        });
        QNetworkAccessManager nam;
        ApiClient client(&nam, ServerConfig{server.url(), {}, 2000}); // silence longer than 2 s: timeout
        ApiRequest request = get("/v1/orders");
        request.deadlineMs = 1000;
        const auto response = call(client, request);
        QVERIFY(response);
        QCOMPARE(response->error.kind, ApiError::Kind::Timeout);
        QCOMPARE(response->error.code, QStringLiteral("deadline"));
        QVERIFY2(response->error.userMessage().contains(QStringLiteral("too slow")),
                 qPrintable(response->error.userMessage()));
        QVERIFY(response->json.isEmpty());
    }

    // An answer that completes within the deadline is untouched by it (the timer dies with the reply).
    void deadlineSparesAnAnswerInTime()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpServer::Request&) {
            Response r = json(200, R"({"a":1})");
            r.trickleMs = 5;
            return r;
        });
        QNetworkAccessManager nam;
        ApiClient client(&nam, ServerConfig{server.url(), {}, 5000});
        ApiRequest request = get("/v1/health");
        request.deadlineMs = 8000;
        const auto response = call(client, request);
        QVERIFY(response);
        QVERIFY2(response->error.ok(), qPrintable(response->error.userMessage()));
        QCOMPARE(response->json.value(QStringLiteral("a")).toInt(), 1);
    }

    // The server's Date header is remembered as the clock offset a certificate message may quote.
    void serverDateGivesTheClockOffset()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        const QDateTime serverNow = QDateTime::currentDateTimeUtc().addSecs(3 * 3600);
        server.setHandler([&](const FakeHttpServer::Request&) {
            Response r = json(200, R"({"a":1})");
            r.headers.append(
                {"Date",
                 QLocale::c().toString(serverNow, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1()});
            return r;
        });
        QNetworkAccessManager nam;
        ApiClient client(&nam, ServerConfig{server.url(), {}, 5000});
        QVERIFY(!client.serverClockOffsetMs());
        const auto response = call(client, get("/v1/health"));
        QVERIFY(response && response->error.ok());
        QVERIFY(client.serverClockOffsetMs());
        QVERIFY2(qAbs(*client.serverClockOffsetMs() - 3 * 3600 * 1000) < 60 * 1000,
                 qPrintable(QString::number(*client.serverClockOffsetMs())));
    }

    // The message for a certificate refused for its dates names the clock, the local time and a
    // known offset.
    void certificateDatesPointAtTheClock()
    {
        ApiError error;
        error.kind = ApiError::Kind::Tls;
        error.code = QStringLiteral("certificate_time");
        error.technical = QStringLiteral("The certificate is not yet valid");
        error.localTime = QDateTime(QDate(2031, 5, 6), QTime(7, 8));
        QString message = error.userMessage();
        QVERIFY2(message.contains(QStringLiteral("clock")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("2031")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("minute")), qPrintable(message));
        error.clockOffsetSeconds = -2 * 24 * 3600;
        message = error.userMessage();
        QVERIFY2(message.contains(QStringLiteral("2880 minute")) && message.contains(QStringLiteral("behind")),
                 qPrintable(message));
        error.clockOffsetSeconds = 60; // ordinary drift is not worth a word
        QVERIFY(!error.userMessage().contains(QStringLiteral("minute")));
    }

    // A download into a file on a full disk (a 1 MB tmpfs, root only) says so, with the folder.
    void downloadOnAFullDiskSaysSo()
    {
        QTemporaryDir base;
        QVERIFY(base.isValid());
        const QString mountPoint = base.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(mountPoint));
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                              QStringLiteral("size=1m"), QStringLiteral("tmpfs"), mountPoint});
        if (!mount.waitForFinished(15000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
            QSKIP("mounting a tmpfs is not permitted here");
        struct Unmount
        {
            QString path;
            ~Unmount() { QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), path}); }
        } unmount{mountPoint};

        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpServer::Request&) {
            return json(200, QByteArray(3 * 1024 * 1024, 'z'), "application/zip");
        });
        QNetworkAccessManager nam;
        ApiClient client(&nam, ServerConfig{server.url(), {}, 10000});
        QFile file(mountPoint + QStringLiteral("/export.zip"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        ApiRequest request = get("/v1/account/export/file");
        request.bodySink = &file;
        const auto response = call(client, request);
        file.close();
        QVERIFY(response);
        QCOMPARE(response->error.kind, ApiError::Kind::Decode);
        QCOMPARE(response->error.code, QStringLiteral("disk_full"));
        const QString message = response->error.userMessage();
        QVERIFY2(message.contains(QStringLiteral("disk is full"))
                     && message.contains(QDir::toNativeSeparators(mountPoint)),
                 qPrintable(message));
    }

    void connectionRefusedIsNetwork()
    {
        QNetworkAccessManager nam;
        ApiClient client(&nam, ServerConfig{QUrl(QStringLiteral("http://127.0.0.1:1")), {}, 5000});
        const auto response = call(client, get("/v1/health"));
        QVERIFY(response);
        QCOMPARE(response->error.kind, ApiError::Kind::Network);
    }

    void callbackDroppedWhenContextDies()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpServer::Request&) { return json(200, "{}"); });
        QNetworkAccessManager nam;
        ApiClient client(&nam, ServerConfig{server.url(), {}, 5000});
        bool called = false;
        auto* context = new QObject;
        client.send(get("/v1/health"), context, [&](const ApiResponse&) { called = true; });
        delete context;
        QTRY_COMPARE(server.requests().size(), 1);
        // A later request on a living context proves the first answer had time to arrive.
        const auto response = call(client, get("/v1/health"));
        QVERIFY(response);
        QVERIFY(response->error.ok());
        QVERIFY(!called);
    }

    void cancelAll()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpServer::Request&) {
            Response r;
            r.hang = true;
            return r;
        });
        QNetworkAccessManager nam;
        ApiClient client(&nam, ServerConfig{server.url(), {}, 10000});
        std::optional<ApiResponse> result;
        QObject context;
        client.send(get("/v1/health"), &context, [&](const ApiResponse& r) { result = r; });
        QTRY_COMPARE(server.requests().size(), 1);
        client.cancelAll();
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error.kind, ApiError::Kind::Cancelled);
    }

    // Issue 15, the start: the TLS configuration (the system's CA bundle with a CA file: 100-150 ms of CPU)
    // is built on a worker, and requests sent meanwhile wait for it without blocking the caller. The
    // build is held here: a send() that waited for it would never return.
    void requestsSentBeforeTheTlsConfigurationWaitForItWithoutBlocking()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpServer::Request&) { return json(200, "{}"); });
        HeldTlsBuilds held;
        QNetworkAccessManager nam;
        ApiClient client(&nam, ServerConfig{server.url(), {}, 5000});
        std::optional<ApiResponse> answered;
        QObject context;
        client.send(get("/v1/health"), &context, [&](const ApiResponse& r) { answered = r; });
        bool goneCalled = false;
        auto* gone = new QObject;
        client.send(get("/v1/health"), gone, [&](const ApiResponse&) { goneCalled = true; });
        delete gone; // its request still goes out (a sign-out's revocation must); its answer is dropped
        QCoreApplication::processEvents();
        QCOMPARE(server.requests().size(), 0);
        QVERIFY(!answered);

        held.releaseOne();
        QTRY_VERIFY(answered.has_value());
        QVERIFY(answered->error.ok());
        QTRY_COMPARE(server.requests().size(), 2);
        const auto later = call(client, get("/v1/health")); // the dropped answer had time to arrive
        QVERIFY(later && later->error.ok());
        QVERIFY(!goneCalled);
    }

    void cancelAllAnswersTheRequestsWaitingForTls()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpServer::Request&) { return json(200, "{}"); });
        HeldTlsBuilds held;
        QNetworkAccessManager nam;
        ApiClient client(&nam, ServerConfig{server.url(), {}, 5000});
        std::optional<ApiResponse> result;
        QObject context;
        client.send(get("/v1/health"), &context, [&](const ApiResponse& r) { result = r; });
        client.cancelAll();
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error.kind, ApiError::Kind::Cancelled);
        held.releaseOne();
        const auto later = call(client, get("/v1/health"));
        QVERIFY(later && later->error.ok());
        QCOMPARE(server.requests().size(), 1); // the cancelled one never went out
    }

    // The app's start holds the TLS builds until its first screen is up: requests wait, nothing blocks,
    // and they go out once the hold ends. A caller that needs the configuration at once still gets it.
    void heldBuildsStartWhenReleased()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpServer::Request&) { return json(200, "{}"); });
        PreparedTlsConfiguration::holdBuilds();
        auto release = qScopeGuard([] { PreparedTlsConfiguration::releaseBuilds(); });
        QNetworkAccessManager nam;
        ApiClient client(&nam, ServerConfig{server.url(), {}, 5000});
        std::optional<ApiResponse> answered;
        QObject context;
        client.send(get("/v1/health"), &context, [&](const ApiResponse& r) { answered = r; });
        PreparedTlsConfiguration waiting(ServerConfig{server.url(), {}, 5000});
        QVERIFY(!waiting.buildStarted());
        PreparedTlsConfiguration needed(ServerConfig{server.url(), {}, 5000});
        QCOMPARE(needed.get().peerVerifyMode(), QSslSocket::VerifyPeer); // built on demand despite the hold
        QCoreApplication::processEvents();
        QVERIFY(!waiting.buildStarted());
        QCOMPARE(server.requests().size(), 0);
        QVERIFY(!answered);
        release.dismiss();
        PreparedTlsConfiguration::releaseBuilds();
        QVERIFY(waiting.buildStarted());
        QTRY_VERIFY(answered.has_value());
        QVERIFY(answered->error.ok());
        QCOMPARE(server.requests().size(), 1);
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestApiClient)
#include "TestApiClient.moc"
