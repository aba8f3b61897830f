#include "FakeHttpServer.h"
#include "api/ApiClient.h"
#include "auth/AuthorizedRequestQueue.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QTimer>

#include <optional>

namespace sp::test {

namespace {

// The token life cycle as the queue sees it, with its answers set by the test.
struct FakeTokens : AccessTokenSource
{
    Status status = Status::SignedIn;
    bool ready = true;
    QByteArray token = "token-1";
    quint64 serial = 1;
    int refreshRequests = 0;
    QList<quint64> refused;

    Status accessStatus() const override { return status; }
    bool accessTokenReady() const override { return ready; }
    QByteArray accessTokenForSend() const override { return token; }
    quint64 accessTokenSerial() const override { return serial; }
    void accessTokenRefused(quint64 s) override
    {
        refused.append(s);
        ready = false;
    }
    void refreshNeeded() override { ++refreshRequests; }
};

} // namespace

// The queue against a local fake server and a fake token source; Session's use of it is in TestSessionLogic.
class TestAuthorizedRequestQueue : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        FakeHttpServer server;
        QNetworkAccessManager nam;
        std::unique_ptr<ApiClient> api;
        FakeTokens tokens;
        std::unique_ptr<AuthorizedRequestQueue> queue;
        int answerStatus = 200;
        int delayMs = 0;

        bool init()
        {
            server.setHandler([this](const FakeHttpServer::Request&) {
                FakeHttpServer::Response r;
                r.status = answerStatus;
                r.delayMs = delayMs;
                if (answerStatus == 401) {
                    r.contentType = "application/problem+json";
                    r.body = R"({"status":401,"code":"token_expired","title":"t","type":"about:blank"})";
                } else {
                    r.body = "{}";
                }
                return r;
            });
            if (!server.listen())
                return false;
            api = std::make_unique<ApiClient>(&nam, ServerConfig{server.url(), {}, 5000});
            queue = std::make_unique<AuthorizedRequestQueue>(api.get(), &tokens);
            return true;
        }
        void send(QObject* context, std::optional<ApiResponse>* answer, bool holdsRefreshes = false)
        {
            ApiRequest request;
            request.path = QStringLiteral("/v1/account");
            queue->submit(
                request, context, [answer](const ApiResponse& r) { *answer = r; }, holdsRefreshes);
        }
    };

private slots:
    void sendsWithTheAccessToken()
    {
        Fixture f;
        QVERIFY(f.init());
        QObject context;
        std::optional<ApiResponse> answer;
        f.send(&context, &answer);
        QTRY_VERIFY(answer.has_value());
        QVERIFY(answer->error.ok());
        QCOMPARE(f.server.requests().size(), 1);
        QCOMPARE(f.server.requests().constFirst().headers.value("authorization"), QByteArray("Bearer token-1"));
    }

    void signedOutAnswersSessionEndedAsynchronously()
    {
        Fixture f;
        QVERIFY(f.init());
        f.tokens.status = AccessTokenSource::Status::SignedOut;
        QObject context;
        std::optional<ApiResponse> answer;
        f.send(&context, &answer);
        QVERIFY(!answer.has_value());
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->error.kind, ApiError::Kind::SessionEnded);
        QCOMPARE(f.server.requests().size(), 0);
    }

    void requestsWaitWhileRestoringAndGoOutOnReplay()
    {
        Fixture f;
        QVERIFY(f.init());
        f.tokens.status = AccessTokenSource::Status::Restoring;
        QObject context;
        std::optional<ApiResponse> a, b;
        f.send(&context, &a);
        f.send(&context, &b);
        QVERIFY(f.queue->hasWaiting());
        f.tokens.status = AccessTokenSource::Status::SignedIn;
        f.queue->replay();
        QTRY_VERIFY(a.has_value() && b.has_value());
        QVERIFY(a->error.ok() && b->error.ok());
        QCOMPARE(f.server.requests().size(), 2);
    }

    void requestsWithoutAUsableTokenAskForARefreshAndWait()
    {
        Fixture f;
        QVERIFY(f.init());
        f.tokens.ready = false;
        QObject context;
        std::optional<ApiResponse> a, b;
        f.send(&context, &a);
        f.send(&context, &b);
        QCOMPARE(f.tokens.refreshRequests, 2); // the source keeps one refresh in flight
        QCOMPARE(f.server.requests().size(), 0);
        f.tokens.ready = true;
        f.tokens.token = "token-2";
        f.queue->replay();
        QTRY_VERIFY(a.has_value() && b.has_value());
        for (const auto& request : f.server.requests())
            QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer token-2"));
    }

    void failedRefreshAnswersTheWaitingWithItsError()
    {
        Fixture f;
        QVERIFY(f.init());
        f.tokens.ready = false;
        QObject context;
        std::optional<ApiResponse> answer;
        f.send(&context, &answer);
        ApiError offline;
        offline.kind = ApiError::Kind::Network;
        offline.requestId = QStringLiteral("req_1");
        f.queue->fail(offline);
        QVERIFY(!f.queue->hasWaiting());
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->error.kind, ApiError::Kind::Network);
        QCOMPARE(answer->requestId, QStringLiteral("req_1"));
    }

    void unauthorizedIsReplayedOnceAfterARefresh()
    {
        Fixture f;
        QVERIFY(f.init());
        f.answerStatus = 401;
        QObject context;
        std::optional<ApiResponse> answer;
        f.send(&context, &answer);
        QTRY_COMPARE(f.tokens.refused.size(), 1);
        QCOMPARE(f.tokens.refused.constFirst(), quint64(1));
        QCOMPARE(f.tokens.refreshRequests, 1);
        f.tokens.ready = true;
        f.tokens.serial = 2;
        f.queue->replay();
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->httpStatus, 401); // the second 401 goes to the caller: no second refresh
        QCOMPARE(f.server.requests().size(), 2);
        QCOMPARE(f.tokens.refused.size(), 1);
    }

    void endingAnswersWaitingAndInFlightRequestsSessionEnded()
    {
        Fixture f;
        QVERIFY(f.init());
        f.delayMs = 200;
        QObject context;
        std::optional<ApiResponse> inFlight, waiting;
        f.send(&context, &inFlight);
        QTRY_COMPARE(f.server.requests().size(), 1);
        f.tokens.ready = false;
        f.send(&context, &waiting);
        f.queue->endAll();
        QTRY_VERIFY(inFlight.has_value() && waiting.has_value());
        QCOMPARE(inFlight->error.kind, ApiError::Kind::SessionEnded);
        QCOMPARE(waiting->error.kind, ApiError::Kind::SessionEnded);
    }

    void anAnswerAfterTheQueueIsGoneSaysSessionEnded()
    {
        Fixture f;
        QVERIFY(f.init());
        f.delayMs = 200;
        QObject context;
        std::optional<ApiResponse> answer;
        f.send(&context, &answer);
        QTRY_COMPARE(f.server.requests().size(), 1);
        f.queue.reset(); // e.g. the Session replaced by SessionHost while the request is out
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->error.kind, ApiError::Kind::SessionEnded);
    }

    void aRequestThatHoldsRefreshesHoldsThemOnlyWhileOnTheWire()
    {
        Fixture f;
        QVERIFY(f.init());
        f.delayMs = 200;
        QObject context;
        std::optional<ApiResponse> answer;
        f.send(&context, &answer, true);
        QVERIFY(f.queue->holdsRefreshes());
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!f.queue->holdsRefreshes());
    }

    void noAnswerAfterTheContextIsGone()
    {
        Fixture f;
        QVERIFY(f.init());
        f.tokens.status = AccessTokenSource::Status::SignedOut;
        std::optional<ApiResponse> answer, later;
        {
            QObject context;
            f.send(&context, &answer);
        }
        QObject living;
        f.send(&living, &later); // answered in order: once this one is, the first would have been
        QTRY_VERIFY(later.has_value());
        QVERIFY(!answer.has_value());
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestAuthorizedRequestQueue)
#include "TestAuthorizedRequestQueue.moc"
