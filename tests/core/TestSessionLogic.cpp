#include "FakeHttpServer.h"
#include "account/AccountSecurityClient.h"
#include "api/ApiClient.h"
#include "auth/Session.h"
#include "common/Clock.h"
#include "profile/Profile.h"
#include "secrets/InMemorySecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace sp::test {

namespace {

class ShiftedClock : public Clock
{
public:
    qint64 offsetMs = 0;
    QDateTime nowUtc() const override { return QDateTime::fromMSecsSinceEpoch(nowMSecsSinceEpoch(), Qt::UTC); }
    qint64 nowMSecsSinceEpoch() const override { return Clock::nowMSecsSinceEpoch() + offsetMs; }
};

QByteArray b64(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

using Response = FakeHttpServer::Response;

Response problem(int status, const char* code)
{
    Response r;
    r.status = status;
    r.contentType = "application/problem+json";
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("status"), status},
                                       {QStringLiteral("code"), QLatin1String(code)},
                                       {QStringLiteral("title"), QStringLiteral("t")},
                                       {QStringLiteral("type"), QStringLiteral("about:blank")},
                                       {QStringLiteral("request_id"), QStringLiteral("r")}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

// The server side of the session, as small as the tests need.
struct FakeAuthServer
{
    FakeHttpServer http;
    int issued = 0;
    QByteArray currentAccess;
    QByteArray currentRefresh;
    const char* refreshProblemCode = nullptr; // answer refreshes with this 401
    int refreshStatus = 200;
    bool expireNextAccountCall = false;
    QByteArray revokedRefresh; // refresh token made useless by a password change
    int passwordChangeDelayMs = 0;

    Response tokenPair()
    {
        ++issued;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray payload = QJsonDocument(QJsonObject{{QStringLiteral("sub"), QStringLiteral("acc_1")},
                                                             {QStringLiteral("sid"), QStringLiteral("fam_1")},
                                                             {QStringLiteral("iat"), now},
                                                             {QStringLiteral("exp"), now + 900},
                                                             {QStringLiteral("jti"), issued}})
                                       .toJson(QJsonDocument::Compact);
        currentAccess =
            b64(R"({"alg":"HS256","typ":"JWT"})") + '.' + b64(payload) + ".sig" + QByteArray::number(issued);
        currentRefresh = "refresh-" + QByteArray::number(issued);
        Response r;
        r.body = QJsonDocument(
                     QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(currentAccess)},
                                 {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                 {QStringLiteral("expires_in"), 900},
                                 {QStringLiteral("refresh_token"), QString::fromLatin1(currentRefresh)},
                                 {QStringLiteral("refresh_expires_in"), 86400},
                                 {QStringLiteral("account"),
                                  QJsonObject{{QStringLiteral("id"), QStringLiteral("acc_1")},
                                              {QStringLiteral("email"), QStringLiteral("a@b.test")},
                                              {QStringLiteral("display_name"), QStringLiteral("A")},
                                              {QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00Z")}}}})
                     .toJson(QJsonDocument::Compact);
        return r;
    }

    FakeAuthServer()
    {
        http.setHandler([this](const FakeHttpServer::Request& request) {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            if (request.path == "/v1/auth/login") {
                if (body.value(QStringLiteral("password")).toString() != QStringLiteral("right password"))
                    return problem(401, "invalid_credentials");
                return tokenPair();
            }
            if (request.path == "/v1/auth/refresh") {
                if (refreshProblemCode)
                    return problem(401, refreshProblemCode);
                if (refreshStatus != 200)
                    return problem(refreshStatus, "internal_error");
                const QByteArray presented = body.value(QStringLiteral("refresh_token")).toString().toLatin1();
                if (!revokedRefresh.isEmpty() && presented == revokedRefresh)
                    return problem(401, "password_changed");
                if (presented != currentRefresh)
                    return problem(401, "refresh_token_invalid");
                return tokenPair();
            }
            if (request.path == "/v1/account") {
                if (request.headers.value("authorization") != "Bearer " + currentAccess)
                    return problem(401, "unauthorized");
                if (expireNextAccountCall) {
                    expireNextAccountCall = false;
                    return problem(401, "token_expired");
                }
                Response r;
                r.body = R"({"id":"acc_1","email":"a@b.test","display_name":"A","created_at":"2026-01-01T00:00:00Z"})";
                return r;
            }
            if (request.path == "/v1/account/password") {
                if (request.headers.value("authorization") != "Bearer " + currentAccess)
                    return problem(401, "unauthorized");
                if (body.value(QStringLiteral("current_password")).toString() != QStringLiteral("right password"))
                    return problem(403, "invalid_credentials");
                // The server bumps the token version at once; the answer may take a while to arrive.
                revokedRefresh = currentRefresh;
                Response r = tokenPair();
                r.delayMs = passwordChangeDelayMs;
                return r;
            }
            if (request.path == "/v1/auth/logout") {
                Response r;
                r.status = 204;
                r.contentType.clear();
                return r;
            }
            return problem(404, "not_found");
        });
    }

    int count(const QByteArray& path) const
    {
        int n = 0;
        for (const auto& request : http.requests())
            n += request.path == path ? 1 : 0;
        return n;
    }
};

} // namespace

// Session logic against a fake server and an in-memory keychain; the real ones are in TestSessionIntegration.
class TestSessionLogic : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QTemporaryDir dir;
        FakeAuthServer server;
        QNetworkAccessManager nam;
        std::unique_ptr<ApiClient> api;
        InMemorySecretStore secrets;
        std::optional<Profile> profile;
        ShiftedClock clock;
        std::unique_ptr<Session> session;

        bool init()
        {
            if (!server.http.listen())
                return false;
            api = std::make_unique<ApiClient>(&nam, ServerConfig{server.http.url(), {}, 5000});
            QString error;
            profile = Profile::open(dir.path(), &error);
            if (!profile)
                return false;
            session = std::make_unique<Session>(api.get(), &secrets, &*profile, &clock);
            return true;
        }
        QString key() const { return profile->secretKey(QStringLiteral("refresh-token")); }
        void remember(const QString& serverUrl)
        {
            profile->settings().setValue(QStringLiteral("session/remembered"), true);
            profile->settings().setValue(QStringLiteral("session/email"), QStringLiteral("a@b.test"));
            profile->settings().setValue(QStringLiteral("session/server"), serverUrl);
        }
        bool signIn()
        {
            QSignalSpy spy(session.get(), &Session::signedIn);
            session->signIn(QStringLiteral("a@b.test"), QStringLiteral("right password"));
            return spy.wait(5000) && session->state() == Session::State::SignedIn;
        }
    };

    static ApiRequest accountRequest()
    {
        ApiRequest request;
        request.path = QStringLiteral("/v1/account");
        return request;
    }

private slots:
    void lockedKeychainWithMarkerIsNotASignOut()
    {
        Fixture f;
        QVERIFY(f.init());
        f.remember(f.server.http.url().toString());
        f.secrets.setAvailable(false);
        QSignalSpy unavailable(f.session.get(), &Session::keychainUnavailable);
        QSignalSpy ended(f.session.get(), &Session::ended);

        f.session->restore();
        QCOMPARE(f.session->state(), Session::State::Restoring);
        QVERIFY(unavailable.wait(5000));
        QCOMPARE(f.session->state(), Session::State::KeychainUnavailable);
        QVERIFY(!unavailable.constFirst().constFirst().toString().isEmpty());
        QVERIFY(f.session->hasRememberedSession());
        QCOMPARE(ended.size(), 0);
        QCOMPARE(f.server.http.requests().size(), 0);

        // The user unlocks the keychain and retries.
        f.server.tokenPair(); // the server knows this refresh token
        f.secrets.setAvailable(true);
        QSignalSpy signedIn(f.session.get(), &Session::signedIn);
        f.secrets.write(f.key(), f.server.currentRefresh, nullptr, nullptr);
        f.session->retryKeychain();
        QVERIFY(signedIn.wait(5000));
        QCOMPARE(f.session->state(), Session::State::SignedIn);
        QCOMPARE(f.server.count("/v1/auth/refresh"), 1);
        QTRY_COMPARE(f.secrets.value(f.key()), f.server.currentRefresh); // rotated token stored
        QCOMPARE(f.session->account().email, QStringLiteral("a@b.test"));
    }

    void restoreWhoseRotatedTokenIsNotKeptIsForgotten()
    {
        Fixture f;
        QVERIFY(f.init());
        f.remember(f.server.http.url().toString());
        f.server.tokenPair(); // the server knows this refresh token
        f.secrets.write(f.key(), f.server.currentRefresh, nullptr, nullptr);
        QTRY_VERIFY(f.secrets.contains(f.key()));
        // The keychain reads, but the rotated token's write never answers.
        f.secrets.setWriteDelayMs(600000);
        f.session->setKeychainTimeoutMs(200);
        QSignalSpy signedIn(f.session.get(), &Session::signedIn);
        QSignalSpy failed(f.session.get(), &Session::persistenceFailed);

        f.session->restore();
        QVERIFY(signedIn.wait(5000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(f.session->state(), Session::State::SignedIn);
        QVERIFY(!f.session->isPersistent());
        // A marker without its token would read as a locked keychain at the next start.
        QVERIFY2(!f.session->hasRememberedSession(), "the marker came back after the keychain write failed");

        Session next(f.api.get(), &f.secrets, &*f.profile, &f.clock);
        QSignalSpy unavailable(&next, &Session::keychainUnavailable);
        next.restore();
        QCOMPARE(next.state(), Session::State::SignedOut);
        QCOMPARE(unavailable.size(), 0);
    }

    void noMarkerMeansSignedOut()
    {
        Fixture f;
        QVERIFY(f.init());
        QSignalSpy states(f.session.get(), &Session::stateChanged);
        f.session->restore();
        QCOMPARE(f.session->state(), Session::State::SignedOut);
        QCOMPARE(f.server.http.requests().size(), 0);
    }

    void rememberedTokenIsNotSentToAnotherPortOfTheSameHost()
    {
        Fixture f;
        QVERIFY(f.init());
        QUrl otherPort = f.server.http.url();
        otherPort.setPort(otherPort.port() == 65535 ? 65534 : otherPort.port() + 1);
        f.remember(otherPort.toString());
        f.secrets.write(f.key(), "refresh-x", nullptr, nullptr);
        QTRY_VERIFY(f.secrets.contains(f.key()));
        QSignalSpy ended(f.session.get(), &Session::ended);
        f.session->restore();
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(ended.constFirst().at(0).value<Session::EndReason>(), Session::EndReason::ServerChanged);
        QVERIFY(!ended.constFirst().at(1).toString().isEmpty()); // the user is told why
        QCOMPARE(f.session->state(), Session::State::SignedOut);
        QVERIFY(!f.session->hasRememberedSession());
        QVERIFY(!f.secrets.contains(f.key()));
        QCOMPARE(f.server.http.requests().size(), 0);
    }

    void keychainWriteThatNeverAnswersTellsTheUser()
    {
        Fixture f;
        QVERIFY(f.init());
        f.secrets.setWriteDelayMs(600000); // a keychain that does not answer
        f.session->setKeychainTimeoutMs(200);
        QSignalSpy failed(f.session.get(), &Session::persistenceFailed);
        QVERIFY(f.signIn());
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.constFirst().constFirst().toString().contains(QLatin1String("did not answer")),
                 qPrintable(failed.constFirst().constFirst().toString()));
        QVERIFY(!f.session->isPersistent());
        QVERIFY(!f.session->hasRememberedSession());

        // The session goes on for this run: a refresh is not held back by the write still pending.
        QCOMPARE(f.secrets.pendingWrites(), 1);
        f.server.expireNextAccountCall = true;
        std::optional<ApiResponse> answer;
        QObject context;
        f.session->sendAuthorized(accountRequest(), &context, [&answer](const ApiResponse& r) { answer = r; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY2(answer->error.ok(), qPrintable(answer->error.userMessage()));
        QCOMPARE(f.server.count("/v1/auth/refresh"), 1);
        QCOMPARE(f.secrets.pendingWrites(), 1); // no second write: the session is not kept in the keychain
        QCOMPARE(failed.size(), 1);
    }

    void rememberedTokenIsNeverSentToAnotherServer()
    {
        Fixture f;
        QVERIFY(f.init());
        f.remember(QStringLiteral("https://other.example.com"));
        f.secrets.write(f.key(), "refresh-x", nullptr, nullptr);
        QTRY_VERIFY(f.secrets.contains(f.key()));
        f.session->restore();
        QCOMPARE(f.session->state(), Session::State::SignedOut);
        QVERIFY(!f.session->hasRememberedSession());
        QTRY_VERIFY(!f.secrets.contains(f.key()));
        QCOMPARE(f.server.http.requests().size(), 0);
    }

    void signInStoresOnlyInKeychain()
    {
        Fixture f;
        QVERIFY(f.init());
        QVERIFY(f.signIn());
        QVERIFY(f.session->isPersistent());
        QCOMPARE(f.secrets.value(f.key()), f.server.currentRefresh);
        QVERIFY(f.session->hasRememberedSession());
        QCOMPARE(f.session->rememberedEmail(), QStringLiteral("a@b.test"));
        for (const QString& key : f.profile->settings().allKeys()) {
            const QByteArray value = f.profile->settings().value(key).toString().toUtf8();
            QVERIFY(!value.contains(f.server.currentRefresh));
            QVERIFY(!value.contains(f.server.currentAccess));
        }
    }

    void wrongPassword()
    {
        Fixture f;
        QVERIFY(f.init());
        QSignalSpy failed(f.session.get(), &Session::signInFailed);
        f.session->signIn(QStringLiteral("a@b.test"), QStringLiteral("wrong"));
        QVERIFY(failed.wait(5000));
        const auto error = failed.constFirst().constFirst().value<ApiError>();
        QCOMPARE(error.code, QStringLiteral("invalid_credentials"));
        QCOMPARE(f.session->state(), Session::State::SignedOut);
        QVERIFY(!f.secrets.contains(f.key()));
        QVERIFY(!f.session->hasRememberedSession());
    }

    void refreshTokenTheKeychainCannotHoldIsRefused()
    {
        Fixture f;
        QVERIFY(f.init());
        f.secrets.setMaxValueBytes(5); // "refresh-1" is longer
        QSignalSpy failed(f.session.get(), &Session::signInFailed);
        f.session->signIn(QStringLiteral("a@b.test"), QStringLiteral("right password"));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.constFirst().constFirst().value<ApiError>().kind, ApiError::Kind::Decode);
        QCOMPARE(f.session->state(), Session::State::SignedOut);
        QCOMPARE(f.secrets.writeCount(), 0);
        QVERIFY(!f.session->hasRememberedSession());
    }

    void continueWithoutKeychainStoresNothing()
    {
        Fixture f;
        QVERIFY(f.init());
        f.secrets.setAvailable(false);
        QSignalSpy signedIn(f.session.get(), &Session::signedIn);
        f.session->continueWithoutKeychain(QStringLiteral("a@b.test"), QStringLiteral("right password"));
        QVERIFY(signedIn.wait(5000));
        QVERIFY(!f.session->isPersistent());
        QCOMPARE(f.secrets.writeCount(), 0);
        QVERIFY(!f.session->hasRememberedSession());
    }

    void lockedKeychainAtSignInKeepsSessionForThisRun()
    {
        Fixture f;
        QVERIFY(f.init());
        f.secrets.setAvailable(false);
        QSignalSpy persistenceFailed(f.session.get(), &Session::persistenceFailed);
        QVERIFY(f.signIn());
        QCOMPARE(persistenceFailed.size(), 1);
        QVERIFY(!f.session->isPersistent());
        QVERIFY(!f.session->hasRememberedSession());
    }

    void refreshRefusalEndsSession_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<Session::EndReason>("reason");
        QTest::newRow("password_changed") << QByteArray("password_changed") << Session::EndReason::SignedOutElsewhere;
        QTest::newRow("session_revoked") << QByteArray("session_revoked") << Session::EndReason::SignedOutElsewhere;
        QTest::newRow("refresh_token_reused") << QByteArray("refresh_token_reused") << Session::EndReason::TokenReused;
        QTest::newRow("refresh_token_invalid")
            << QByteArray("refresh_token_invalid") << Session::EndReason::SessionExpired;
    }

    void refreshRefusalEndsSession()
    {
        QFETCH(QByteArray, code);
        QFETCH(Session::EndReason, reason);
        Fixture f;
        QVERIFY(f.init());
        QVERIFY(f.signIn());
        f.server.refreshProblemCode = code.constData();
        f.clock.offsetMs = 3600 * 1000; // the access token looks expired: the next request refreshes first

        QSignalSpy ended(f.session.get(), &Session::ended);
        std::optional<ApiResponse> answer;
        QObject context;
        f.session->sendAuthorized(accountRequest(), &context, [&](const ApiResponse& r) { answer = r; });
        QVERIFY(ended.wait(5000));
        QCOMPARE(ended.constFirst().at(0).value<Session::EndReason>(), reason);
        QVERIFY(!ended.constFirst().at(1).toString().isEmpty());
        QCOMPARE(f.session->state(), Session::State::SignedOut);
        QVERIFY(!f.secrets.contains(f.key()));
        QVERIFY(!f.session->hasRememberedSession());
        QVERIFY(!f.session->hasAccessToken());
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->error.kind, ApiError::Kind::SessionEnded);
        QCOMPARE(f.server.count("/v1/account"), 0);
    }

    void serverTroubleDoesNotEndSession()
    {
        Fixture f;
        QVERIFY(f.init());
        QVERIFY(f.signIn());
        f.server.refreshStatus = 503;
        f.clock.offsetMs = 3600 * 1000;
        QSignalSpy ended(f.session.get(), &Session::ended);
        std::optional<ApiResponse> answer;
        QObject context;
        f.session->sendAuthorized(accountRequest(), &context, [&](const ApiResponse& r) { answer = r; });
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->error.kind, ApiError::Kind::Problem);
        QCOMPARE(answer->error.httpStatus, 503);
        QCOMPARE(ended.size(), 0);
        QCOMPARE(f.session->state(), Session::State::SignedIn);
        QVERIFY(f.secrets.contains(f.key()));
        QVERIFY(f.session->hasRememberedSession());
    }

    void queuedRequestsShareOneRefresh()
    {
        Fixture f;
        QVERIFY(f.init());
        QVERIFY(f.signIn());
        f.clock.offsetMs = 3600 * 1000;
        QSignalSpy refreshed(f.session.get(), &Session::refreshed);
        QObject context;
        int ok = 0;
        for (int i = 0; i < 5; ++i)
            f.session->sendAuthorized(accountRequest(), &context,
                                      [&](const ApiResponse& r) { ok += r.error.ok() ? 1 : 0; });
        QTRY_COMPARE(ok, 5);
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(f.server.count("/v1/auth/refresh"), 1);
        QCOMPARE(f.server.count("/v1/account"), 5);
        // The rotated refresh token was stored before the requests were replayed.
        QCOMPARE(f.secrets.value(f.key()), f.server.currentRefresh);
    }

    void tokenExpiredRefreshesOnceAndReplays()
    {
        Fixture f;
        QVERIFY(f.init());
        f.session->setProactiveRefreshEnabled(false);
        QVERIFY(f.signIn());
        f.server.expireNextAccountCall = true;
        std::optional<ApiResponse> answer;
        QObject context;
        f.session->sendAuthorized(accountRequest(), &context, [&](const ApiResponse& r) { answer = r; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY2(answer->error.ok(), qPrintable(answer->error.userMessage()));
        QCOMPARE(f.server.count("/v1/auth/refresh"), 1);
        QCOMPARE(f.server.count("/v1/account"), 2);
    }

    void noRefreshWhilePasswordChangeIsOnTheWire()
    {
        Fixture f;
        QVERIFY(f.init());
        f.session->setProactiveRefreshEnabled(false);
        QVERIFY(f.signIn());
        f.server.passwordChangeDelayMs = 300;
        AccountSecurityClient security(f.session.get());
        QSignalSpy changed(&security, &AccountSecurityClient::passwordChanged);
        QSignalSpy ended(f.session.get(), &Session::ended);
        security.changePassword(QStringLiteral("right password"), QStringLiteral("the new password"));
        QTRY_COMPARE(f.server.count("/v1/account/password"), 1);

        // Meanwhile another request finds the access token expired. Refreshing now would present the
        // refresh token the server has just retired (password_changed) and end the session.
        f.clock.offsetMs = 3600 * 1000;
        std::optional<ApiResponse> answer;
        QObject context;
        f.session->sendAuthorized(accountRequest(), &context, [&](const ApiResponse& r) { answer = r; });
        QVERIFY(changed.wait(5000));
        QTRY_VERIFY(answer.has_value());
        QVERIFY2(answer->error.ok(), qPrintable(answer->error.userMessage()));
        QCOMPARE(ended.size(), 0);
        QCOMPARE(f.server.count("/v1/auth/refresh"), 0);
        QCOMPARE(f.secrets.value(f.key()), f.server.currentRefresh);
        QCOMPARE(f.session->state(), Session::State::SignedIn);
    }

    void failedPasswordChangeKeepsSession()
    {
        Fixture f;
        QVERIFY(f.init());
        QVERIFY(f.signIn());
        AccountSecurityClient security(f.session.get());
        QSignalSpy failed(&security, &AccountSecurityClient::passwordChangeFailed);
        security.changePassword(QStringLiteral("wrong"), QStringLiteral("the new password"));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.constFirst().constFirst().value<ApiError>().code, QStringLiteral("invalid_credentials"));
        QCOMPARE(f.session->state(), Session::State::SignedIn);
        std::optional<ApiResponse> answer;
        QObject context;
        f.session->sendAuthorized(accountRequest(), &context, [&](const ApiResponse& r) { answer = r; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(answer->error.ok());
    }

    void signOutWaitsForPendingKeychainWrite()
    {
        Fixture f;
        QVERIFY(f.init());
        QVERIFY(f.signIn());
        f.secrets.setWriteDelayMs(200);
        AccountSecurityClient security(f.session.get());
        security.changePassword(QStringLiteral("right password"), QStringLiteral("the new password"));
        QTRY_COMPARE(f.secrets.pendingWrites(), 1); // the new refresh token is on its way in
        QSignalSpy ended(f.session.get(), &Session::ended);
        f.session->signOut();
        QVERIFY(ended.wait(5000));
        QCOMPARE(f.secrets.pendingWrites(), 0);
        QVERIFY2(!f.secrets.contains(f.key()), "a write landing after the deletion brought the token back");
    }

    void signedOutRequestsAnswerSessionEnded()
    {
        Fixture f;
        QVERIFY(f.init());
        std::optional<ApiResponse> answer;
        QObject context;
        f.session->sendAuthorized(accountRequest(), &context, [&](const ApiResponse& r) { answer = r; });
        QVERIFY(!answer.has_value()); // asynchronous, like every answer
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->error.kind, ApiError::Kind::SessionEnded);
        QCOMPARE(f.server.http.requests().size(), 0);
    }

    void signOutClearsEverything()
    {
        Fixture f;
        QVERIFY(f.init());
        QVERIFY(f.signIn());
        QSignalSpy ended(f.session.get(), &Session::ended);
        f.session->signOut();
        QVERIFY(ended.wait(5000));
        QCOMPARE(ended.constFirst().at(0).value<Session::EndReason>(), Session::EndReason::UserSignedOut);
        QVERIFY(!f.secrets.contains(f.key()));
        QVERIFY(!f.session->hasRememberedSession());
        QTRY_COMPARE(f.server.count("/v1/auth/logout"), 1);
        for (const auto& request : f.server.http.requests()) {
            if (request.path == "/v1/auth/logout") // the server is told which session to forget
                QVERIFY(request.body.contains(QByteArray("\"refresh_token\":\"" + f.server.currentRefresh + '"')));
        }
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSessionLogic)
#include "TestSessionLogic.moc"
