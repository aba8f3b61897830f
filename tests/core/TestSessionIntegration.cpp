#include "SandboxProcess.h"
#include "SessionHarness.h"
#include "account/AccountSecurityClient.h"
#include "auth/JwtClaims.h"

#include <QJsonArray>
#include <QTest>

namespace sp::test {

namespace {
QList<QSslCertificate> sandboxCas(const SandboxProcess& sandbox)
{
    QList<QSslCertificate> cas;
    QString error;
    if (!ServerConfig::loadCaFile(sandbox.certificatePath(), &cas, &error))
        qWarning("cannot load the sandbox certificate: %s", qPrintable(error));
    return cas;
}

const QString kPassword = QStringLiteral("correct horse battery");

// Requests the sandbox served on `path` (its log: "POST /v1/auth/refresh 200 ..."). Requests that
// carry the refresh token go out on a connection of their own (ApiClient's pinned requests), so the
// client's recording manager does not see them; the server does.
int served(const SandboxProcess& sandbox, const QString& path)
{
    return sandbox.capturedStderr().count(QStringLiteral("POST ") + path + QLatin1Char(' '));
}
} // namespace

// The session against the real sandbox over HTTPS and the real keychain (scripts/with-keyring.sh).
class TestSessionIntegration : public QObject
{
    Q_OBJECT

    bool startSandbox(SandboxProcess& sandbox, SandboxProcess::Options options = {})
    {
        QString error;
        const bool started = sandbox.start(options, &error);
        if (!started)
            qWarning("sandbox did not start: %s", qPrintable(error));
        return started;
    }

private slots:
    void signInAndUseTheSession()
    {
        SandboxProcess sandbox;
        QVERIFY(startSandbox(sandbox));
        Client client;
        QVERIFY(client.init(sandbox.url(), sandboxCas(sandbox)));
        QVERIFY(client.signIn(sandbox.demoEmail(), sandbox.demoPassword()));
        QCOMPARE(client.session->account().email, sandbox.demoEmail());
        QCOMPARE(client.session->account().displayName, QStringLiteral("Demo Seller"));
        QVERIFY(client.session->isPersistent());
        QVERIFY(client.session->hasRememberedSession());
        QCOMPARE(client.session->rememberedServer(), sandbox.url().toString());

        const auto account = client.authorized("GET", QStringLiteral("/v1/account"));
        QVERIFY(account);
        QVERIFY2(account->error.ok(), qPrintable(account->error.userMessage()));
        QCOMPARE(account->json.value(QStringLiteral("email")).toString(), sandbox.demoEmail());

        const SecretResult stored = readKeychain(client.refreshKey());
        QCOMPARE(stored.status, SecretResult::Status::Ok);
        QVERIFY(!stored.value.isEmpty());
        QCOMPARE(stored.value, client.keychain.written.constLast());

        QSignalSpy ended(client.session.get(), &Session::ended);
        client.session->signOut();
        QVERIFY(ended.wait(15000));
    }

    void wrongPassword()
    {
        SandboxProcess sandbox;
        QVERIFY(startSandbox(sandbox));
        Client client;
        QVERIFY(client.init(sandbox.url(), sandboxCas(sandbox)));
        QSignalSpy failed(client.session.get(), &Session::signInFailed);
        client.session->signIn(sandbox.demoEmail(), QStringLiteral("not the password"));
        QVERIFY(failed.wait(15000));
        const auto error = failed.constFirst().constFirst().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Problem);
        QCOMPARE(error.httpStatus, 401);
        QCOMPARE(error.code, QStringLiteral("invalid_credentials"));
        QVERIFY(!error.requestId.isEmpty());
        // The request id is for support: in the details, not in the message the user reads.
        QVERIFY(!error.userMessage().contains(error.requestId));
        QCOMPARE(error.details().count(error.requestId), 1);
        QCOMPARE(client.session->state(), Session::State::SignedOut);
        QCOMPARE(readKeychain(client.refreshKey()).status, SecretResult::Status::NotFound);
    }

    void rateLimitIsRespected()
    {
        SandboxProcess sandbox;
        SandboxProcess::Options options;
        options.rateLimit = 2;
        options.rateWindowSeconds = 2;
        QVERIFY(startSandbox(sandbox, options));
        Client client;
        QVERIFY(client.init(sandbox.url(), sandboxCas(sandbox)));
        QSignalSpy failed(client.session.get(), &Session::signInFailed);

        ApiError limited;
        for (int attempt = 0; attempt < 5 && limited.kind != ApiError::Kind::RateLimited; ++attempt) {
            client.session->signIn(sandbox.demoEmail(), QStringLiteral("wrong password"));
            QVERIFY(failed.wait(15000));
            limited = failed.constLast().constFirst().value<ApiError>();
        }
        QCOMPARE(limited.kind, ApiError::Kind::RateLimited);
        QCOMPARE(limited.httpStatus, 429);
        QVERIFY(limited.retryAfterSeconds >= 1);
        QVERIFY(limited.userMessage().contains(QString::number(limited.retryAfterSeconds)));
        const int loginsSent = client.nam.requestsTo(QStringLiteral("/v1/auth/login"));

        // Even with the right password, a second attempt before Retry-After is refused locally.
        client.session->signIn(sandbox.demoEmail(), sandbox.demoPassword());
        QVERIFY(failed.wait(15000));
        const auto local = failed.constLast().constFirst().value<ApiError>();
        QCOMPARE(local.kind, ApiError::Kind::RateLimited);
        QCOMPARE(local.httpStatus, 0);
        QCOMPARE(client.nam.requestsTo(QStringLiteral("/v1/auth/login")), loginsSent);

        // Once Retry-After has passed, the same sign-in goes out and succeeds.
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     if (client.session->state() == Session::State::SignedOut)
                                         client.session->signIn(sandbox.demoEmail(), sandbox.demoPassword());
                                     return client.session->state() == Session::State::SignedIn;
                                 }()),
                                 15000);
        QCOMPARE(client.nam.requestsTo(QStringLiteral("/v1/auth/login")), loginsSent + 1);
    }

    void expiredAccessTokenIsRefreshedTransparently()
    {
        SandboxProcess sandbox;
        SandboxProcess::Options options;
        options.accessTtlSeconds = 2;
        QVERIFY(startSandbox(sandbox, options));
        Client client;
        QVERIFY(client.init(sandbox.url(), sandboxCas(sandbox)));
        QVERIFY(client.signIn(sandbox.demoEmail(), sandbox.demoPassword()));
        const QByteArray firstStored = client.keychain.written.constLast();

        // Ahead of expiry, on a timer.
        QSignalSpy refreshed(client.session.get(), &Session::refreshed);
        QVERIFY(refreshed.wait(10000));
        QVERIFY(client.keychain.written.constLast() != firstStored);
        QTRY_COMPARE(readKeychain(client.refreshKey()).value, client.keychain.written.constLast());
        auto account = client.authorized("GET", QStringLiteral("/v1/account"));
        QVERIFY(account && account->error.ok());

        // On a 401 token_expired: a client whose clock runs late believes its token is still fresh.
        client.session->setProactiveRefreshEnabled(false);
        client.clock.offsetMs = -3600 * 1000;
        const int refreshesBefore = refreshed.size();
        const int lastTokenCount = client.nam.bearerTokens.size();
        const QByteArray expired = client.nam.bearerTokens.constLast();
        // Wait until the server's clock is past the token's expiry.
        const qint64 expiresAt = JwtClaims::read(expired)->expiresAt;
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > expiresAt, 5000);
        account = client.authorized("GET", QStringLiteral("/v1/account"));
        QVERIFY(account);
        QVERIFY2(account->error.ok(), qPrintable(account->error.userMessage()));
        QCOMPARE(refreshed.size(), refreshesBefore + 1);
        QVERIFY(client.nam.bearerTokens.size() > lastTokenCount);
    }

    void concurrentRequestsAtExpiryRefreshOnce()
    {
        SandboxProcess sandbox;
        SandboxProcess::Options options;
        // Long enough that the refreshed token cannot expire again while the ten are in flight,
        // even on a slow (sanitizer) build.
        options.accessTtlSeconds = 5;
        QVERIFY(startSandbox(sandbox, options));
        Client client;
        QVERIFY(client.init(sandbox.url(), sandboxCas(sandbox)));
        client.session->setProactiveRefreshEnabled(false);
        QVERIFY(client.signIn(sandbox.demoEmail(), sandbox.demoPassword()));
        QVERIFY(client.authorized("GET", QStringLiteral("/v1/account"))->error.ok());
        const qint64 expiresAt = JwtClaims::read(client.nam.bearerTokens.constLast())->expiresAt;
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > expiresAt, 8000);

        QSignalSpy refreshed(client.session.get(), &Session::refreshed);
        QObject context;
        int ok = 0, failedCount = 0;
        for (int i = 0; i < 10; ++i) {
            ApiRequest request;
            request.path = i % 2 ? QStringLiteral("/v1/account") : QStringLiteral("/v1/sessions");
            client.session->sendAuthorized(request, &context,
                                           [&](const ApiResponse& r) { (r.error.ok() ? ok : failedCount)++; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(ok + failedCount, 10, 15000);
        QCOMPARE(failedCount, 0);
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(served(sandbox, QStringLiteral("/v1/auth/refresh")), 1);
    }

    void stolenRefreshTokenUsedFirstEndsSession()
    {
        SandboxProcess sandbox;
        QVERIFY(startSandbox(sandbox));
        Client client;
        QVERIFY(client.init(sandbox.url(), sandboxCas(sandbox)));
        client.session->setProactiveRefreshEnabled(false);
        QVERIFY(client.signIn(sandbox.demoEmail(), sandbox.demoPassword()));

        // Someone copies the refresh token from the keychain and uses it first.
        const SecretResult stolen = readKeychain(client.refreshKey());
        QCOMPARE(stolen.status, SecretResult::Status::Ok);
        QNetworkAccessManager attackerNam;
        ApiClient attacker(&attackerNam, ServerConfig{sandbox.url(), sandboxCas(sandbox), 15000});
        ApiRequest refresh;
        refresh.method = "POST";
        refresh.path = QStringLiteral("/v1/auth/refresh");
        refresh.body = QJsonObject{{QStringLiteral("refresh_token"), QString::fromUtf8(stolen.value)}};
        std::optional<ApiResponse> attackerAnswer;
        attacker.send(refresh, this, [&](const ApiResponse& r) { attackerAnswer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(attackerAnswer.has_value(), 15000);
        QVERIFY(attackerAnswer->error.ok());

        // The client's next refresh presents the same token, after the server's grace window for a
        // lost answer (60 s): the server sees the reuse.
        QVERIFY(sandbox.advanceClock({{QStringLiteral("seconds"), 61}}));
        QSignalSpy ended(client.session.get(), &Session::ended);
        client.clock.offsetMs = 3600 * 1000;
        const auto answer = client.authorized("GET", QStringLiteral("/v1/account"));
        QVERIFY(answer);
        QCOMPARE(answer->error.kind, ApiError::Kind::SessionEnded);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 15000);
        QCOMPARE(ended.constFirst().at(0).value<Session::EndReason>(), Session::EndReason::TokenReused);
        QCOMPARE(client.session->state(), Session::State::SignedOut);
        QCOMPARE(readKeychain(client.refreshKey()).status, SecretResult::Status::NotFound);
        QVERIFY(!client.session->hasRememberedSession());
    }

    // Signs in on `sandbox`, then lets the client go (as at quit) and returns its profile folder and
    // refresh-token key: a later Client on that folder finds the remembered session.
    static bool rememberSession(Client& client, SandboxProcess& sandbox, QString* profileDir, QString* key)
    {
        if (!client.init(sandbox.url(), sandboxCas(sandbox))
            || !client.signIn(sandbox.demoEmail(), sandbox.demoPassword()))
            return false;
        *profileDir = client.profile->dir();
        *key = client.refreshKey();
        client.session.reset();
        client.api.reset();
        client.profile.reset();
        return readKeychain(*key).status == SecretResult::Status::Ok;
    }

    // Restores on `client` and expects the remembered session to be refused without sending it.
    static void expectRefusedRestore(Client& client, const QString& key)
    {
        QSignalSpy ended(client.session.get(), &Session::ended);
        QSignalSpy signedIn(client.session.get(), &Session::signedIn);
        client.session->restore();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 15000);
        QCOMPARE(ended.constFirst().at(0).value<Session::EndReason>(), Session::EndReason::ServerChanged);
        QVERIFY(!ended.constFirst().at(1).toString().isEmpty());
        QCOMPARE(signedIn.size(), 0);
        QCOMPARE(client.session->state(), Session::State::SignedOut);
        QVERIFY(!client.session->hasRememberedSession());
        QCOMPARE(readKeychain(key).status, SecretResult::Status::NotFound); // the real keychain entry is gone
    }

    void rememberedSessionIsNotSentToAnotherPort()
    {
        SandboxProcess sandbox;
        QVERIFY(startSandbox(sandbox));
        Client first;
        QString profileDir, key;
        QVERIFY(rememberSession(first, sandbox, &profileDir, &key));

        // The same sandbox (same certificate) on another port: another origin, so nothing is sent.
        QString error;
        QVERIFY2(sandbox.restart(&error), qPrintable(error));
        Client second;
        QVERIFY(second.init(sandbox.url(), sandboxCas(sandbox), profileDir));
        expectRefusedRestore(second, key);
        QVERIFY(!sandbox.capturedStderr().contains(QLatin1String("/v1/auth/refresh")));
    }

    void rememberedSessionIsNotSentOverPlainHttp()
    {
        SandboxProcess tls;
        QVERIFY(startSandbox(tls));
        Client first;
        QString profileDir, key;
        QVERIFY(rememberSession(first, tls, &profileDir, &key));

        SandboxProcess::Options plainOptions;
        plainOptions.plainHttp = true;
        SandboxProcess plain;
        QVERIFY(startSandbox(plain, plainOptions));
        QCOMPARE(plain.url().scheme(), QStringLiteral("http"));
        Client second;
        QVERIFY(second.init(plain.url(), {}, profileDir));
        expectRefusedRestore(second, key);
        QVERIFY(!plain.capturedStderr().contains(QLatin1String("/v1/auth/refresh")));
    }

    void rememberedSessionIsNotSentToALoopbackServerWithAnotherCertificate()
    {
        SandboxProcess original;
        QVERIFY(startSandbox(original));
        Client first;
        QString profileDir, key;
        QVERIFY(rememberSession(first, original, &profileDir, &key));

        // The same server again (same port, same certificate): restored, the refresh token pinned.
        QString error;
        QVERIFY2(original.restartOnSamePort(&error), qPrintable(error));
        {
            Client again;
            QVERIFY(again.init(original.url(), sandboxCas(original), profileDir));
            QSignalSpy signedIn(again.session.get(), &Session::signedIn);
            again.session->restore();
            QVERIFY(signedIn.wait(15000));
            QVERIFY(again.session->hasAccessToken());
            QVERIFY(original.capturedStderr().contains(QLatin1String("/v1/auth/refresh")));
        }
        QCOMPARE(readKeychain(key).status, SecretResult::Status::Ok);

        // Another process takes the port: a second sandbox with its own data folder, so its own
        // certificate, which the client even trusts. The handshake succeeds; the token must not go out.
        const QUrl url = original.url();
        original.stop();
        SandboxProcess::Options impostorOptions;
        impostorOptions.port = url.port();
        SandboxProcess impostor;
        QVERIFY(startSandbox(impostor, impostorOptions));
        QCOMPARE(impostor.url(), url);
        Client third;
        QVERIFY(third.init(url, sandboxCas(original) + sandboxCas(impostor), profileDir));
        expectRefusedRestore(third, key);
        QVERIFY2(!impostor.capturedStderr().contains(QLatin1String("/v1/auth/refresh")),
                 qPrintable(impostor.capturedStderr()));
    }

    void restoreWhoseRotatedTokenIsNotKeptIsForgotten()
    {
        SandboxProcess sandbox;
        QVERIFY(startSandbox(sandbox));
        Client first;
        QString profileDir, key;
        QVERIFY(rememberSession(first, sandbox, &profileDir, &key));

        // The keychain gives the token, then refuses the rotated one: signed in for this run only.
        Client second;
        QVERIFY(second.init(sandbox.url(), sandboxCas(sandbox), profileDir));
        second.keychain.refuseWrites = true;
        QSignalSpy signedIn(second.session.get(), &Session::signedIn);
        QSignalSpy failed(second.session.get(), &Session::persistenceFailed);
        second.session->restore();
        QVERIFY(signedIn.wait(15000));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!second.session->isPersistent());
        QVERIFY(second.session->hasAccessToken());
        // Neither the marker nor the used token stays: the next start neither reads "locked" nor "reused".
        QVERIFY2(!second.session->hasRememberedSession(), "the marker came back after the keychain write failed");
        QTRY_COMPARE_WITH_TIMEOUT(readKeychain(key).status, SecretResult::Status::NotFound, 15000);
        second.session.reset();

        Client third;
        QVERIFY(third.init(sandbox.url(), sandboxCas(sandbox), profileDir));
        QSignalSpy unavailable(third.session.get(), &Session::keychainUnavailable);
        third.session->restore();
        QCOMPARE(third.session->state(), Session::State::SignedOut);
        QCOMPARE(unavailable.size(), 0);
    }

    void passwordChangeSignsOutOtherDevice()
    {
        SandboxProcess sandbox;
        QVERIFY(startSandbox(sandbox));
        const QString email = QStringLiteral("pw-change@sellerpulse.test");
        QString error;
        QVERIFY2(sandbox.createAccount(email, kPassword, &error), qPrintable(error));
        Client a, b;
        QVERIFY(a.init(sandbox.url(), sandboxCas(sandbox)));
        QVERIFY(b.init(sandbox.url(), sandboxCas(sandbox)));
        QVERIFY(a.signIn(email, kPassword));
        QVERIFY(b.signIn(email, kPassword));

        AccountSecurityClient security(a.session.get());
        QSignalSpy changed(&security, &AccountSecurityClient::passwordChanged);
        QSignalSpy changeFailed(&security, &AccountSecurityClient::passwordChangeFailed);
        // Wrong current password first: a clear error, nothing lost.
        security.changePassword(QStringLiteral("wrong current"), QStringLiteral("a brand new password"));
        QVERIFY(changeFailed.wait(15000));
        QCOMPARE(changeFailed.constFirst().constFirst().value<ApiError>().code, QStringLiteral("invalid_credentials"));
        QCOMPARE(a.session->state(), Session::State::SignedIn);

        const QByteArray storedBefore = readKeychain(a.refreshKey()).value;
        security.changePassword(kPassword, QStringLiteral("a brand new password"));
        QVERIFY(changed.wait(15000));
        QCOMPARE(a.session->state(), Session::State::SignedIn);
        QVERIFY(a.authorized("GET", QStringLiteral("/v1/account"))->error.ok());
        const SecretResult storedAfter = readKeychain(a.refreshKey());
        QCOMPARE(storedAfter.status, SecretResult::Status::Ok);
        QVERIFY(storedAfter.value != storedBefore); // the new pair is stored

        QSignalSpy ended(b.session.get(), &Session::ended);
        const auto answer = b.authorized("GET", QStringLiteral("/v1/account"));
        QVERIFY(answer);
        QCOMPARE(answer->error.kind, ApiError::Kind::SessionEnded);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 15000);
        QCOMPARE(ended.constFirst().at(0).value<Session::EndReason>(), Session::EndReason::SignedOutElsewhere);
        QVERIFY(ended.constFirst().at(1).toString().contains(QStringLiteral("signed out elsewhere")));
        QCOMPARE(readKeychain(b.refreshKey()).status, SecretResult::Status::NotFound);
        QVERIFY(!b.session->hasRememberedSession());
    }

    void signOutDeletesTheKeychainEntry()
    {
        SandboxProcess sandbox;
        QVERIFY(startSandbox(sandbox));
        Client client;
        QVERIFY(client.init(sandbox.url(), sandboxCas(sandbox)));
        QVERIFY(client.signIn(sandbox.demoEmail(), sandbox.demoPassword()));
        const QByteArray token = readKeychain(client.refreshKey()).value;
        QVERIFY(!token.isEmpty());

        QSignalSpy ended(client.session.get(), &Session::ended);
        client.session->signOut();
        QVERIFY(ended.wait(15000));
        QCOMPARE(ended.constFirst().at(0).value<Session::EndReason>(), Session::EndReason::UserSignedOut);
        QCOMPARE(readKeychain(client.refreshKey()).status, SecretResult::Status::NotFound);
        QVERIFY(!client.session->hasRememberedSession());

        // The server forgot the session too: the old refresh token no longer works.
        QTRY_COMPARE_WITH_TIMEOUT(served(sandbox, QStringLiteral("/v1/auth/logout")), 1, 15000);
        ApiRequest refresh;
        refresh.method = "POST";
        refresh.path = QStringLiteral("/v1/auth/refresh");
        refresh.body = QJsonObject{{QStringLiteral("refresh_token"), QString::fromUtf8(token)}};
        std::optional<ApiResponse> answer;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     // The logout is best effort and asynchronous; ask until it has landed.
                                     if (answer && answer->error.kind == ApiError::Kind::Problem)
                                         return true;
                                     if (!answer || answer->error.ok()) {
                                         answer.reset();
                                         client.api->send(refresh, this, [&](const ApiResponse& r) { answer = r; });
                                     }
                                     return false;
                                 }()),
                                 15000);
        QCOMPARE(answer->error.httpStatus, 401);
    }

    void untrustedCertificateFailsWithTls()
    {
        SandboxProcess sandbox;
        QVERIFY(startSandbox(sandbox));
        QNetworkAccessManager nam;
        ApiRequest health;
        health.path = QStringLiteral("/v1/health");

        ApiClient untrusted(&nam, ServerConfig{sandbox.url(), {}, 15000});
        std::optional<ApiResponse> answer;
        untrusted.send(health, this, [&](const ApiResponse& r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000);
        QCOMPARE(answer->error.kind, ApiError::Kind::Tls);
        QVERIFY(!answer->error.technical.isEmpty());
        const QString message = answer->error.userMessage();
        QVERIFY2(message.contains(QStringLiteral("not trusted")) && message.contains(answer->error.technical),
                 qPrintable(message));

        // With the CA file, the same NAM connects: the failed handshake was not cached.
        ApiClient trusted(&nam, ServerConfig{sandbox.url(), sandboxCas(sandbox), 15000});
        answer.reset();
        trusted.send(health, this, [&](const ApiResponse& r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000);
        QVERIFY2(answer->error.ok(), qPrintable(answer->error.userMessage()));
        QCOMPARE(answer->json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }

    void oneAccountCannotReachAnother()
    {
        SandboxProcess sandbox;
        QVERIFY(startSandbox(sandbox));
        const QString emailB = QStringLiteral("tenant-b@sellerpulse.test");
        QVERIFY(sandbox.createAccount(emailB, kPassword));
        Client a, b;
        QVERIFY(a.init(sandbox.url(), sandboxCas(sandbox)));
        QVERIFY(b.init(sandbox.url(), sandboxCas(sandbox)));
        QVERIFY(a.signIn(sandbox.demoEmail(), sandbox.demoPassword()));
        QVERIFY(b.signIn(emailB, kPassword));

        const auto sessionsA = a.authorized("GET", QStringLiteral("/v1/sessions"));
        QVERIFY(sessionsA && sessionsA->error.ok());
        const QJsonArray listA = sessionsA->json.value(QStringLiteral("sessions")).toArray();
        QVERIFY(!listA.isEmpty());
        const QString sessionOfA = listA.at(0).toObject().value(QStringLiteral("id")).toString();

        const auto sessionsB = b.authorized("GET", QStringLiteral("/v1/sessions"));
        QVERIFY(sessionsB && sessionsB->error.ok());
        for (const QJsonValue& s : sessionsB->json.value(QStringLiteral("sessions")).toArray())
            QVERIFY(s.toObject().value(QStringLiteral("id")).toString() != sessionOfA);

        const auto revoke = b.authorized("DELETE", QStringLiteral("/v1/sessions/") + sessionOfA);
        QVERIFY(revoke);
        QCOMPARE(revoke->error.kind, ApiError::Kind::Problem);
        QCOMPARE(revoke->error.httpStatus, 404);
        QCOMPARE(revoke->error.code, QStringLiteral("not_found"));

        const auto accountB = b.authorized("GET", QStringLiteral("/v1/account"));
        QVERIFY(accountB && accountB->error.ok());
        QCOMPARE(accountB->json.value(QStringLiteral("email")).toString(), emailB);
        // A is still signed in: B could not end A's session.
        QVERIFY(a.authorized("GET", QStringLiteral("/v1/account"))->error.ok());
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSessionIntegration)
#include "TestSessionIntegration.moc"
