#include "api/TlsPolicy.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTest>

using namespace sp;

// The client's TLS configuration as pure logic: suites, protocol, verification, and where a CA file
// applies. tests/core/TestTlsServers shows the same against real TLS servers.
class TestTlsPolicy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void ciphers_data();
    void ciphers();
    void everyOfferedSuiteIsAllowed();
    void configurationVerifiesAndNeedsTls12();
    void extraCasApplyOnlyToTheirOrigin_data();
    void extraCasApplyOnlyToTheirOrigin();
    void chainThroughAForeignExtraCaIsRefused();
    void changedTrustDropsConnections();
    void caFileTextTrustsLikeItsCertificates();
    void caFileTextWithoutACertificateTrustsNothingMore();

private:
    ServerConfig sandbox() const;
    QSslCertificate m_ca;
};

void TestTlsPolicy::initTestCase()
{
    const QList<QSslCertificate> certs =
        QSslCertificate::fromPath(QStringLiteral(SP_TEST_DATA_DIR "/test-ca.pem"), QSsl::Pem);
    QVERIFY(!certs.isEmpty());
    m_ca = certs.first();
}

ServerConfig TestTlsPolicy::sandbox() const
{
    ServerConfig server;
    server.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:8443"));
    server.extraCaCertificates = {m_ca};
    return server;
}

void TestTlsPolicy::ciphers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("TLS 1.3 AES-GCM") << "TLS_AES_256_GCM_SHA384" << true;
    QTest::newRow("TLS 1.3 ChaCha20") << "TLS_CHACHA20_POLY1305_SHA256" << true;
    QTest::newRow("TLS 1.3 AES-CCM") << "TLS_AES_128_CCM_SHA256" << false;
    QTest::newRow("ECDHE-RSA AES-GCM") << "ECDHE-RSA-AES128-GCM-SHA256" << true;
    QTest::newRow("ECDHE-ECDSA ChaCha20") << "ECDHE-ECDSA-CHACHA20-POLY1305" << true;
    QTest::newRow("ECDHE-RSA CBC") << "ECDHE-RSA-AES256-SHA384" << false;
    QTest::newRow("static RSA GCM") << "AES256-GCM-SHA384" << false;
    QTest::newRow("DHE GCM") << "DHE-RSA-AES256-GCM-SHA384" << false;
}

void TestTlsPolicy::ciphers()
{
    QFETCH(QString, name);
    QFETCH(bool, allowed);
    const QSslCipher cipher(name);
    if (cipher.isNull())
        QSKIP("this OpenSSL does not offer the suite");
    QCOMPARE(TlsPolicy::isAllowedCipher(cipher), allowed);
}

void TestTlsPolicy::everyOfferedSuiteIsAllowed()
{
    const QList<QSslCipher> offered = TlsPolicy::allowedCiphers();
    QVERIFY(!offered.isEmpty());
    for (const QSslCipher& cipher : offered)
        QVERIFY2(TlsPolicy::isAllowedCipher(cipher), qPrintable(cipher.name()));
}

void TestTlsPolicy::configurationVerifiesAndNeedsTls12()
{
    const ServerConfig server = sandbox();
    const QSslConfiguration config = TlsPolicy::configuration(server, server.baseUrl);
    QCOMPARE(config.protocol(), QSsl::TlsV1_2OrLater);
    QCOMPARE(config.peerVerifyMode(), QSslSocket::VerifyPeer);
    QVERIFY(config.caCertificates().contains(m_ca));
    for (const QSslCipher& cipher : config.ciphers())
        QVERIFY2(TlsPolicy::isAllowedCipher(cipher), qPrintable(cipher.name()));
    // Another origin, with the same server config: the CA file does not follow.
    const QSslConfiguration elsewhere = TlsPolicy::configuration(server, QUrl(QStringLiteral("https://example.org/")));
    QVERIFY(!elsewhere.caCertificates().contains(m_ca));
    QCOMPARE(elsewhere.peerVerifyMode(), QSslSocket::VerifyPeer);
}

void TestTlsPolicy::extraCasApplyOnlyToTheirOrigin_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("applies");
    QTest::newRow("same origin") << "https://127.0.0.1:8443"
                                 << "https://127.0.0.1:8443/v1/orders" << true;
    QTest::newRow("another port") << "https://127.0.0.1:8443"
                                  << "https://127.0.0.1:9443/" << false;
    QTest::newRow("another host") << "https://127.0.0.1:8443"
                                  << "https://localhost:8443/" << false;
    QTest::newRow("plain http") << "https://127.0.0.1:8443"
                                << "http://127.0.0.1:8443/" << false;
    QTest::newRow("the cloud") << "https://api.getsellerpulse.com"
                               << "https://api.getsellerpulse.com/v1" << false;
    QTest::newRow("the cloud spelled otherwise") << "https://API.getsellerpulse.com."
                                                 << "https://api.getsellerpulse.com/" << false;
}

void TestTlsPolicy::extraCasApplyOnlyToTheirOrigin()
{
    QFETCH(QString, server);
    QFETCH(QString, url);
    QFETCH(bool, applies);
    ServerConfig config = sandbox();
    config.baseUrl = QUrl(server);
    QCOMPARE(TlsPolicy::extraCasApplyTo(config, QUrl(url)), applies);
}

void TestTlsPolicy::chainThroughAForeignExtraCaIsRefused()
{
    const ServerConfig server = sandbox();
    QString why;
    QVERIFY(TlsPolicy::acceptsChain(server, server.baseUrl, {m_ca}, &why));
    QVERIFY(!TlsPolicy::acceptsChain(server, QUrl(QStringLiteral("https://example.org/")), {m_ca}, &why));
    QVERIFY2(why.contains(QLatin1String("example.org")), qPrintable(why));
}

void TestTlsPolicy::changedTrustDropsConnections()
{
    // adoptConnections remembers, per origin, which extra CAs the manager's connections trust.
    QNetworkAccessManager nam;
    ServerConfig server = sandbox();
    TlsPolicy::adoptConnections(&nam, server);
    const QVariant first = nam.property("sp_tlsTrustByOrigin");
    QVERIFY(first.isValid());
    server.extraCaCertificates.clear();
    TlsPolicy::adoptConnections(&nam, server);
    QVERIFY(nam.property("sp_tlsTrustByOrigin") != first);
}

// A --ca-file reaches the config as its PEM text (setExtraCaPem), parsed when a connection needs it: the
// same trust as its certificates, for the same origin only, and a different text is a different trust.
void TestTlsPolicy::caFileTextTrustsLikeItsCertificates()
{
    QFile file(QStringLiteral(SP_TEST_DATA_DIR "/test-ca.pem"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pem = file.readAll();
    ServerConfig server;
    server.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:8443"));
    QVERIFY(!server.hasExtraCas());
    server.setExtraCaPem(pem);
    QVERIFY(server.hasExtraCas());
    const ServerConfig copy = server; // copies share the parse
    QCOMPARE(copy.extraCas(), QList<QSslCertificate>{m_ca});
    QVERIFY(TlsPolicy::configuration(server, server.baseUrl).caCertificates().contains(m_ca));
    QVERIFY(!TlsPolicy::configuration(server, QUrl(QStringLiteral("https://example.org/")))
                 .caCertificates()
                 .contains(m_ca));
    QString why;
    QVERIFY(!TlsPolicy::acceptsChain(server, QUrl(QStringLiteral("https://example.org/")), {m_ca}, &why));

    // The connection cache's key: the same text is the same trust, another text (or none) another.
    ServerConfig same;
    same.setExtraCaPem(pem);
    QCOMPARE(same.extraCaDigest(), server.extraCaDigest());
    ServerConfig other;
    other.setExtraCaPem(pem + "\n");
    QVERIFY(other.extraCaDigest() != server.extraCaDigest());
    QVERIFY(ServerConfig().extraCaDigest() != server.extraCaDigest());
    QNetworkAccessManager nam;
    TlsPolicy::adoptConnections(&nam, server);
    const QVariant first = nam.property("sp_tlsTrustByOrigin");
    other.baseUrl = server.baseUrl;
    TlsPolicy::adoptConnections(&nam, other);
    QVERIFY(nam.property("sp_tlsTrustByOrigin") != first);
}

void TestTlsPolicy::caFileTextWithoutACertificateTrustsNothingMore()
{
    // A block that looks like PEM passes the command line's check; its garbage adds no CA (and a warning).
    ServerConfig server;
    server.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:8443"));
    server.setExtraCaPem("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n");
    QVERIFY(server.hasExtraCas());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("holds no valid certificate")));
    QVERIFY(server.extraCas().isEmpty());
    const QSslConfiguration config = TlsPolicy::configuration(server, server.baseUrl);
    QCOMPARE(config.caCertificates(), QSslConfiguration::systemCaCertificates());
    QCOMPARE(config.peerVerifyMode(), QSslSocket::VerifyPeer);
}

QTEST_GUILESS_MAIN(TestTlsPolicy)
#include "TestTlsPolicy.moc"
