#include "FakeHttpServer.h"
#include "api/ApiClient.h"
#include "auth/AuthorizedRequestQueue.h"
#include "auth/TokenPair.h"
#include "auth/TokenReissue.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include <limits>
#include <optional>

namespace sp::test {

namespace {

// Signed in with a usable access token: the queue sends at once.
struct SignedInTokens : AccessTokenSource
{
    int refreshRequests = 0;
    Status accessStatus() const override { return Status::SignedIn; }
    bool accessTokenReady() const override { return true; }
    QByteArray accessTokenForSend() const override { return "access-old"; }
    quint64 accessTokenSerial() const override { return 1; }
    void accessTokenRefused(quint64) override {}
    void refreshNeeded() override { ++refreshRequests; }
};

} // namespace

// One request answered by a new token pair (the password change) through the real queue, against a local fake
// server: how its answer is reported, that refreshes wait while it is on the wire, and that a late answer or a
// gone caller is handled. Session adopting the pair is in TestSessionLogic and TestSessionIntegration.
class TestTokenReissue : public QObject
{
    Q_OBJECT

    static constexpr int kNoLimit = std::numeric_limits<int>::max();

    struct Fixture
    {
        FakeHttpServer server;
        QNetworkAccessManager nam;
        std::unique_ptr<ApiClient> api;
        SignedInTokens tokens;
        std::unique_ptr<AuthorizedRequestQueue> queue;
        QObject owner;
        std::unique_ptr<TokenReissue> reissue;
        int status = 200;
        QList<QByteArray> reissued; // the new pairs' refresh tokens
        int failed = 0;

        bool init()
        {
            server.setHandler([this](const FakeHttpServer::Request&) {
                FakeHttpServer::Response r;
                r.status = status;
                r.delayMs = 100;
                if (status != 200) {
                    r.contentType = "application/problem+json";
                    r.body = R"({"status":403,"code":"invalid_credentials","title":"t","type":"about:blank"})";
                    return r;
                }
                const QJsonObject account{{QStringLiteral("id"), QStringLiteral("acc_1")},
                                          {QStringLiteral("email"), QStringLiteral("a@b.test")},
                                          {QStringLiteral("display_name"), QStringLiteral("A")}};
                r.body = QJsonDocument(QJsonObject{{QStringLiteral("access_token"), QStringLiteral("access-new")},
                                                   {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                                   {QStringLiteral("expires_in"), 900},
                                                   {QStringLiteral("refresh_token"), QStringLiteral("refresh-new")},
                                                   {QStringLiteral("refresh_expires_in"), 86400},
                                                   {QStringLiteral("account"), account}})
                             .toJson(QJsonDocument::Compact);
                return r;
            });
            if (!server.listen())
                return false;
            api = std::make_unique<ApiClient>(&nam, ServerConfig{server.url(), {}, 5000});
            queue = std::make_unique<AuthorizedRequestQueue>(api.get(), &tokens);
            reissue = std::make_unique<TokenReissue>(
                queue.get(), &owner,
                [this](TokenPair&& pair, TokenReissue::Done finish) {
                    reissued.append(pair.refreshToken.toByteArray());
                    finish(ApiError{});
                },
                [this] { ++failed; });
            return true;
        }
        void send(
            QObject* context, std::optional<ApiError>* answer, std::function<bool()> current = [] { return true; },
            int maxTokenBytes = kNoLimit)
        {
            ApiRequest request;
            request.method = "POST";
            request.path = QStringLiteral("/v1/account/password");
            reissue->send(
                request, context, [answer](const ApiError& e) { *answer = e; }, std::move(current), maxTokenBytes);
        }
    };

private slots:
    void aNewPairIsReportedAndRefreshesWaitWhileOnTheWire()
    {
        Fixture f;
        QVERIFY(f.init());
        QObject context;
        std::optional<ApiError> answer;
        f.send(&context, &answer);
        QTRY_COMPARE(f.server.requests().size(), 1);
        QVERIFY(f.queue->holdsRefreshes()); // the server may already have retired the refresh token
        QCOMPARE(f.server.requests().constFirst().headers.value("authorization"), QByteArray("Bearer access-old"));
        QTRY_VERIFY(answer.has_value());
        QVERIFY(answer->ok());
        QVERIFY(!f.queue->holdsRefreshes());
        QCOMPARE(f.reissued, QList<QByteArray>{"refresh-new"});
        QCOMPARE(f.failed, 0);
    }

    void aRefusalGivesNoPairAndTheCallerItsError()
    {
        Fixture f;
        QVERIFY(f.init());
        f.status = 403;
        QObject context;
        std::optional<ApiError> answer;
        f.send(&context, &answer);
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->code, QStringLiteral("invalid_credentials"));
        QCOMPARE(f.failed, 1); // the session lets waiting refreshes go
        QVERIFY(f.reissued.isEmpty());
        QVERIFY(!f.queue->holdsRefreshes());
    }

    void aRefreshTokenTheKeychainCannotHoldIsRefused()
    {
        Fixture f;
        QVERIFY(f.init());
        QObject context;
        std::optional<ApiError> answer;
        f.send(
            &context, &answer, [] { return true; }, 5); // "refresh-new" is longer
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->kind, ApiError::Kind::Decode);
        QCOMPARE(f.failed, 1);
        QVERIFY(f.reissued.isEmpty());
    }

    void anAnswerAfterTheSessionEndedIsSessionEnded()
    {
        Fixture f;
        QVERIFY(f.init());
        bool current = true;
        QObject context;
        std::optional<ApiError> answer;
        f.send(&context, &answer, [&current] { return current; });
        QTRY_COMPARE(f.server.requests().size(), 1);
        current = false; // signed out while the request was on the wire
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->kind, ApiError::Kind::SessionEnded);
        QVERIFY(f.reissued.isEmpty()); // a pair for an ended session is never adopted
        QCOMPARE(f.failed, 0);
    }

    void aPairIsAdoptedEvenWhenTheCallerIsGone()
    {
        Fixture f;
        QVERIFY(f.init());
        std::optional<ApiError> answer;
        {
            QObject context; // the password dialog, closed before the answer
            f.send(&context, &answer);
            QTRY_COMPARE(f.server.requests().size(), 1);
        }
        // The old refresh token is retired on the server: the new pair must not be lost with the dialog.
        QTRY_COMPARE(f.reissued, QList<QByteArray>{"refresh-new"});
        QVERIFY(!answer.has_value());
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestTokenReissue)
#include "TestTokenReissue.moc"
