#include "FakeHttpServer.h"
#include "api/ApiClient.h"
#include "auth/RefreshAnswer.h"
#include "auth/TokenRefresh.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include <limits>

namespace sp::test {

// One refresh against a local fake server: what goes out, how the answer is reported, and that an answer which
// comes after a restart, a drop or a token replacement is not taken for the current one. Session acting on the
// reports is in TestSessionLogic and, against the real sandbox, in TestSessionIntegration.
class TestTokenRefresh : public QObject
{
    Q_OBJECT

    static constexpr int kNoLimit = std::numeric_limits<int>::max();

    struct Report
    {
        RefreshAnswer::Kind kind;
        QByteArray refreshToken;
        Session::EndReason endReason;
        ApiError error;
    };

    struct Fixture
    {
        FakeHttpServer server;
        QNetworkAccessManager nam;
        std::unique_ptr<ApiClient> api;
        std::unique_ptr<TokenRefresh> refresh;
        QList<Report> reports;
        // Answers by request number (0, 1, ...): a refusal or a pair whose refresh token names the request.
        QList<int> delaysMs;
        QList<bool> refusals;

        bool init()
        {
            server.setHandler([this](const FakeHttpServer::Request&) {
                const int n = server.requests().size() - 1;
                FakeHttpServer::Response r;
                r.delayMs = delaysMs.value(n);
                if (refusals.value(n)) {
                    r.status = 401;
                    r.contentType = "application/problem+json";
                    r.body = R"({"status":401,"code":"refresh_token_reused","title":"t","type":"about:blank"})";
                } else {
                    // The refresh token names the request it answers.
                    const QJsonObject account{{QStringLiteral("id"), QStringLiteral("acc_1")},
                                              {QStringLiteral("email"), QStringLiteral("a@b.test")},
                                              {QStringLiteral("display_name"), QStringLiteral("A")}};
                    r.body = QJsonDocument(
                                 QJsonObject{{QStringLiteral("access_token"), QStringLiteral("access")},
                                             {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                             {QStringLiteral("expires_in"), 900},
                                             {QStringLiteral("refresh_token"), QStringLiteral("refresh-%1").arg(n)},
                                             {QStringLiteral("refresh_expires_in"), 86400},
                                             {QStringLiteral("account"), account}})
                                 .toJson(QJsonDocument::Compact);
                }
                return r;
            });
            if (!server.listen())
                return false;
            api = std::make_unique<ApiClient>(&nam, ServerConfig{server.url(), {}, 5000});
            refresh = std::make_unique<TokenRefresh>(api.get(), [this](RefreshAnswer&& answer, const QByteArray&) {
                reports.append(
                    Report{answer.kind, answer.pair.refreshToken.toByteArray(), answer.endReason, answer.error});
            });
            return true;
        }
        void start() { refresh->start("refresh-old", QByteArray(), kNoLimit); }
    };

private slots:
    void sendsTheRefreshTokenAndReportsTheNewPair()
    {
        Fixture f;
        QVERIFY(f.init());
        f.start();
        QVERIFY(f.refresh->inFlight());
        QTRY_COMPARE(f.reports.size(), 1);
        QVERIFY(!f.refresh->inFlight());
        QCOMPARE(f.reports.constFirst().kind, RefreshAnswer::Kind::NewPair);
        QCOMPARE(f.reports.constFirst().refreshToken, QByteArray("refresh-0"));
        QCOMPARE(f.server.requests().size(), 1);
        QCOMPARE(f.server.requests().constFirst().path, QByteArray("/v1/auth/refresh"));
        QVERIFY(f.server.requests().constFirst().body.contains("\"refresh_token\":\"refresh-old\""));
    }

    void aRefusalIsReportedWithItsEndReason()
    {
        Fixture f;
        QVERIFY(f.init());
        f.refusals = {true};
        f.start();
        QTRY_COMPARE(f.reports.size(), 1);
        QCOMPARE(f.reports.constFirst().kind, RefreshAnswer::Kind::Refused);
        QCOMPARE(f.reports.constFirst().endReason, Session::EndReason::TokenReused);
    }

    // The first answer (a refusal) arrives before the second: were it not dropped, it would be reported first.
    void aLateAnswerAfterARestartIsDropped()
    {
        Fixture f;
        QVERIFY(f.init());
        f.delaysMs = {100, 400};
        f.refusals = {true, false};
        f.start();
        QTRY_COMPARE(f.server.requests().size(), 1);
        f.start();
        QTRY_COMPARE(f.reports.size(), 1);
        QCOMPARE(f.reports.constFirst().kind, RefreshAnswer::Kind::NewPair);
        QCOMPARE(f.reports.constFirst().refreshToken, QByteArray("refresh-1"));
        QCOMPARE(f.server.requests().size(), 2);
    }

    void aDroppedRefreshIsNeverReported()
    {
        Fixture f;
        QVERIFY(f.init());
        f.delaysMs = {100, 400};
        f.refusals = {true, false};
        f.start();
        QTRY_COMPARE(f.server.requests().size(), 1);
        f.refresh->drop();
        QVERIFY(!f.refresh->inFlight());
        f.start(); // a later refresh, answered after the dropped one
        QTRY_COMPARE(f.reports.size(), 1);
        QCOMPARE(f.reports.constFirst().refreshToken, QByteArray("refresh-1"));
    }

    // A password change replaced the token while the refresh was on the wire: its pair is about the old token.
    void anAnswerAboutAReplacedTokenBringsNoPair()
    {
        Fixture f;
        QVERIFY(f.init());
        f.delaysMs = {100};
        f.start();
        f.refresh->tokenReplaced();
        QTRY_COMPARE(f.reports.size(), 1);
        QCOMPARE(f.reports.constFirst().kind, RefreshAnswer::Kind::Failed);
        QVERIFY(f.reports.constFirst().error.ok());
        QVERIFY(f.reports.constFirst().refreshToken.isEmpty());
        // The next refresh is about the current token again.
        f.start();
        QTRY_COMPARE(f.reports.size(), 2);
        QCOMPARE(f.reports.constLast().kind, RefreshAnswer::Kind::NewPair);
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestTokenRefresh)
#include "TestTokenRefresh.moc"
