// Sign-in, refresh-token rotation and reuse detection, password change, sign-out and tenant scoping.

#include "SandboxHttpClient.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace sp::test {

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loginReturnsTokenPair();
    void wrongPasswordAndUnknownEmailLookTheSame();
    void refreshRotatesAndReuseRevokesTheFamily();
    void previousTokenIsAnsweredOnceWithinTheGraceWindow();
    void previousTokenAfterTheGraceWindowRevokesTheFamily();
    void passwordChangeInvalidatesEarlierTokens();
    void passwordChangeRejectsBadInput();
    void logoutEndsTheSession();
    void logoutAllEndsEverySession();
    void sessionsAreScopedToTheAccount();
    void tamperedAccessTokensAreRefused();
    void expiredAccessTokenSaysSo();
    void adminEndpointNeedsTheToken();

private:
    // Creates a fresh account (unique per call) and returns its email.
    QString newAccount(const QString& password);
    QByteArray refresh(const QByteArray& refreshToken, HttpResult* result = nullptr);

    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxHttpClient> m_client;
    int m_accounts = 0;
};

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

QByteArray field(const QJsonObject& object, const char* name)
{
    return object.value(QLatin1String(name)).toString().toLatin1();
}

QJsonObject jwtPart(const QByteArray& token, int index)
{
    const QByteArray part = token.split('.').value(index);
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        .object();
}

} // namespace

void TestSandboxAuth::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    m_client = std::make_unique<SandboxHttpClient>(m_sandbox);
}

QString TestSandboxAuth::newAccount(const QString& password)
{
    const QString email = QStringLiteral("seller%1@example.com").arg(++m_accounts);
    QString error;
    if (!m_sandbox.createAccount(email, password, &error))
        qWarning("%s", qPrintable(error));
    return email;
}

QByteArray TestSandboxAuth::refresh(const QByteArray& refreshToken, HttpResult* result)
{
    const HttpResult answer = m_client->postJson(
        QStringLiteral("/v1/auth/refresh"), {{QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken)}});
    if (result)
        *result = answer;
    return answer.status == 200 ? field(answer.json(), "refresh_token") : QByteArray();
}

void TestSandboxAuth::loginReturnsTokenPair()
{
    QVERIFY(!m_sandbox.demoPassword().isEmpty());
    QCOMPARE(m_sandbox.demoEmail(), QStringLiteral("demo@sellerpulse.test"));
    const HttpResult result = m_client->postJson(QStringLiteral("/v1/auth/login"),
                                                 {{QStringLiteral("email"), m_sandbox.demoEmail()},
                                                  {QStringLiteral("password"), m_sandbox.demoPassword()},
                                                  {QStringLiteral("client_name"), QStringLiteral("Test on Linux")}});
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("Cache-Control"), QByteArrayLiteral("no-store"));
    const QJsonObject pair = result.json();
    QCOMPARE(pair.size(), 6);
    QCOMPARE(pair.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(pair.value(QStringLiteral("expires_in")).toInt(), 900);
    QVERIFY(pair.value(QStringLiteral("refresh_expires_in")).toInt() > 900);
    // 32 random bytes, base64url without padding.
    QCOMPARE(field(pair, "refresh_token").size(), 43);
    const QJsonObject account = pair.value(QStringLiteral("account")).toObject();
    QCOMPARE(account.value(QStringLiteral("email")).toString(), m_sandbox.demoEmail());
    QCOMPARE(account.value(QStringLiteral("display_name")).toString(), QStringLiteral("Demo Seller"));

    const QByteArray access = field(pair, "access_token");
    QCOMPARE(access.count('.'), 2);
    const QJsonObject header = jwtPart(access, 0);
    QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
    QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
    const QJsonObject claims = jwtPart(access, 1);
    QCOMPARE(claims.value(QStringLiteral("iss")).toString(), QStringLiteral("sellerpulse-sandbox"));
    QCOMPARE(claims.value(QStringLiteral("sub")).toString(), account.value(QStringLiteral("id")).toString());
    QCOMPARE(claims.value(QStringLiteral("exp")).toInteger() - claims.value(QStringLiteral("iat")).toInteger(), 900);
    for (const char* name : {"sid", "ver", "jti"})
        QVERIFY2(claims.contains(QLatin1String(name)), name);

    const HttpResult me = m_client->get(QStringLiteral("/v1/account"), access);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json(), account);
}

void TestSandboxAuth::wrongPasswordAndUnknownEmailLookTheSame()
{
    const QString email = newAccount(kPassword);
    const HttpResult wrongPassword =
        m_client->postJson(QStringLiteral("/v1/auth/login"),
                           {{QStringLiteral("email"), email}, {QStringLiteral("password"), QStringLiteral("nope")}});
    const HttpResult unknownEmail = m_client->postJson(QStringLiteral("/v1/auth/login"),
                                                       {{QStringLiteral("email"), QStringLiteral("nobody@example.com")},
                                                        {QStringLiteral("password"), QStringLiteral("nope")}});
    QCOMPARE(wrongPassword.status, 401);
    QCOMPARE(unknownEmail.status, 401);
    QCOMPARE(wrongPassword.code(), QStringLiteral("invalid_credentials"));
    QJsonObject a = wrongPassword.json();
    QJsonObject b = unknownEmail.json();
    a.remove(QStringLiteral("request_id"));
    b.remove(QStringLiteral("request_id"));
    QCOMPARE(a, b);
    // The email is case-insensitive; the password is not.
    QVERIFY(!m_client->login(email.toUpper(), kPassword).isEmpty());
    QVERIFY(m_client->login(email, kPassword.toUpper()).isEmpty());
}

void TestSandboxAuth::refreshRotatesAndReuseRevokesTheFamily()
{
    const QString email = newAccount(kPassword);
    const QJsonObject pair = m_client->login(email, kPassword);
    const QByteArray first = field(pair, "refresh_token");
    QVERIFY(!first.isEmpty());

    HttpResult result;
    const QByteArray second = refresh(first, &result);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("Cache-Control"), QByteArrayLiteral("no-store"));
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    const QByteArray secondAccess = field(result.json(), "access_token");
    QCOMPARE(m_client->get(QStringLiteral("/v1/account"), secondAccess).status, 200);

    // The used token comes back once within the grace window: the same pair (see the next test).
    QCOMPARE(refresh(first, &result), second);
    // It comes back again (a thief or a replay): the whole family ends.
    refresh(first, &result);
    QCOMPARE(result.status, 401);
    QVERIFY(result.isProblem());
    QCOMPARE(result.code(), QStringLiteral("refresh_token_reused"));
    // ... including the newest token and the access token of the family.
    refresh(second, &result);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.code(), QStringLiteral("session_revoked"));
    const HttpResult account = m_client->get(QStringLiteral("/v1/account"), secondAccess);
    QCOMPARE(account.status, 401);
    QCOMPARE(account.code(), QStringLiteral("session_revoked"));

    // An unknown token is simply invalid.
    refresh(QByteArrayLiteral("bm90LWEtdG9rZW4"), &result);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.code(), QStringLiteral("refresh_token_invalid"));
}

void TestSandboxAuth::previousTokenIsAnsweredOnceWithinTheGraceWindow()
{
    const QString email = newAccount(kPassword);
    const QByteArray first = field(m_client->login(email, kPassword), "refresh_token");
    HttpResult rotated;
    const QByteArray second = refresh(first, &rotated);
    QVERIFY(!second.isEmpty());

    // A client that crashed before storing `second` presents `first` again: the same refresh token,
    // a working access token, no alarm.
    HttpResult replay;
    QCOMPARE(refresh(first, &replay), second);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.header("Cache-Control"), QByteArrayLiteral("no-store"));
    QCOMPARE(replay.json().value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(m_client->get(QStringLiteral("/v1/account"), field(replay.json(), "access_token")).status, 200);

    // The family goes on from `second` as usual, and `third`'s predecessor gets its own single grace.
    HttpResult next;
    const QByteArray third = refresh(second, &next);
    QVERIFY(!third.isEmpty());
    QVERIFY(third != second);
    QCOMPARE(refresh(second, &next), third);

    // The grace is used up: `first` is now a reuse and ends everything.
    refresh(first, &next);
    QCOMPARE(next.status, 401);
    QCOMPARE(next.code(), QStringLiteral("refresh_token_reused"));
    refresh(third, &next);
    QCOMPARE(next.code(), QStringLiteral("session_revoked"));
}

void TestSandboxAuth::previousTokenAfterTheGraceWindowRevokesTheFamily()
{
    const QString email = newAccount(kPassword);
    const QByteArray first = field(m_client->login(email, kPassword), "refresh_token");
    HttpResult result;
    const QByteArray second = refresh(first, &result);
    QVERIFY(!second.isEmpty());

    // 61 s later on the sandbox's clock the window has closed: the first replay is already a reuse.
    QString error;
    QVERIFY2(m_sandbox.advanceClock({{QStringLiteral("seconds"), 61}}, &error), qPrintable(error));
    refresh(first, &result);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.code(), QStringLiteral("refresh_token_reused"));
    refresh(second, &result);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.code(), QStringLiteral("session_revoked"));
}

void TestSandboxAuth::passwordChangeInvalidatesEarlierTokens()
{
    const QString email = newAccount(kPassword);
    const QJsonObject here = m_client->login(email, kPassword, QStringLiteral("this device"));
    const QJsonObject elsewhere = m_client->login(email, kPassword, QStringLiteral("other device"));
    QVERIFY(!here.isEmpty() && !elsewhere.isEmpty());

    const QString newPassword = QStringLiteral("a brand new passphrase");
    const HttpResult changed = m_client->postJson(
        QStringLiteral("/v1/account/password"),
        {{QStringLiteral("current_password"), kPassword}, {QStringLiteral("new_password"), newPassword}},
        field(here, "access_token"));
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.header("Cache-Control"), QByteArrayLiteral("no-store"));
    const QJsonObject fresh = changed.json();
    QVERIFY(!fresh.value(QStringLiteral("account")).toObject().value(QStringLiteral("password_changed_at")).isNull());

    for (const QJsonObject* old : {&here, &elsewhere}) {
        const HttpResult account = m_client->get(QStringLiteral("/v1/account"), field(*old, "access_token"));
        QCOMPARE(account.status, 401);
        QCOMPARE(account.code(), QStringLiteral("password_changed"));
        HttpResult result;
        refresh(field(*old, "refresh_token"), &result);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.code(), QStringLiteral("password_changed"));
    }
    // The caller's fresh pair works, and so does the new password; the old one does not.
    QCOMPARE(m_client->get(QStringLiteral("/v1/account"), field(fresh, "access_token")).status, 200);
    QVERIFY(!refresh(field(fresh, "refresh_token")).isEmpty());
    QVERIFY(m_client->login(email, kPassword).isEmpty());
    QVERIFY(!m_client->login(email, newPassword).isEmpty());
}

void TestSandboxAuth::passwordChangeRejectsBadInput()
{
    const QString email = newAccount(kPassword);
    const QByteArray access = field(m_client->login(email, kPassword), "access_token");
    const QString path = QStringLiteral("/v1/account/password");
    auto change = [&](const QString& current, const QString& next) {
        return m_client->postJson(
            path, {{QStringLiteral("current_password"), current}, {QStringLiteral("new_password"), next}}, access);
    };
    const HttpResult wrongCurrent = change(QStringLiteral("not my password"), QStringLiteral("long enough password"));
    QCOMPARE(wrongCurrent.status, 403);
    QCOMPARE(wrongCurrent.code(), QStringLiteral("invalid_credentials"));
    const HttpResult tooShort = change(kPassword, QStringLiteral("short"));
    QCOMPARE(tooShort.status, 400);
    QCOMPARE(tooShort.code(), QStringLiteral("weak_password"));
    const HttpResult tooLong = change(kPassword, QString(129, QLatin1Char('x')));
    QCOMPARE(tooLong.status, 400);
    QCOMPARE(tooLong.code(), QStringLiteral("weak_password"));
    const HttpResult same = change(kPassword, kPassword);
    QCOMPARE(same.status, 400);
    QCOMPARE(same.code(), QStringLiteral("weak_password"));
    const HttpResult missing = m_client->postJson(path, {{QStringLiteral("current_password"), kPassword}}, access);
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.code(), QStringLiteral("validation_failed"));
    const HttpResult anonymous =
        m_client->postJson(path, {{QStringLiteral("current_password"), kPassword},
                                  {QStringLiteral("new_password"), QStringLiteral("long enough password")}});
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.code(), QStringLiteral("unauthorized"));
    // Nothing changed: the old password and the session still work.
    QCOMPARE(m_client->get(QStringLiteral("/v1/account"), access).status, 200);
    QVERIFY(!m_client->login(email, kPassword).isEmpty());
}

void TestSandboxAuth::logoutEndsTheSession()
{
    const QString email = newAccount(kPassword);
    const QJsonObject pair = m_client->login(email, kPassword);
    const QJsonObject other = m_client->login(email, kPassword);
    const HttpResult loggedOut =
        m_client->postJson(QStringLiteral("/v1/auth/logout"),
                           {{QStringLiteral("refresh_token"), pair.value(QStringLiteral("refresh_token"))}});
    QCOMPARE(loggedOut.status, 204);
    QVERIFY(loggedOut.body.isEmpty());
    HttpResult result;
    refresh(field(pair, "refresh_token"), &result);
    QCOMPARE(result.code(), QStringLiteral("session_revoked"));
    QCOMPARE(m_client->get(QStringLiteral("/v1/account"), field(pair, "access_token")).code(),
             QStringLiteral("session_revoked"));
    // Other sessions are untouched; unknown tokens answer 204 too (idempotent).
    QCOMPARE(m_client->get(QStringLiteral("/v1/account"), field(other, "access_token")).status, 200);
    QCOMPARE(m_client
                 ->postJson(QStringLiteral("/v1/auth/logout"),
                            {{QStringLiteral("refresh_token"), QStringLiteral("unknown")}})
                 .status,
             204);
}

void TestSandboxAuth::logoutAllEndsEverySession()
{
    const QString email = newAccount(kPassword);
    const QJsonObject one = m_client->login(email, kPassword);
    const QJsonObject two = m_client->login(email, kPassword);
    QCOMPARE(m_client->send("POST", QStringLiteral("/v1/auth/logout-all")).status, 401);
    const HttpResult all =
        m_client->send("POST", QStringLiteral("/v1/auth/logout-all"), {},
                       {{QByteArrayLiteral("Authorization"), "Bearer " + field(one, "access_token")}});
    QCOMPARE(all.status, 204);
    for (const QJsonObject* pair : {&one, &two}) {
        HttpResult result;
        refresh(field(*pair, "refresh_token"), &result);
        QCOMPARE(result.code(), QStringLiteral("session_revoked"));
    }
}

void TestSandboxAuth::sessionsAreScopedToTheAccount()
{
    const QString alice = newAccount(kPassword);
    const QString bob = newAccount(kPassword);
    const QJsonObject aliceLaptop = m_client->login(alice, kPassword, QStringLiteral("Alice laptop"));
    const QJsonObject alicePhone = m_client->login(alice, kPassword, QStringLiteral("Alice phone"));
    const QJsonObject bobPair = m_client->login(bob, kPassword, QStringLiteral("Bob desktop"));
    const QByteArray aliceSession =
        jwtPart(field(alicePhone, "access_token"), 1).value(QStringLiteral("sid")).toString().toLatin1();
    QVERIFY(!aliceSession.isEmpty());

    const HttpResult aliceList = m_client->get(QStringLiteral("/v1/sessions"), field(aliceLaptop, "access_token"));
    QCOMPARE(aliceList.status, 200);
    const QJsonArray aliceSessions = aliceList.json().value(QStringLiteral("sessions")).toArray();
    QCOMPARE(aliceSessions.size(), 2);
    // Newest first, and exactly one is "current".
    QCOMPARE(aliceSessions.at(0).toObject().value(QStringLiteral("client_name")).toString(),
             QStringLiteral("Alice phone"));
    QCOMPARE(aliceSessions.at(0).toObject().value(QStringLiteral("current")).toBool(), false);
    QCOMPARE(aliceSessions.at(1).toObject().value(QStringLiteral("current")).toBool(), true);

    const HttpResult bobList = m_client->get(QStringLiteral("/v1/sessions"), field(bobPair, "access_token"));
    const QJsonArray bobSessions = bobList.json().value(QStringLiteral("sessions")).toArray();
    QCOMPARE(bobSessions.size(), 1);
    QVERIFY(!bobList.body.contains(aliceSession));

    // Bob cannot end Alice's session, and cannot tell it from one that does not exist.
    const QByteArray bobBearer = "Bearer " + field(bobPair, "access_token");
    const HttpResult foreign =
        m_client->send("DELETE", QStringLiteral("/v1/sessions/") + QString::fromLatin1(aliceSession), {},
                       {{QByteArrayLiteral("Authorization"), bobBearer}});
    const HttpResult missing = m_client->send("DELETE", QStringLiteral("/v1/sessions/ses_doesnotexist"), {},
                                              {{QByteArrayLiteral("Authorization"), bobBearer}});
    QCOMPARE(foreign.status, 404);
    QCOMPARE(missing.status, 404);
    QCOMPARE(foreign.code(), QStringLiteral("not_found"));
    QJsonObject a = foreign.json();
    QJsonObject b = missing.json();
    a.remove(QStringLiteral("request_id"));
    b.remove(QStringLiteral("request_id"));
    QCOMPARE(a, b);
    QCOMPARE(m_client->get(QStringLiteral("/v1/account"), field(alicePhone, "access_token")).status, 200);

    // Alice can end her own other session.
    const HttpResult own =
        m_client->send("DELETE", QStringLiteral("/v1/sessions/") + QString::fromLatin1(aliceSession), {},
                       {{QByteArrayLiteral("Authorization"), "Bearer " + field(aliceLaptop, "access_token")}});
    QCOMPARE(own.status, 204);
    QCOMPARE(m_client->get(QStringLiteral("/v1/account"), field(alicePhone, "access_token")).code(),
             QStringLiteral("session_revoked"));
    QCOMPARE(m_client->get(QStringLiteral("/v1/account"), field(aliceLaptop, "access_token")).status, 200);
}

void TestSandboxAuth::tamperedAccessTokensAreRefused()
{
    const QString email = newAccount(kPassword);
    const QString other = newAccount(kPassword);
    const QByteArray access = field(m_client->login(email, kPassword), "access_token");
    const QList<QByteArray> parts = access.split('.');

    // Claim to be another account with the original signature.
    QJsonObject claims = jwtPart(access, 1);
    claims.insert(QStringLiteral("sub"),
                  jwtPart(field(m_client->login(other, kPassword), "access_token"), 1).value(QStringLiteral("sub")));
    const QByteArray forgedPayload = QJsonDocument(claims)
                                         .toJson(QJsonDocument::Compact)
                                         .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray noneHeader = QByteArrayLiteral(R"({"alg":"none","typ":"JWT"})")
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QList<QByteArray> forged{
        parts.at(0) + '.' + forgedPayload + '.' + parts.at(2),
        noneHeader + '.' + parts.at(1) + '.',
        noneHeader + '.' + parts.at(1) + '.' + parts.at(2),
        parts.at(0) + '.' + parts.at(1) + '.' + parts.at(2).left(parts.at(2).size() - 2),
        parts.at(0) + '.' + parts.at(1),
    };
    for (const QByteArray& token : forged) {
        const HttpResult result = m_client->get(QStringLiteral("/v1/account"), token);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.code(), QStringLiteral("unauthorized"));
    }
    QCOMPARE(m_client->get(QStringLiteral("/v1/account"), access).status, 200);
}

void TestSandboxAuth::expiredAccessTokenSaysSo()
{
    SandboxProcess shortLived;
    SandboxProcess::Options options;
    options.accessTtlSeconds = 1;
    QString error;
    QVERIFY2(shortLived.start(options, &error), qPrintable(error));
    SandboxHttpClient client(shortLived);
    const QJsonObject pair = client.login(shortLived.demoEmail(), shortLived.demoPassword());
    QCOMPARE(pair.value(QStringLiteral("expires_in")).toInt(), 1);
    const QByteArray access = field(pair, "access_token");
    QTRY_COMPARE_WITH_TIMEOUT(client.get(QStringLiteral("/v1/account"), access).code(), QStringLiteral("token_expired"),
                              5000);
    // The refresh token still gets a new pair.
    HttpResult result =
        client.postJson(QStringLiteral("/v1/auth/refresh"),
                        {{QStringLiteral("refresh_token"), pair.value(QStringLiteral("refresh_token"))}});
    QCOMPARE(result.status, 200);
}

void TestSandboxAuth::adminEndpointNeedsTheToken()
{
    const QJsonObject body{{QStringLiteral("email"), QStringLiteral("admin-made@example.com")},
                           {QStringLiteral("password"), kPassword}};
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QByteArray contentType = QByteArrayLiteral("application/json");
    const HttpResult noToken =
        m_client->send("POST", QStringLiteral("/admin/v1/accounts"), json, {{"Content-Type", contentType}});
    QCOMPARE(noToken.status, 401);
    const HttpResult wrongToken = m_client->send("POST", QStringLiteral("/admin/v1/accounts"), json,
                                                 {{"Content-Type", contentType}, {"X-Sandbox-Admin-Token", "wrong"}});
    QCOMPARE(wrongToken.status, 401);
    QVERIFY(m_client->login(QStringLiteral("admin-made@example.com"), kPassword).isEmpty());

    const QByteArray token = m_sandbox.adminToken().toLatin1();
    const HttpResult created = m_client->send("POST", QStringLiteral("/admin/v1/accounts"), json,
                                              {{"Content-Type", contentType}, {"X-Sandbox-Admin-Token", token}});
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(QStringLiteral("email")).toString(), QStringLiteral("admin-made@example.com"));
    const HttpResult again = m_client->send("POST", QStringLiteral("/admin/v1/accounts"), json,
                                            {{"Content-Type", contentType}, {"X-Sandbox-Admin-Token", token}});
    QCOMPARE(again.status, 409);
    QCOMPARE(again.code(), QStringLiteral("account_exists"));
    QVERIFY(!m_client->login(QStringLiteral("admin-made@example.com"), kPassword).isEmpty());
}

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSandboxAuth)
#include "TestSandboxAuth.moc"
