// ApiClient against real `openssl s_server` processes on loopback: the servers a user may meet on a
// bad day (TLS 1.1 only, a self-signed certificate, an expired one, one for another host) are
// refused with a reason the user can read; correct TLS 1.2 and TLS 1.3 servers, trusted through a
// CA file exactly as the app trusts the sandbox's CA (ServerConfig::loadCaFile), are accepted.
// Every certificate is made here, at test time, with the openssl command line.
#include "api/ApiClient.h"
#include "api/ServerConfig.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
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
}

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
            qWarning().noquote() << "openssl" << arguments.join(QLatin1Char(' ')) << "failed:"
                                 << QString::fromLocal8Bit(process.readAll());
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
                      QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                      QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                      name + QStringLiteral(".csr"), QStringLiteral("-subj"), QStringLiteral("/CN=") + name}))
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
        process->start(m_openssl, QStringList{QStringLiteral("s_server"), QStringLiteral("-accept"),
                                              QStringLiteral("127.0.0.1:0"), QStringLiteral("-cert"),
                                              certName + QStringLiteral(".pem"), QStringLiteral("-key"),
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

    std::optional<ApiResponse> get(const ServerConfig& serverConfig)
    {
        QNetworkAccessManager nam;
        ApiClient client(&nam, serverConfig);
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
        QVERIFY(writeFile(QStringLiteral("ca.cnf"), QByteArrayLiteral("[ca]\ndefault_ca = test_ca\n"
                                                                      "[test_ca]\ndatabase = index.txt\nnew_certs_dir = .\n"
                                                                      "serial = serial\ndefault_md = sha256\n"
                                                                      "policy = any_name\nunique_subject = no\n"
                                                                      "[any_name]\ncommonName = supplied\n")));
        QVERIFY(writeFile(QStringLiteral("index.txt"), QByteArray()));
        QVERIFY(writeFile(QStringLiteral("serial"), QByteArrayLiteral("1000\n")));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=SellerPulse Test CA"), QStringLiteral("-addext"),
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
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), QStringLiteral("selfsigned.key"), QStringLiteral("-out"),
                         QStringLiteral("selfsigned.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                         QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")}));
    }

    void cleanup()
    {
        for (auto& server : m_servers) {
            server->kill();
            server->waitForFinished(kProcessTimeoutMs);
        }
        m_servers.clear();
    }

    void accepted_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::newRow("TLS 1.2") << QStringLiteral("-tls1_2");
        QTest::newRow("TLS 1.3") << QStringLiteral("-tls1_3");
    }

    // A correct server with only this protocol version, trusted through the CA file: the handshake
    // completes and the JSON answer arrives intact.
    void accepted()
    {
        QFETCH(QString, protocol);
        const quint16 port = startServer(QStringLiteral("good"), {protocol});
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
        QTest::newRow("self-signed, no CA file") << QStringLiteral("selfsigned") << QStringList() << false
                                                 << QStringLiteral("self-signed");
        QTest::newRow("expired") << QStringLiteral("expired") << QStringList() << true << QStringLiteral("expired");
        // Dates out of range may be this computer's wrong clock: the message says to check it.
        QTest::newRow("expired: check the clock") << QStringLiteral("expired") << QStringList() << true
                                                  << QStringLiteral("check your computer's clock");
        QTest::newRow("not yet valid") << QStringLiteral("notyet") << QStringList() << true
                                       << QStringLiteral("not yet valid");
        QTest::newRow("not yet valid: check the clock") << QStringLiteral("notyet") << QStringList() << true
                                                        << QStringLiteral("check your computer's clock");
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
        QProcess client;
        client.setProcessChannelMode(QProcess::MergedChannels);
        client.start(m_openssl, {QStringLiteral("s_client"), QStringLiteral("-connect"),
                                 QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-tls1_1"),
                                 QStringLiteral("-cipher"), QStringLiteral("DEFAULT@SECLEVEL=0")});
        client.closeWriteChannel(); // stdin at EOF: s_client ends after the handshake
        QVERIFY(client.waitForFinished(kProcessTimeoutMs));
        const QString output = QString::fromLocal8Bit(client.readAll());
        QVERIFY2(output.contains(QStringLiteral("Protocol  : TLSv1.1")), qPrintable(output));
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestTlsServers)
#include "TestTlsServers.moc"
