#include "auth/SessionPersistence.h"
#include "cache/SecureBytes.h"
#include "profile/Profile.h"
#include "secrets/InMemorySecretStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace sp::test {

// What a start finds kept (rememberedAt, readToken) and how keeping the token moves the marker with it, against
// an in-memory keychain; Session restoring from the real keychain is in TestSessionIntegration.
class TestSessionPersistence : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QTemporaryDir dir;
        InMemorySecretStore secrets;
        std::optional<Profile> profile;
        std::unique_ptr<SessionPersistence> persistence;

        bool init()
        {
            QString error;
            profile = Profile::open(dir.path(), &error);
            if (!profile)
                return false;
            persistence = std::make_unique<SessionPersistence>(&secrets, &*profile);
            return true;
        }
        QString key() const { return profile->secretKey(QStringLiteral("refresh-token")); }
        // Keeps `token` for `server` and returns the reason it was not kept (empty when kept).
        std::optional<QString> keep(const QByteArray& token, const QString& server,
                                    const QByteArray& certificate = QByteArray())
        {
            AccountInfo account;
            account.id = QStringLiteral("acc_1");
            account.email = QStringLiteral("a@b.test");
            QByteArray copy = token;
            std::optional<QString> answer;
            persistence->keep(
                SecureBytes::takeFrom(copy), account, server, certificate, [] { return true; }, [] { return true; },
                [&answer](const QString& notKept) { answer = notKept; });
            (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000);
            return answer;
        }
    };

    using Kind = SessionPersistence::Remembered::Kind;

private slots:
    void nothingKeptIsNothing()
    {
        Fixture f;
        QVERIFY(f.init());
        QCOMPARE(f.persistence->rememberedAt(QUrl(QStringLiteral("https://api.example.com"))).kind, Kind::Nothing);
    }

    void keptSessionComesBackWithItsAccountAndCertificate()
    {
        Fixture f;
        QVERIFY(f.init());
        const QByteArray certificate(32, '\x7f');
        const auto kept = f.keep("refresh-1", QStringLiteral("https://127.0.0.1:8443"), certificate);
        QVERIFY(kept && kept->isEmpty());

        const auto remembered = f.persistence->rememberedAt(QUrl(QStringLiteral("https://127.0.0.1:8443")));
        QCOMPARE(remembered.kind, Kind::Restorable);
        QCOMPARE(remembered.account.email, QStringLiteral("a@b.test"));
        QCOMPARE(remembered.account.id, QStringLiteral("acc_1"));
        QCOMPARE(remembered.serverCertificateSha256, certificate);

        std::optional<QByteArray> token;
        f.persistence->readToken([] { return true; },
                                 [&token](SecureBytes t, const QString&) { token = t.toByteArray(); });
        QTRY_VERIFY(token.has_value());
        QCOMPARE(*token, QByteArray("refresh-1"));
    }

    void keptSessionIsNotForAnotherServer_data()
    {
        QTest::addColumn<QString>("keptFor");
        QTest::addColumn<QByteArray>("certificate");
        QTest::addColumn<QString>("now");
        const QByteArray certificate(32, '\x7f');
        QTest::newRow("another host") << "https://api.example.com" << QByteArray() << "https://evil.example.com";
        QTest::newRow("another port") << "https://api.example.com" << QByteArray() << "https://api.example.com:444";
        QTest::newRow("plain http") << "https://api.example.com" << QByteArray() << "http://api.example.com";
        // Any local process can take a loopback port: without the certificate there is no identity.
        QTest::newRow("loopback without certificate")
            << "https://127.0.0.1:8443" << QByteArray() << "https://127.0.0.1:8443";
    }

    void keptSessionIsNotForAnotherServer()
    {
        QFETCH(QString, keptFor);
        QFETCH(QByteArray, certificate);
        QFETCH(QString, now);
        Fixture f;
        QVERIFY(f.init());
        QVERIFY(f.keep("refresh-1", keptFor, certificate)->isEmpty());
        const auto remembered = f.persistence->rememberedAt(QUrl(now));
        QCOMPARE(remembered.kind, Kind::ForAnotherServer);
        QVERIFY(remembered.account.email.isEmpty());
        QVERIFY(remembered.serverCertificateSha256.isEmpty());
    }

    void tokenTheKeychainRefusesTakesTheMarkerWithIt()
    {
        Fixture f;
        QVERIFY(f.init());
        const QString server = QStringLiteral("https://api.example.com");
        QVERIFY(f.keep("refresh-1", server)->isEmpty());
        QCOMPARE(f.persistence->rememberedAt(QUrl(server)).kind, Kind::Restorable);

        // The rotated token cannot be kept: neither the marker nor the used token may stay behind.
        f.secrets.setWriteDelayMs(600000);
        f.persistence->setKeychainTimeoutMs(100);
        const auto refused = f.keep("refresh-2", server);
        QVERIFY(refused);
        QVERIFY2(refused->contains(QLatin1String("did not answer")), qPrintable(*refused)); // for the user
        QVERIFY(!f.persistence->remembered().exists());
        QCOMPARE(f.persistence->rememberedAt(QUrl(server)).kind, Kind::Nothing);
    }

    void lockedKeychainIsNotASignOut()
    {
        Fixture f;
        QVERIFY(f.init());
        QVERIFY(f.keep("refresh-1", QStringLiteral("https://api.example.com"))->isEmpty());
        f.secrets.setAvailable(false); // read as "not found", like QtKeychain 0.13 on a locked collection
        std::optional<QString> problem;
        f.persistence->readToken([] { return true; },
                                 [&problem](SecureBytes t, const QString& p) {
                                     if (t.isEmpty())
                                         problem = p;
                                 });
        QTRY_VERIFY(problem.has_value());
        QVERIFY2(problem->contains(QLatin1String("locked")), qPrintable(*problem));
        QVERIFY(f.persistence->remembered().exists());

        // An answer nobody wants any more (the restore ended) is dropped; the keychain answers in order, so the
        // next read's answer comes after it would have.
        bool unwantedAnswered = false, nextAnswered = false;
        f.persistence->readToken([] { return false; },
                                 [&unwantedAnswered](SecureBytes, const QString&) { unwantedAnswered = true; });
        f.persistence->readToken([] { return true; },
                                 [&nextAnswered](SecureBytes, const QString&) { nextAnswered = true; });
        QTRY_VERIFY(nextAnswered);
        QVERIFY(!unwantedAnswered);
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSessionPersistence)
#include "TestSessionPersistence.moc"
