// ApiClient against real `openssl s_server` processes on loopback: the servers a user may meet on a
// bad day (TLS 1.1 only, CBC suites only, a self-signed certificate, an expired one, one for another
// host) are refused with a reason the user can read; correct TLS 1.2 and TLS 1.3 servers, trusted
// through a CA file exactly as the app trusts the sandbox's certificate (ServerConfig::loadCaFile),
// are accepted. The CA file is trusted for the configured server's origin only (TlsPolicy).
// Every certificate is made here, at test time, with the openssl command line.
#include "api/ApiClient.h"
#include "api/ServerConfig.h"
#include "api/TlsPolicy.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace sp::test {

namespace {
constexpr int kProcessTimeoutMs = 30000;
const QString kCbcSuites = QStringLiteral("ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:ECDHE-ECDSA-AES128-SHA256:"
                                          "ECDHE-ECDSA-AES256-SHA384");
} // namespace

class TestTlsServers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_openssl;
    std::vector<std::unique_ptr<QProcess>> m_servers;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Runs the openssl command line in the temporary folder; fails the test with its output.
    bool openssl(const QStringList& arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(m_openssl, arguments);
        if (!process.waitForFinished(kProcessTimeoutMs) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            qWarning().noquote() << "openssl" << arguments.join(QLatin1Char(' '))
                                 << "failed:" << QString::fromLocal8Bit(process.readAll());
            return false;
        }
        return true;
    }

    bool writeFile(const QString& name, const QByteArray& content)
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
    }

    // A P-256 key and a CSR for `name`, then a certificate signed by the test CA valid for `hosts`.
    bool makeLeaf(const QString& name, const QString& hosts, const QStringList& validity)
    {
        if (!writeFile(name + QStringLiteral(".ext"),
                       QStringLiteral("subjectAltName=%1\nextendedKeyUsage=serverAuth\n"
                                      "keyUsage=critical,digitalSignature,keyEncipherment\n")
                           .arg(hosts)
                           .toUtf8()))
            return false;
        if (!openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                      QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                      QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                      QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                      QStringLiteral("/CN=") + name}))
            return false;
        // `openssl ca` (not `x509 -req`) because only it takes explicit start and end dates, which the
        // expired certificate needs.
        return openssl(QStringList{QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-notext"),
                                   QStringLiteral("-config"), QStringLiteral("ca.cnf"), QStringLiteral("-cert"),
                                   QStringLiteral("ca.pem"), QStringLiteral("-keyfile"), QStringLiteral("ca.key"),
                                   QStringLiteral("-in"), name + QStringLiteral(".csr"), QStringLiteral("-out"),
                                   name + QStringLiteral(".pem"), QStringLiteral("-extfile"),
                                   name + QStringLiteral(".ext")}
                       + validity);
    }

    // Starts `openssl s_server` on 127.0.0.1 with a free port and returns the port (0 on failure).
    // -HTTP answers GET /v1/health with the file v1/health of the temporary folder, a complete
    // HTTP response (application/json, Content-Length, Connection: close) written in initTestCase.
    quint16 startServer(const QString& certName, const QStringList& protocolArguments)
    {
        auto process = std::make_unique<QProcess>();
        process->setWorkingDirectory(m_dir.path());
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(m_openssl,
                       QStringList{QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:0"),
                                   QStringLiteral("-cert"), certName + QStringLiteral(".pem"), QStringLiteral("-key"),
                                   certName + QStringLiteral(".key"), QStringLiteral("-HTTP")}
                           + protocolArguments);
        QByteArray output;
        static const QRegularExpression accept(QStringLiteral("ACCEPT 127\\.0\\.0\\.1:(\\d+)"));
        QRegularExpressionMatch match;
        const bool started = QTest::qWaitFor(
            [&] {
                output += process->readAll();
                match = accept.match(QString::fromLatin1(output));
                return match.hasMatch() || process->state() == QProcess::NotRunning;
            },
            kProcessTimeoutMs);
        if (!started || !match.hasMatch()) {
            qWarning().noquote() << "s_server did not start:" << QString::fromLocal8Bit(output);
            return 0;
        }
        m_servers.push_back(std::move(process));
        return quint16(match.captured(1).toUInt());
    }

    ServerConfig config(quint16 port, bool withCaFile)
    {
        ServerConfig config;
        config.baseUrl = QUrl(QStringLiteral("https://localhost:%1").arg(port));
        config.transferTimeoutMs = 20000;
        if (withCaFile) {
            QString error;
            if (!ServerConfig::loadCaFile(path(QStringLiteral("ca.pem")), &config.extraCaCertificates, &error))
                qWarning().noquote() << error;
        }
        return config;
    }

    std::optional<ApiResponse> get(const ServerConfig& serverConfig, QNetworkAccessManager* sharedNam = nullptr)
    {
        QNetworkAccessManager ownNam;
        ApiClient client(sharedNam ? sharedNam : &ownNam, serverConfig);
        std::optional<ApiResponse> result;
        QObject context;
        ApiRequest request;
        request.path = QStringLiteral("/v1/health");
        client.send(request, &context, [&result](const ApiResponse& response) { result = response; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 60000);
        return result;
    }

private slots:
    void initTestCase()
    {
        m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QVERIFY2(!m_openssl.isEmpty(), "the openssl command line is needed (Debian package openssl)");
        QVERIFY(m_dir.isValid());

        // The CA (in a folder layout `openssl ca` accepts), as a user's own server would have.
        QVERIFY(
            writeFile(QStringLiteral("ca.cnf"), QByteArrayLiteral("[ca]\ndefault_ca = test_ca\n"
                                                                  "[test_ca]\ndatabase = index.txt\nnew_certs_dir = .\n"
                                                                  "serial = serial\ndefault_md = sha256\n"
                                                                  "policy = any_name\nunique_subject = no\n"
                                                                  "[any_name]\ncommonName = supplied\n")));
        QVERIFY(writeFile(QStringLiteral("index.txt"), QByteArray()));
        QVERIFY(writeFile(QStringLiteral("serial"), QByteArrayLiteral("1000\n")));
        QVERIFY(
            openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                     QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                     QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=SellerPulse Test CA"), QStringLiteral("-addext"),
                     QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                     QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}));

        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("v1")));
        QVERIFY(writeFile(QStringLiteral("v1/health"),
                          QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                            "Content-Length: 15\r\nConnection: close\r\n\r\n{\"status\":\"ok\"}")));

        const QString loopback = QStringLiteral("DNS:localhost,IP:127.0.0.1");
        QVERIFY(makeLeaf(QStringLiteral("good"), loopback, {QStringLiteral("-days"), QStringLiteral("2")}));
        QVERIFY(makeLeaf(QStringLiteral("expired"), loopback,
                         {QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                          QStringLiteral("20200201000000Z")}));
        // Valid from 2040: what a computer whose clock is years behind sees.
        QVERIFY(makeLeaf(QStringLiteral("notyet"), loopback,
                         {QStringLiteral("-startdate"), QStringLiteral("20400101000000Z"), QStringLiteral("-enddate"),
                          QStringLiteral("20410101000000Z")}));
        QVERIFY(makeLeaf(QStringLiteral("otherhost"), QStringLiteral("DNS:api.example.org"),
                         {QStringLiteral("-days"), QStringLiteral("2")}));
        // Self-signed: valid in every other respect (right host, in date), just not issued by a trusted CA.
        QVERIFY(
            openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                     QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("selfsigned.key"),
                     QStringLiteral("-out"), QStringLiteral("selfsigned.pem"), QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                     QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")}));
    }

    void cleanup()
    {
        for (auto& server : m_servers) {
            server->kill();
            server->waitForFinished(kProcessTimeoutMs);
        }
        m_servers.clear();
    }

    // A GET to `url` with exactly `configuration`: true on a 200, else false with the error. For
    // checking what a TlsPolicy configuration trusts on a real handshake.
    bool rawGet(const QUrl& url, const QSslConfiguration& configuration, QString* error)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(url);
        request.setSslConfiguration(configuration);
        request.setTransferTimeout(20000);
        std::unique_ptr<QNetworkReply> reply(nam.get(request));
        if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 60000)) {
            *error = QStringLiteral("no answer");
            return false;
        }
        *error = reply->errorString();
        return reply->error() == QNetworkReply::NoError
               && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    }

    void accepted_data()
    {
        QTest::addColumn<QStringList>("serverArguments");
        QTest::newRow("TLS 1.2") << QStringList{QStringLiteral("-tls1_2")};
        QTest::newRow("TLS 1.3") << QStringList{QStringLiteral("-tls1_3")};
        QTest::newRow("TLS 1.2, ECDHE-ECDSA-AES128-GCM-SHA256 only") << QStringList{
            QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256")};
        QTest::newRow("TLS 1.2, ECDHE-ECDSA-CHACHA20-POLY1305 only") << QStringList{
            QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), QStringLiteral("ECDHE-ECDSA-CHACHA20-POLY1305")};
    }

    // A correct server with only this protocol version (or suite), trusted through the CA file: the
    // handshake completes and the JSON answer arrives intact.
    void accepted()
    {
        QFETCH(QStringList, serverArguments);
        const quint16 port = startServer(QStringLiteral("good"), serverArguments);
        QVERIFY(port != 0);
        const auto response = get(config(port, true));
        QVERIFY(response.has_value());
        QVERIFY2(response->error.kind != ApiError::Kind::Tls && response->error.kind != ApiError::Kind::Network,
                 qPrintable(response->error.userMessage()));
        QVERIFY2(response->error.ok(), qPrintable(response->error.userMessage()));
        QCOMPARE(response->httpStatus, 200);
        QCOMPARE(response->json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QStringList>("serverArguments");
        QTest::addColumn<bool>("withCaFile");
        QTest::addColumn<QString>("reason"); // must appear in the message the user sees

        // OpenSSL 3 refuses TLS 1.1 below security level 0 on both sides: the server is lowered so
        // that it really offers TLS 1.1 only (checked by the control below); the client is not.
        QTest::newRow("TLS 1.1 only") << QStringLiteral("good")
                                      << QStringList{QStringLiteral("-tls1_1"), QStringLiteral("-cipher"),
                                                     QStringLiteral("DEFAULT@SECLEVEL=0")}
                                      << true << QStringLiteral("TLS 1.2 or later");
        // Forward secrecy and AEAD only: a server offering nothing but CBC suites (with and without
        // ECDHE) gets no handshake; the control below shows it does speak them.
        QTest::newRow("TLS 1.2, CBC suites only")
            << QStringLiteral("good") << QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), kCbcSuites}
            << true << QStringLiteral("could not be set up");
        QTest::newRow("self-signed, no CA file")
            << QStringLiteral("selfsigned") << QStringList() << false << QStringLiteral("self-signed");
        QTest::newRow("expired") << QStringLiteral("expired") << QStringList() << true << QStringLiteral("expired");
        // Dates out of range may be this computer's wrong clock: the message says to check it.
        QTest::newRow("expired: check the clock")
            << QStringLiteral("expired") << QStringList() << true << QStringLiteral("check your computer's clock");
        QTest::newRow("not yet valid") << QStringLiteral("notyet") << QStringList() << true
                                       << QStringLiteral("not yet valid");
        QTest::newRow("not yet valid: check the clock")
            << QStringLiteral("notyet") << QStringList() << true << QStringLiteral("check your computer's clock");
        QTest::newRow("wrong host name") << QStringLiteral("otherhost") << QStringList() << true
                                         << QStringLiteral("host name");
    }

    void refused()
    {
        QFETCH(QString, cert);
        QFETCH(QStringList, serverArguments);
        QFETCH(bool, withCaFile);
        QFETCH(QString, reason);
        const quint16 port = startServer(cert, serverArguments);
        QVERIFY(port != 0);
        const auto response = get(config(port, withCaFile));
        QVERIFY(response.has_value());
        const QString message = response->error.userMessage();
        qInfo().noquote() << QTest::currentDataTag() << "->" << message;
        QCOMPARE(response->error.kind, ApiError::Kind::Tls);
        QCOMPARE(response->httpStatus, 0); // nothing was read from the server
        QVERIFY2(message.contains(reason, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(!response->error.technical.isEmpty(), "the reason is recorded for the support log");
    }

    // Control for "TLS 1.1 only": the server really completes a TLS 1.1 handshake with a client
    // that allows it, so the refusal above is the client's doing.
    void tls11ServerReallySpeaksTls11()
    {
        const quint16 port = startServer(QStringLiteral("good"), {QStringLiteral("-tls1_1"), QStringLiteral("-cipher"),
                                                                  QStringLiteral("DEFAULT@SECLEVEL=0")});
        QVERIFY(port != 0);
        const QString output =
            sClient(port, {QStringLiteral("-tls1_1"), QStringLiteral("-cipher"), QStringLiteral("DEFAULT@SECLEVEL=0")});
        QVERIFY2(output.contains(QStringLiteral("Protocol  : TLSv1.1")), qPrintable(output));
    }

    // Control for "CBC suites only": the server completes a handshake with a client that offers CBC.
    void cbcServerReallySpeaksCbc()
    {
        const quint16 port =
            startServer(QStringLiteral("good"), {QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), kCbcSuites});
        QVERIFY(port != 0);
        const QString output = sClient(port, {QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), kCbcSuites});
        QVERIFY2(output.contains(QStringLiteral("Cipher is ECDHE-ECDSA-AES"))
                     && output.contains(QStringLiteral("-SHA")),
                 qPrintable(output));
    }

    // What the client offers: ECDHE with AES-GCM or ChaCha20-Poly1305 on TLS 1.2 and the TLS 1.3
    // suites; nothing with CBC, RSA key exchange, PSK or no authentication.
    void clientOffersOnlyForwardSecretAead()
    {
        const QList<QSslCipher> offered = TlsPolicy::configuration(ServerConfig(), kDefaultServerUrl).ciphers();
        QVERIFY(!offered.isEmpty());
        QStringList names;
        for (const QSslCipher& cipher : offered)
            names.append(cipher.name());
        QVERIFY2(names.contains(QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256")), qPrintable(names.join(u' ')));
        QVERIFY2(names.contains(QStringLiteral("ECDHE-ECDSA-CHACHA20-POLY1305")), qPrintable(names.join(u' ')));
        for (const QString& name : std::as_const(names)) {
            QVERIFY2(!name.contains(QLatin1String("CBC")) && !name.endsWith(QLatin1String("-SHA"))
                         && !name.contains(QLatin1String("PSK")) && !name.contains(QLatin1String("NULL"))
                         && !name.startsWith(QLatin1String("AES")) && !name.startsWith(QLatin1String("DHE-")),
                     qPrintable(name));
            QVERIFY2(name.startsWith(QLatin1String("TLS_")) || name.startsWith(QLatin1String("ECDHE-")),
                     qPrintable(name));
        }
    }

    // The CA file vouches for the configured server's origin only. A certificate the extra CA signed,
    // valid for the host name asked for, is refused on any other origin (here: the same s_server
    // reached as "localhost" while the configured server is 127.0.0.1) with exactly the configuration
    // TlsPolicy gives, over a real handshake; the configured origin itself is accepted (control).
    void caFileIsTrustedForItsOriginOnly()
    {
        const quint16 port = startServer(QStringLiteral("good"), {});
        QVERIFY(port != 0);
        ServerConfig server = config(port, true);
        server.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
        QVERIFY(!server.extraCaCertificates.isEmpty());

        const QUrl sameOrigin(QStringLiteral("https://127.0.0.1:%1/v1/health").arg(port));
        const QUrl otherHost(QStringLiteral("https://localhost:%1/v1/health").arg(port));
        QString error;
        QVERIFY2(rawGet(sameOrigin, TlsPolicy::configuration(server, sameOrigin), &error), qPrintable(error));
        QVERIFY(!rawGet(otherHost, TlsPolicy::configuration(server, otherHost), &error));
        QVERIFY2(error.contains(QLatin1String("issuer"), Qt::CaseInsensitive)
                     || error.contains(QLatin1String("handshake"), Qt::CaseInsensitive),
                 qPrintable(error));

        for (const QUrl& other : {otherHost, QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(port + 1)),
                                  QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), kDefaultServerUrl}) {
            QVERIFY2(!TlsPolicy::extraCasApplyTo(server, other), qPrintable(other.toString()));
            const QList<QSslCertificate> cas = TlsPolicy::configuration(server, other).caCertificates();
            for (const QSslCertificate& extra : std::as_const(server.extraCaCertificates))
                QVERIFY2(!cas.contains(extra), qPrintable(other.toString()));
        }
    }

    // The cloud server never gets the extra CAs, even when a (remembered, or hand-edited) CA file made
    // it into its ServerConfig: its connection trusts the system's CAs only.
    void cloudServerNeverTrustsTheCaFile()
    {
        ServerConfig cloud = config(443, true);
        QVERIFY(!cloud.extraCaCertificates.isEmpty());
        for (const QString& spelling :
             {QStringLiteral("https://api.getsellerpulse.com"), QStringLiteral("https://API.GetSellerPulse.com/"),
              QStringLiteral("https://api.getsellerpulse.com.:443")}) {
            cloud.baseUrl = QUrl(spelling);
            const QUrl request = cloud.baseUrl.resolved(QUrl(QStringLiteral("/v1/health")));
            QVERIFY2(!TlsPolicy::extraCasApplyTo(cloud, request), qPrintable(spelling));
            const QSslConfiguration configuration = TlsPolicy::configuration(cloud, request);
            QVERIFY(configuration.caCertificates() == QSslConfiguration::defaultConfiguration().caCertificates());
            for (const QSslCertificate& extra : std::as_const(cloud.extraCaCertificates))
                QVERIFY(!configuration.caCertificates().contains(extra));
            QCOMPARE(configuration.peerVerifyMode(), QSslSocket::VerifyPeer);
        }
    }

    // The check after the handshake: a chain through an extra CA is accepted for the configured
    // origin, refused (with a reason) for any other; a chain not through it is left alone.
    void chainThroughTheCaFileIsRefusedElsewhere()
    {
        const QList<QSslCertificate> leaf = QSslCertificate::fromPath(path(QStringLiteral("good.pem")));
        const QList<QSslCertificate> selfSigned = QSslCertificate::fromPath(path(QStringLiteral("selfsigned.pem")));
        QCOMPARE(leaf.size(), 1);
        QCOMPARE(selfSigned.size(), 1);
        ServerConfig server = config(8443, true);
        const QList<QSslCertificate> chain = leaf + server.extraCaCertificates;
        QString whyNot;
        QVERIFY(
            TlsPolicy::acceptsChain(server, QUrl(QStringLiteral("https://localhost:8443/v1/health")), chain, &whyNot));
        QVERIFY(whyNot.isEmpty());
        QVERIFY(
            !TlsPolicy::acceptsChain(server, QUrl(QStringLiteral("https://127.0.0.1:8443/v1/health")), chain, &whyNot));
        QVERIFY2(whyNot.contains(QLatin1String("localhost")), qPrintable(whyNot));
        QVERIFY(!TlsPolicy::acceptsChain(server, kDefaultServerUrl, chain, &whyNot));
        QVERIFY(TlsPolicy::acceptsChain(server, kDefaultServerUrl, selfSigned, &whyNot));
        server.baseUrl = kDefaultServerUrl; // the cloud: the CA file applies nowhere
        QVERIFY(!TlsPolicy::acceptsChain(server, kDefaultServerUrl, chain, &whyNot));
    }

    // QNetworkAccessManager reuses one connection object per scheme, host and port, with the TLS
    // configuration of the request that made it. A client that no longer trusts the CA file (the
    // user dropped it) on the same manager must not ride on a connection made under the old trust.
    void droppedCaFileIsNotBypassedByAReusedConnection()
    {
        const quint16 port = startServer(QStringLiteral("good"), {});
        QVERIFY(port != 0);
        QNetworkAccessManager nam;
        const auto trusted = get(config(port, true), &nam);
        QVERIFY(trusted.has_value());
        QVERIFY2(trusted->error.ok(), qPrintable(trusted->error.userMessage()));
        const auto untrusted = get(config(port, false), &nam);
        QVERIFY(untrusted.has_value());
        QCOMPARE(untrusted->error.kind, ApiError::Kind::Tls);
        // And back: trusting it again works on the same manager.
        const auto again = get(config(port, true), &nam);
        QVERIFY(again.has_value());
        QVERIFY2(again->error.ok(), qPrintable(again->error.userMessage()));
    }

private:
    // `openssl s_client` to 127.0.0.1:port with these arguments; its output once the handshake ended.
    QString sClient(quint16 port, const QStringList& arguments)
    {
        QProcess client;
        client.setProcessChannelMode(QProcess::MergedChannels);
        client.start(m_openssl, QStringList{QStringLiteral("s_client"), QStringLiteral("-connect"),
                                            QStringLiteral("127.0.0.1:%1").arg(port)}
                                    + arguments);
        client.closeWriteChannel(); // stdin at EOF: s_client ends after the handshake
        if (!client.waitForFinished(kProcessTimeoutMs))
            return QStringLiteral("s_client did not finish");
        return QString::fromLocal8Bit(client.readAll());
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestTlsServers)
#include "TestTlsServers.moc"
