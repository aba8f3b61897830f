#include "api/UrlPolicy.h"

#include <QTest>

namespace sp::test {

class TestUrlPolicy : public QObject
{
    Q_OBJECT
private slots:
    void isAllowed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https public") << QStringLiteral("https://api.getsellerpulse.com") << true;
        QTest::newRow("https with path") << QStringLiteral("https://example.com/api/") << true;
        QTest::newRow("https loopback port") << QStringLiteral("https://127.0.0.1:8443") << true;
        QTest::newRow("http public refused") << QStringLiteral("http://api.getsellerpulse.com") << false;
        QTest::newRow("http private lan refused") << QStringLiteral("http://192.168.1.10:8080") << false;
        QTest::newRow("http 10/8 refused") << QStringLiteral("http://10.0.0.1") << false;
        QTest::newRow("http looks loopback but is a name") << QStringLiteral("http://127.0.0.1.example.com") << false;
        QTest::newRow("http localhost.evil refused") << QStringLiteral("http://localhost.evil.com") << false;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("http 127.1.2.3") << QStringLiteral("http://127.1.2.3") << true;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080") << true;
        // A name is whatever the resolver makes of it (/etc/hosts, NSS, a search domain): https like any host.
        QTest::newRow("http localhost refused") << QStringLiteral("http://localhost:8080") << false;
        QTest::newRow("http LOCALHOST refused") << QStringLiteral("http://LOCALHOST") << false;
        QTest::newRow("http localhost. refused") << QStringLiteral("http://localhost.:8080") << false;
        QTest::newRow("http ip6-localhost refused") << QStringLiteral("http://ip6-localhost") << false;
        QTest::newRow("https localhost") << QStringLiteral("https://localhost:8443") << true;
        QTest::newRow("http 127.255.255.254") << QStringLiteral("http://127.255.255.254") << true;
        QTest::newRow("http 128.0.0.1 refused") << QStringLiteral("http://128.0.0.1") << false;
        QTest::newRow("http :: refused") << QStringLiteral("http://[::]") << false;
        QTest::newRow("ftp refused") << QStringLiteral("ftp://example.com") << false;
        QTest::newRow("file refused") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("user info refused") << QStringLiteral("https://user:pw@example.com") << false;
        QTest::newRow("query refused") << QStringLiteral("https://example.com/?a=b") << false;
        QTest::newRow("fragment refused") << QStringLiteral("https://example.com/#x") << false;
        QTest::newRow("relative refused") << QStringLiteral("/v1/health") << false;
        QTest::newRow("empty refused") << QString() << false;
        QTest::newRow("no host refused") << QStringLiteral("https://") << false;
    }

    void isAllowed()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QString whyNot;
        QCOMPARE(UrlPolicy::isAllowed(QUrl(url), &whyNot), allowed);
        // A refusal always says why; an acceptance leaves nothing behind.
        QCOMPARE(whyNot.isEmpty(), allowed);
    }

    void loopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("127.255.255.254") << QStringLiteral("127.255.255.254") << true;
        QTest::newRow("::1") << QStringLiteral("::1") << true;
        QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
        QTest::newRow("localhost is a name") << QStringLiteral("localhost") << false;
        QTest::newRow("LOCALHOST is a name") << QStringLiteral("LOCALHOST") << false;
        QTest::newRow("localhost. is a name") << QStringLiteral("localhost.") << false;
        QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
        QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
        QTest::newRow("::") << QStringLiteral("::") << false;
        QTest::newRow("example.com") << QStringLiteral("example.com") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void loopbackHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(UrlPolicy::isLoopbackHost(host), loopback);
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestUrlPolicy)
#include "TestUrlPolicy.moc"
