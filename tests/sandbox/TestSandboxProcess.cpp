// The sandbox as a process: files and modes, persistence across restarts, command line, loopback only,
// TLS identity, plain HTTP, clean shutdown, and no secret in its log.

#include "RawHttpConnection.h"
#include "SandboxHttpClient.h"
#include "SandboxProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslKey>
#include <QRegularExpression>
#include <QSslSocket>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace sp::test {

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filesAndFoldersArePrivate();
    void stateSurvivesRestart();
    void demoPasswordIsDroppedOnceChanged();
    void demoPasswordIsNeverWrittenToDisk();
    void storedDemoPasswordOfAnOlderStateIsDropped();
    void shortAdminTokenIsRefused();
    void damagedCertificateIsRegenerated();
    void damagedStateIsNeverOverwritten();
    void listensOnLoopbackOnly();
    void badArgumentsExitWithCode2_data();
    void badArgumentsExitWithCode2();
    void helpAndVersionExit0();
    void weakSigningKeyIsRefused();
    void plainHttpWorks();
    void certificateIsVerifiedForLoopback();
    void certificateIsALeaf();
    void caCertificateOnDiskIsRegenerated();
    void sandboxKeyCannotVouchForAnotherHost();
    void onlyForwardSecretAeadSuites_data();
    void onlyForwardSecretAeadSuites();
    void untrustedClientIsRejected();
    void secretsNeverReachTheLog();
    void stopsCleanlyOnSigterm();

private:
    // The openssl command line with `arguments` in `dir`; its merged output (empty when not run).
    static QString openssl(const QStringList& arguments, const QString& dir, int* exitCode);
    static QString runAndWait(const QStringList& arguments, int* exitCode, QString* standardOut,
                              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
};

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

int modeOf(const QString& path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

QByteArray field(const QJsonObject& object, const char* name)
{
    return object.value(QLatin1String(name)).toString().toLatin1();
}

// Every file under `folder` whose content contains `needle` (the grep an attacker with the folder would run).
QStringList filesContaining(const QString& folder, const QByteArray& needle)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found.append(file.fileName());
    }
    return found;
}

} // namespace

QString TestSandboxProcess::runAndWait(const QStringList& arguments, int* exitCode, QString* standardOut,
                                       const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(SandboxProcess::binaryPath(), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        *exitCode = -1;
        return QStringLiteral("did not exit");
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    *standardOut = QString::fromUtf8(process.readAllStandardOutput());
    return QString::fromUtf8(process.readAllStandardError());
}

void TestSandboxProcess::filesAndFoldersArePrivate()
{
    SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start({}, &error), qPrintable(error));
    const QString data = sandbox.dataDir();
    QCOMPARE(modeOf(data), 0700);
    QCOMPARE(modeOf(data + QStringLiteral("/keys")), 0700);
    QCOMPARE(modeOf(data + QStringLiteral("/tls")), 0700);
    QCOMPARE(modeOf(data + QStringLiteral("/keys/jwt-signing.key")), 0600);
    QCOMPARE(modeOf(data + QStringLiteral("/state.json")), 0600);
    QCOMPARE(modeOf(data + QStringLiteral("/tls/sandbox-key.pem")), 0600);
    QCOMPARE(QFileInfo(sandbox.certificatePath()).absoluteFilePath(),
             QFileInfo(data + QStringLiteral("/tls/sandbox-cert.pem")).absoluteFilePath());
    QVERIFY(QFileInfo(sandbox.certificatePath()).isAbsolute());

    // A state write after a change keeps the mode (atomic replace), and holds no password or token.
    SandboxHttpClient client(sandbox);
    QVERIFY(sandbox.createAccount(QStringLiteral("files@example.com"), kPassword));
    const QJsonObject pair = client.login(QStringLiteral("files@example.com"), kPassword);
    QVERIFY(!pair.isEmpty());
    QCOMPARE(modeOf(data + QStringLiteral("/state.json")), 0600);
    QFile state(data + QStringLiteral("/state.json"));
    QVERIFY(state.open(QIODevice::ReadOnly));
    const QByteArray stateText = state.readAll();
    QVERIFY(stateText.contains("files@example.com"));
    QVERIFY(!stateText.contains(kPassword.toUtf8()));
    QVERIFY(!stateText.contains(field(pair, "refresh_token")));
    QVERIFY(!stateText.contains(field(pair, "access_token")));
    QVERIFY(stateText.contains("$2b$04$")); // bcrypt with the requested cost
}

void TestSandboxProcess::stateSurvivesRestart()
{
    SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start({}, &error), qPrintable(error));
    const QString demoPassword = sandbox.demoPassword();
    QFile certificateFile(sandbox.certificatePath());
    QVERIFY(certificateFile.open(QIODevice::ReadOnly));
    const QByteArray certificatePem = certificateFile.readAll();
    certificateFile.close();

    QVERIFY(sandbox.createAccount(QStringLiteral("persist@example.com"), kPassword));
    SandboxHttpClient client(sandbox);
    const QJsonObject pair = client.login(QStringLiteral("persist@example.com"), kPassword);
    QVERIFY(!pair.isEmpty());

    QVERIFY2(sandbox.restart(&error), qPrintable(error));
    QCOMPARE(sandbox.demoPassword(), demoPassword); // still printed while unchanged
    QVERIFY(certificateFile.open(QIODevice::ReadOnly));
    QCOMPARE(certificateFile.readAll(), certificatePem); // the same certificate, so pinned clients keep working

    SandboxHttpClient after(sandbox);
    // Access tokens survive (same signing key) and so does the refresh token.
    QCOMPARE(after.get(QStringLiteral("/v1/account"), field(pair, "access_token")).status, 200);
    const HttpResult refreshed =
        after.postJson(QStringLiteral("/v1/auth/refresh"),
                       {{QStringLiteral("refresh_token"), pair.value(QStringLiteral("refresh_token"))}});
    QCOMPARE(refreshed.status, 200);
    // Reuse detection survives too: the used token still ends the family after another restart.
    QVERIFY2(sandbox.restart(&error), qPrintable(error));
    SandboxHttpClient third(sandbox);
    const HttpResult reused =
        third.postJson(QStringLiteral("/v1/auth/refresh"),
                       {{QStringLiteral("refresh_token"), pair.value(QStringLiteral("refresh_token"))}});
    QCOMPARE(reused.code(), QStringLiteral("refresh_token_reused"));
    QVERIFY(!third.login(QStringLiteral("persist@example.com"), kPassword).isEmpty());
}

void TestSandboxProcess::demoPasswordIsDroppedOnceChanged()
{
    SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start({}, &error), qPrintable(error));
    const QString oldPassword = sandbox.demoPassword();
    QVERIFY(oldPassword.size() >= 10);
    SandboxHttpClient client(sandbox);
    const QJsonObject pair = client.login(sandbox.demoEmail(), oldPassword);
    const HttpResult changed =
        client.postJson(QStringLiteral("/v1/account/password"),
                        {{QStringLiteral("current_password"), oldPassword},
                         {QStringLiteral("new_password"), QStringLiteral("my own demo password")}},
                        field(pair, "access_token"));
    QCOMPARE(changed.status, 200);
    QVERIFY2(sandbox.restart(&error), qPrintable(error));
    QVERIFY(sandbox.demoPassword().isEmpty());
    QFile state(sandbox.dataDir() + QStringLiteral("/state.json"));
    QVERIFY(state.open(QIODevice::ReadOnly));
    QVERIFY(!state.readAll().contains(oldPassword.toUtf8()));
    SandboxHttpClient after(sandbox);
    QVERIFY(!after.login(sandbox.demoEmail(), QStringLiteral("my own demo password")).isEmpty());
}

void TestSandboxProcess::demoPasswordIsNeverWrittenToDisk()
{
    SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start({}, &error), qPrintable(error));
    const QString password = sandbox.demoPassword();
    QVERIFY(password.size() >= 16);                                                       // printed for the developer
    QVERIFY(!filesContaining(sandbox.dataDir(), QByteArrayLiteral("$2b$04$")).isEmpty()); // the grep can find things
    QCOMPARE(filesContaining(sandbox.dataDir(), password.toUtf8()), QStringList());
    // Printed again at the next start (it is derived, not stored), still right, still in no file.
    QVERIFY2(sandbox.restart(&error), qPrintable(error));
    QCOMPARE(sandbox.demoPassword(), password);
    SandboxHttpClient client(sandbox);
    QVERIFY(!client.login(sandbox.demoEmail(), password).isEmpty());
    QCOMPARE(filesContaining(sandbox.dataDir(), password.toUtf8()), QStringList());
}

void TestSandboxProcess::storedDemoPasswordOfAnOlderStateIsDropped()
{
    // Earlier versions kept the demo password in state.json: the next start removes it and prints the derived one.
    SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start({}, &error), qPrintable(error));
    const QString firstPassword = sandbox.demoPassword();
    sandbox.stop();
    const QString statePath = sandbox.dataDir() + QStringLiteral("/state.json");
    QFile state(statePath);
    QVERIFY(state.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(state.readAll()).object();
    state.close();
    QJsonObject demo = root.value(QStringLiteral("demo")).toObject();
    demo.remove(QStringLiteral("sandbox_password"));
    demo.insert(QStringLiteral("password"), QStringLiteral("old-plaintext-demo-pass"));
    root.insert(QStringLiteral("demo"), demo);
    QVERIFY(state.open(QIODevice::WriteOnly | QIODevice::Truncate));
    state.write(QJsonDocument(root).toJson());
    state.close();

    // With another signing key the derived password changes: the demo account follows it.
    qputenv("SELLERPULSE_SANDBOX_JWT_KEY", QByteArray(32, '\x5a').toHex());
    const bool restarted = sandbox.restart(&error);
    qunsetenv("SELLERPULSE_SANDBOX_JWT_KEY");
    QVERIFY2(restarted, qPrintable(error));
    QVERIFY(!sandbox.demoPassword().isEmpty());
    QVERIFY(sandbox.demoPassword() != firstPassword);
    QCOMPARE(filesContaining(sandbox.dataDir(), QByteArrayLiteral("old-plaintext-demo-pass")), QStringList());
    QCOMPARE(filesContaining(sandbox.dataDir(), sandbox.demoPassword().toUtf8()), QStringList());
    SandboxHttpClient client(sandbox);
    QVERIFY(!client.login(sandbox.demoEmail(), sandbox.demoPassword()).isEmpty());
}

void TestSandboxProcess::shortAdminTokenIsRefused()
{
    QTemporaryDir folder;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString shortToken(31, QLatin1Char('t'));
    environment.insert(QStringLiteral("SELLERPULSE_SANDBOX_ADMIN_TOKEN"), shortToken);
    int exitCode = 0;
    QString out;
    const QString err =
        runAndWait({QStringLiteral("--data-dir"), folder.path(), QStringLiteral("--bcrypt-cost"), QStringLiteral("4")},
                   &exitCode, &out, environment);
    QCOMPARE(exitCode, 1);
    QVERIFY(!out.contains(QLatin1String("SANDBOX ready")));
    QVERIFY2(err.contains(QLatin1String("SELLERPULSE_SANDBOX_ADMIN_TOKEN")) && err.contains(QLatin1String("32")),
             qPrintable(err));
    QVERIFY(!err.contains(shortToken)); // the value is never echoed
    // 32 bytes is enough.
    qputenv("SELLERPULSE_SANDBOX_ADMIN_TOKEN", QByteArray(32, 't'));
    SandboxProcess sandbox;
    QString error;
    const bool started = sandbox.start({}, &error);
    qunsetenv("SELLERPULSE_SANDBOX_ADMIN_TOKEN");
    QVERIFY2(started, qPrintable(error));
    QCOMPARE(sandbox.adminToken(), QString(32, QLatin1Char('t')));
}

void TestSandboxProcess::damagedCertificateIsRegenerated()
{
    SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start({}, &error), qPrintable(error));
    sandbox.stop();
    QFile certificate(sandbox.certificatePath());
    QVERIFY(certificate.open(QIODevice::WriteOnly | QIODevice::Truncate));
    certificate.write("-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n");
    certificate.close();

    QVERIFY2(sandbox.restart(&error), qPrintable(error));
    QCOMPARE(QSslCertificate::fromPath(sandbox.certificatePath()).size(), 1);
    QCOMPARE(modeOf(sandbox.dataDir() + QStringLiteral("/tls/sandbox-key.pem")), 0600);
    SandboxHttpClient client(sandbox);
    const HttpResult health = client.get(QStringLiteral("/v1/health"));
    QVERIFY2(health.status == 200, qPrintable(health.networkError));
}

void TestSandboxProcess::damagedStateIsNeverOverwritten()
{
    SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start({}, &error), qPrintable(error));
    sandbox.stop();
    const QString statePath = sandbox.dataDir() + QStringLiteral("/state.json");
    const QByteArray damaged = QByteArrayLiteral("{\"format\": 1, \"accounts\": [ truncated");
    QFile state(statePath);
    QVERIFY(state.open(QIODevice::WriteOnly | QIODevice::Truncate));
    state.write(damaged);
    state.close();

    // It refuses to start with a message naming the file, and leaves the file for the user to inspect.
    QVERIFY(!sandbox.restart(&error));
    QVERIFY2(error.contains(QLatin1String("state.json")), qPrintable(error));
    QVERIFY(state.open(QIODevice::ReadOnly));
    QCOMPARE(state.readAll(), damaged);
}

void TestSandboxProcess::listensOnLoopbackOnly()
{
    SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start({}, &error), qPrintable(error));
    QCOMPARE(sandbox.url().host(), QStringLiteral("127.0.0.1"));
    const quint16 port = static_cast<quint16>(sandbox.url().port());

    QTcpSocket loopback;
    loopback.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(loopback.waitForConnected(5000));

    QList<QHostAddress> others;
    for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
            others.append(address);
    }
    others.append(QHostAddress::LocalHostIPv6); // ::1 is loopback too, but the sandbox binds 127.0.0.1 only
    for (const QHostAddress& address : others) {
        QTcpSocket socket;
        socket.connectToHost(address, port);
        QVERIFY2(!socket.waitForConnected(3000), qPrintable(address.toString()));
    }
}

void TestSandboxProcess::badArgumentsExitWithCode2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--listen-everywhere")};
    QTest::newRow("port not a number") << QStringList{QStringLiteral("--port"), QStringLiteral("http")};
    QTest::newRow("port too large") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("bcrypt cost too low") << QStringList{QStringLiteral("--bcrypt-cost"), QStringLiteral("3")};
    QTest::newRow("bcrypt cost too high") << QStringList{QStringLiteral("--bcrypt-cost"), QStringLiteral("15")};
    QTest::newRow("access ttl zero") << QStringList{QStringLiteral("--access-ttl"), QStringLiteral("0")};
    QTest::newRow("negative rate limit") << QStringList{QStringLiteral("--rate-limit"), QStringLiteral("-1")};
    QTest::newRow("rate window text") << QStringList{QStringLiteral("--rate-window"), QStringLiteral("1m")};
    QTest::newRow("missing value") << QStringList{QStringLiteral("--data-dir")};
    QTest::newRow("positional") << QStringList{QStringLiteral("serve")};
}

void TestSandboxProcess::badArgumentsExitWithCode2()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir folder;
    int exitCode = 0;
    QString out;
    const QString err = runAndWait(
        QStringList{QStringLiteral("--data-dir"), folder.path() + QStringLiteral("/d")} + arguments, &exitCode, &out);
    QCOMPARE(exitCode, 2);
    QVERIFY(out.isEmpty());
    QVERIFY(!err.trimmed().isEmpty());
    QCOMPARE(err.trimmed().count(QLatin1Char('\n')), 0);               // exactly one line
    QVERIFY(!QFileInfo::exists(folder.path() + QStringLiteral("/d"))); // nothing created on bad input
}

void TestSandboxProcess::helpAndVersionExit0()
{
    int exitCode = -1;
    QString out;
    runAndWait({QStringLiteral("--help")}, &exitCode, &out);
    QCOMPARE(exitCode, 0);
    QVERIFY(out.contains(QLatin1String("--plain-http")));
    runAndWait({QStringLiteral("--version")}, &exitCode, &out);
    QCOMPARE(exitCode, 0);
    QVERIFY(out.startsWith(QLatin1String("sellerpulse-sandbox ")));
}

void TestSandboxProcess::weakSigningKeyIsRefused()
{
    QTemporaryDir folder;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SELLERPULSE_SANDBOX_JWT_KEY"),
                       QStringLiteral("00112233445566778899aabbccddeeff")); // 16 bytes
    int exitCode = 0;
    QString out;
    const QString err =
        runAndWait({QStringLiteral("--data-dir"), folder.path(), QStringLiteral("--bcrypt-cost"), QStringLiteral("4")},
                   &exitCode, &out, environment);
    QVERIFY(exitCode != 0);
    QVERIFY(!out.contains(QLatin1String("SANDBOX ready")));
    QVERIFY(err.contains(QLatin1String("SELLERPULSE_SANDBOX_JWT_KEY")));
    QVERIFY(!err.contains(QLatin1String("00112233445566778899aabbccddeeff")));
}

void TestSandboxProcess::plainHttpWorks()
{
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.plainHttp = true;
    QString error;
    QVERIFY2(sandbox.start(options, &error), qPrintable(error));
    QCOMPARE(sandbox.url().scheme(), QStringLiteral("http"));
    QVERIFY(sandbox.certificatePath().isEmpty());
    SandboxHttpClient client(sandbox);
    const HttpResult health = client.get(QStringLiteral("/v1/health"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.header("X-Frame-Options"), QByteArrayLiteral("DENY"));
    QVERIFY(!client.login(sandbox.demoEmail(), sandbox.demoPassword()).isEmpty());
    // Plain HTTP has its own listener: its connections meet the request size guard too.
    RawHttpConnection connection(sandbox);
    QVERIFY2(connection.open({}, &error), qPrintable(error));
    connection.write(
        QByteArrayLiteral("POST /v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                          "Content-Length: 209715200\r\n\r\n"));
    const HttpResult refused = connection.readResponse();
    QCOMPARE(refused.status, 413);
    QCOMPARE(refused.code(), QStringLiteral("payload_too_large"));
    QVERIFY(connection.waitForServerClose());
}

void TestSandboxProcess::certificateIsVerifiedForLoopback()
{
    SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start({}, &error), qPrintable(error));
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(sandbox.certificatePath());
    QCOMPARE(certificates.size(), 1);
    const QSslCertificate& certificate = certificates.constFirst();
    // Self-issued (its own key signed it: see certificateIsALeaf). Qt's isSelfSigned() also asks OpenSSL
    // whether the certificate may sign certificates, which a leaf may not, so it is false here.
    QCOMPARE(certificate.issuerDisplayName(), certificate.subjectDisplayName());
    QVERIFY(!certificate.isSelfSigned());
    const auto names = certificate.subjectAlternativeNames();
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("0:0:0:0:0:0:0:1"))
            || names.values(QSsl::IpAddressEntry).contains(QStringLiteral("::1")));
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(certificate.effectiveDate() <= now);
    QVERIFY(certificate.expiryDate() > now.addDays(360));
    QVERIFY(certificate.expiryDate() < now.addDays(367));
    QCOMPARE(certificate.publicKey().algorithm(), QSsl::Ec);

    // Full verification (chain and host name 127.0.0.1) with only this certificate as CA, TLS 1.2 or later.
    QSslSocket socket;
    socket.setSslConfiguration(sandbox.sslConfiguration());
    QCOMPARE(socket.sslConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), static_cast<quint16>(sandbox.url().port()));
    QVERIFY2(encrypted.wait(10000), qPrintable(socket.errorString()));
    QVERIFY(socket.sslHandshakeErrors().isEmpty());
    QVERIFY(socket.sessionProtocol() == QSsl::TlsV1_2 || socket.sessionProtocol() == QSsl::TlsV1_3);
    QCOMPARE(socket.peerCertificate(), certificate);
}

QString TestSandboxProcess::openssl(const QStringList& arguments, const QString& dir, int* exitCode)
{
    *exitCode = -1;
    const QString program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (program.isEmpty())
        return QStringLiteral("the openssl command line is needed (Debian package openssl)");
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.closeWriteChannel(); // s_client: stdin at EOF, so it ends after the handshake
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("openssl did not finish");
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromLocal8Bit(process.readAll());
}

// The certificate the client trusts is an end-entity certificate: it cannot sign others.
void TestSandboxProcess::certificateIsALeaf()
{
    SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start({}, &error), qPrintable(error));
    int exitCode = 0;
    const QString text =
        openssl({QStringLiteral("x509"), QStringLiteral("-in"), sandbox.certificatePath(), QStringLiteral("-noout"),
                 QStringLiteral("-ext"), QStringLiteral("basicConstraints,keyUsage,extendedKeyUsage,subjectAltName")},
                sandbox.dataDir(), &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(text));
    // "X509v3 <name>: [critical]" lines, each followed by its indented value.
    QHash<QString, QString> extensions;
    QString current;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("X509v3 "))) {
            current = line.trimmed();
            extensions.insert(current, QString());
        } else if (!current.isEmpty() && !line.trimmed().isEmpty()) {
            extensions[current] += line.trimmed();
        }
    }
    QCOMPARE(extensions.value(QStringLiteral("X509v3 Basic Constraints: critical")), QStringLiteral("CA:FALSE"));
    QCOMPARE(extensions.value(QStringLiteral("X509v3 Key Usage: critical")), QStringLiteral("Digital Signature"));
    QCOMPARE(extensions.value(QStringLiteral("X509v3 Extended Key Usage:")),
             QStringLiteral("TLS Web Server Authentication"));
    QCOMPARE(extensions.value(QStringLiteral("X509v3 Subject Alternative Name:")),
             QStringLiteral("IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1, DNS:localhost"));
    QCOMPARE(extensions.size(), 4);
    // Signed by its own key, and a trust anchor by itself for 127.0.0.1 (no CA needed).
    const QString verified =
        openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), sandbox.certificatePath(),
                 QStringLiteral("-verify_ip"), QStringLiteral("127.0.0.1"), QStringLiteral("-purpose"),
                 QStringLiteral("sslserver"), sandbox.certificatePath()},
                sandbox.dataDir(), &exitCode);
    QVERIFY2(exitCode == 0 && verified.contains(QStringLiteral(": OK")), qPrintable(verified));

    // The same through Qt: basicConstraints critical, no CA.
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(sandbox.certificatePath());
    QCOMPARE(certificates.size(), 1);
    bool sawBasicConstraints = false;
    for (const QSslCertificateExtension& extension : certificates.constFirst().extensions()) {
        if (extension.name() != QLatin1String("basicConstraints"))
            continue;
        sawBasicConstraints = true;
        QVERIFY(extension.isCritical());
        QCOMPARE(extension.value().toMap().value(QStringLiteral("ca")).toBool(), false);
    }
    QVERIFY(sawBasicConstraints);
}

// A certificate an older sandbox wrote (a self-signed CA), still valid and matching its key, is
// replaced at start by a leaf.
void TestSandboxProcess::caCertificateOnDiskIsRegenerated()
{
    SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start({}, &error), qPrintable(error));
    sandbox.stop();
    const QString tls = sandbox.dataDir() + QStringLiteral("/tls");
    int exitCode = 0;
    const QString made = openssl({QStringLiteral("req"),
                                  QStringLiteral("-x509"),
                                  QStringLiteral("-newkey"),
                                  QStringLiteral("ec"),
                                  QStringLiteral("-pkeyopt"),
                                  QStringLiteral("ec_paramgen_curve:prime256v1"),
                                  QStringLiteral("-nodes"),
                                  QStringLiteral("-keyout"),
                                  QStringLiteral("sandbox-key.pem"),
                                  QStringLiteral("-out"),
                                  QStringLiteral("sandbox-cert.pem"),
                                  QStringLiteral("-days"),
                                  QStringLiteral("30"),
                                  QStringLiteral("-subj"),
                                  QStringLiteral("/O=SellerPulse Sandbox/CN=127.0.0.1"),
                                  QStringLiteral("-addext"),
                                  QStringLiteral("basicConstraints=critical,CA:TRUE,pathlen:0"),
                                  QStringLiteral("-addext"),
                                  QStringLiteral("keyUsage=critical,digitalSignature,keyCertSign"),
                                  QStringLiteral("-addext"),
                                  QStringLiteral("extendedKeyUsage=serverAuth"),
                                  QStringLiteral("-addext"),
                                  QStringLiteral("subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost")},
                                 tls, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(made));
    QVERIFY(QFile::setPermissions(tls + QStringLiteral("/sandbox-key.pem"),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QList<QSslCertificate> old = QSslCertificate::fromPath(sandbox.certificatePath());
    QCOMPARE(old.size(), 1);

    QVERIFY2(sandbox.restart(&error), qPrintable(error));
    const QList<QSslCertificate> now = QSslCertificate::fromPath(sandbox.certificatePath());
    QCOMPARE(now.size(), 1);
    QVERIFY(now.constFirst() != old.constFirst());
    const QString text = openssl({QStringLiteral("x509"), QStringLiteral("-in"), sandbox.certificatePath(),
                                  QStringLiteral("-noout"), QStringLiteral("-ext"), QStringLiteral("basicConstraints")},
                                 tls, &exitCode);
    QVERIFY2(text.contains(QStringLiteral("CA:FALSE")), qPrintable(text));
    QCOMPARE(modeOf(tls + QStringLiteral("/sandbox-key.pem")), 0600);
    SandboxHttpClient client(sandbox);
    const HttpResult health = client.get(QStringLiteral("/v1/health"));
    QVERIFY2(health.status == 200, qPrintable(health.networkError));
}

// Whoever can read the sandbox's key file (another process of the user) signs a certificate with it
// for another host name and serves it: a client trusting the sandbox's certificate refuses it, because
// that certificate is no CA. The control shows the same forgery passing when the trusted certificate is
// a CA, as it was before.
void TestSandboxProcess::sandboxKeyCannotVouchForAnotherHost()
{
    SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start({}, &error), qPrintable(error));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString otherHost = QStringLiteral("api.getsellerpulse.com");
    int exitCode = 0;
    QString output;

    // Signs a new key's certificate for otherHost with `caCert`/`caKey` into forged-<tag>.pem/.key.
    const auto forge = [&](const QString& tag, const QString& caCert, const QString& caKey) {
        QFile ext(dir.filePath(QStringLiteral("forged.ext")));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write(QStringLiteral("subjectAltName=DNS:%1\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n")
                      .arg(otherHost)
                      .toUtf8());
        ext.close();
        output = openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                          QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                          QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                          QStringLiteral("-keyout"), QStringLiteral("forged-%1.key").arg(tag), QStringLiteral("-out"),
                          QStringLiteral("forged.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=") + otherHost},
                         dir.path(), &exitCode);
        if (exitCode != 0)
            return false;
        output = openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                          QStringLiteral("forged.csr"), QStringLiteral("-CA"), caCert, QStringLiteral("-CAkey"), caKey,
                          QStringLiteral("-set_serial"), QStringLiteral("4242"), QStringLiteral("-days"),
                          QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("forged.ext"),
                          QStringLiteral("-out"), QStringLiteral("forged-%1.pem").arg(tag)},
                         dir.path(), &exitCode);
        return exitCode == 0;
    };
    // Serves forged-<tag> with s_server; a TLS client that trusts only `trusted` and expects otherHost
    // connects to it. True when the handshake completed; `errors` gets what the client refused.
    const auto handshake = [&](const QString& tag, const QList<QSslCertificate>& trusted, QList<QSslError>* errors) {
        QProcess server;
        server.setWorkingDirectory(dir.path());
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(QStandardPaths::findExecutable(QStringLiteral("openssl")),
                     {QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:0"),
                      QStringLiteral("-cert"), QStringLiteral("forged-%1.pem").arg(tag), QStringLiteral("-key"),
                      QStringLiteral("forged-%1.key").arg(tag), QStringLiteral("-naccept"), QStringLiteral("1")});
        static const QRegularExpression accept(QStringLiteral("ACCEPT 127\\.0\\.0\\.1:(\\d+)"));
        QByteArray serverOutput;
        QRegularExpressionMatch match;
        (void)QTest::qWaitFor(
            [&] {
                serverOutput += server.readAll();
                match = accept.match(QString::fromLatin1(serverOutput));
                return match.hasMatch() || server.state() == QProcess::NotRunning;
            },
            30000);
        bool encrypted = false;
        if (match.hasMatch()) {
            QSslSocket socket;
            QSslConfiguration configuration = sandbox.sslConfiguration();
            configuration.setCaCertificates(trusted);
            socket.setSslConfiguration(configuration);
            QObject::connect(&socket, &QSslSocket::sslErrors, &socket,
                             [errors](const QList<QSslError>& list) { *errors = list; });
            socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(match.captured(1).toUInt()), otherHost);
            encrypted = socket.waitForEncrypted(15000);
        }
        server.kill();
        server.waitForFinished();
        return encrypted;
    };

    const QString sandboxKey = sandbox.dataDir() + QStringLiteral("/tls/sandbox-key.pem");
    QVERIFY2(forge(QStringLiteral("leaf"), sandbox.certificatePath(), sandboxKey), qPrintable(output));
    QList<QSslError> errors;
    QVERIFY(!handshake(QStringLiteral("leaf"), QSslCertificate::fromPath(sandbox.certificatePath()), &errors));
    QVERIFY(!errors.isEmpty());
    for (const QSslError& sslError : std::as_const(errors))
        QVERIFY2(sslError.error() != QSslError::HostNameMismatch,
                 qPrintable(sslError.errorString())); // the chain is refused

    // Control: the same forgery under a CA-flavoured certificate (what the sandbox used to make) passes.
    output =
        openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                 QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
                 QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                 QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE,pathlen:0"),
                 QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,digitalSignature,keyCertSign")},
                dir.path(), &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
    QVERIFY2(forge(QStringLiteral("ca"), QStringLiteral("ca.pem"), QStringLiteral("ca.key")), qPrintable(output));
    errors.clear();
    QVERIFY2(
        handshake(QStringLiteral("ca"), QSslCertificate::fromPath(dir.filePath(QStringLiteral("ca.pem"))), &errors),
        errors.isEmpty() ? "no handshake" : qPrintable(errors.constFirst().errorString()));
}

void TestSandboxProcess::onlyForwardSecretAeadSuites_data()
{
    QTest::addColumn<QStringList>("clientArguments");
    QTest::addColumn<QString>("cipher"); // empty: the sandbox must refuse the handshake
    QTest::newRow("CBC only") << QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                                             QStringLiteral("ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES128-SHA:AES128-SHA")}
                              << QString();
    QTest::newRow("PSK only") << QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                                             QStringLiteral("PSK"), QStringLiteral("-psk"), QStringLiteral("1234")}
                              << QString();
    QTest::newRow("ECDHE-ECDSA-AES128-GCM-SHA256") << QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                                                                  QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256")}
                                                   << QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256");
    QTest::newRow("TLS 1.3") << QStringList{QStringLiteral("-tls1_3")} << QStringLiteral("TLS_");
}

// The real sandbox, asked by `openssl s_client` for one kind of suite: ECDHE with AEAD and TLS 1.3 are
// served (and verify against its certificate for 127.0.0.1); CBC-only and PSK-only clients get a
// handshake failure alert.
void TestSandboxProcess::onlyForwardSecretAeadSuites()
{
    QFETCH(QStringList, clientArguments);
    QFETCH(QString, cipher);
    SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start({}, &error), qPrintable(error));
    int exitCode = 0;
    const QString output =
        openssl(QStringList{QStringLiteral("s_client"), QStringLiteral("-connect"),
                            QStringLiteral("127.0.0.1:%1").arg(sandbox.url().port()), QStringLiteral("-CAfile"),
                            sandbox.certificatePath(), QStringLiteral("-verify_ip"), QStringLiteral("127.0.0.1"),
                            QStringLiteral("-verify_return_error")}
                    + clientArguments,
                sandbox.dataDir(), &exitCode);
    if (cipher.isEmpty()) {
        QVERIFY2(exitCode != 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("Cipher is (NONE)")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("alert handshake failure")), qPrintable(output));
    } else {
        QVERIFY2(output.contains(QStringLiteral("Cipher is ") + cipher), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("Verify return code: 0 (ok)")), qPrintable(output));
    }
}

void TestSandboxProcess::untrustedClientIsRejected()
{
    SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start({}, &error), qPrintable(error));
    // A client that does not trust the sandbox's certificate must fail the handshake (verification is real).
    QSslSocket socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    socket.setSslConfiguration(configuration);
    QSignalSpy failed(&socket, &QSslSocket::sslErrors);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), static_cast<quint16>(sandbox.url().port()));
    QVERIFY(failed.wait(10000));
    QVERIFY(!socket.isEncrypted());
    // The right CA but the wrong host name fails as well.
    QSslSocket wrongHost;
    wrongHost.setSslConfiguration(sandbox.sslConfiguration());
    QSignalSpy hostFailed(&wrongHost, &QSslSocket::sslErrors);
    wrongHost.connectToHostEncrypted(QStringLiteral("127.0.0.1"), static_cast<quint16>(sandbox.url().port()),
                                     QStringLiteral("api.getsellerpulse.com"));
    QVERIFY(hostFailed.wait(10000));
    const auto errors = hostFailed.constFirst().constFirst().value<QList<QSslError>>();
    QVERIFY(std::any_of(errors.cbegin(), errors.cend(),
                        [](const QSslError& e) { return e.error() == QSslError::HostNameMismatch; }));
}

void TestSandboxProcess::secretsNeverReachTheLog()
{
    const QByteArray key = QByteArrayLiteral("7f3c2a91d4e8b6055a1f9c3e7b2d4a6f8e0c1b3d5f7a9c2e4b6d8f0a1c3e5b7d");
    const QByteArray adminToken = QByteArrayLiteral("admin-token-for-leak-test-0123456789");
    qputenv("SELLERPULSE_SANDBOX_JWT_KEY", key);
    qputenv("SELLERPULSE_SANDBOX_ADMIN_TOKEN", adminToken);
    SandboxProcess sandbox;
    QString error;
    const bool started = sandbox.start({}, &error);
    qunsetenv("SELLERPULSE_SANDBOX_JWT_KEY");
    qunsetenv("SELLERPULSE_SANDBOX_ADMIN_TOKEN");
    QVERIFY2(started, qPrintable(error));
    QCOMPARE(sandbox.adminToken(), QString::fromLatin1(adminToken));
    QVERIFY(!QFileInfo::exists(sandbox.dataDir() + QStringLiteral("/keys/jwt-signing.key")));

    // Exercise everything that handles a secret, including failures.
    SandboxHttpClient client(sandbox);
    QVERIFY(sandbox.createAccount(QStringLiteral("leak@example.com"), kPassword));
    client.login(QStringLiteral("leak@example.com"), QStringLiteral("wrong-password-123"));
    const QJsonObject pair = client.login(QStringLiteral("leak@example.com"), kPassword, QStringLiteral("leak test"));
    const HttpResult refreshed =
        client.postJson(QStringLiteral("/v1/auth/refresh"),
                        {{QStringLiteral("refresh_token"), pair.value(QStringLiteral("refresh_token"))}});
    client.postJson(QStringLiteral("/v1/auth/refresh"),
                    {{QStringLiteral("refresh_token"), pair.value(QStringLiteral("refresh_token"))}});
    const QString newPassword = QStringLiteral("another secret pass");
    const QJsonObject second = client.login(QStringLiteral("leak@example.com"), kPassword);
    const HttpResult changed = client.postJson(
        QStringLiteral("/v1/account/password"),
        {{QStringLiteral("current_password"), kPassword}, {QStringLiteral("new_password"), newPassword}},
        field(second, "access_token"));
    QCOMPARE(changed.status, 200);
    client.get(QStringLiteral("/v1/account"), field(pair, "access_token"));
    sandbox.stop();

    const QString log = sandbox.capturedStderr();
    QVERIFY(log.contains(QLatin1String("POST /v1/auth/login 200"))); // the log is really captured
    const QList<QByteArray> secrets{key,
                                    QByteArray::fromHex(key).toBase64(),
                                    adminToken,
                                    kPassword.toUtf8(),
                                    newPassword.toUtf8(),
                                    QByteArrayLiteral("wrong-password-123"),
                                    sandbox.demoPassword().toUtf8(),
                                    field(pair, "access_token"),
                                    field(pair, "access_token").split('.').value(2),
                                    field(pair, "refresh_token"),
                                    field(refreshed.json(), "refresh_token"),
                                    field(changed.json(), "access_token"),
                                    field(changed.json(), "refresh_token"),
                                    QByteArrayLiteral("Bearer")};
    for (const QByteArray& secret : secrets) {
        if (secret.isEmpty())
            continue;
        QVERIFY2(!log.contains(QString::fromLatin1(secret)), secret.left(8).constData());
    }
}

void TestSandboxProcess::stopsCleanlyOnSigterm()
{
    QTemporaryDir folder;
    QProcess process;
    process.start(SandboxProcess::binaryPath(),
                  {QStringLiteral("--data-dir"), folder.path(), QStringLiteral("--bcrypt-cost"), QStringLiteral("4")});
    QVERIFY(process.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("SANDBOX ready"), 30000);
    // The lines come in the documented order.
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith("SANDBOX demo-email=demo@sellerpulse.test demo-password="));
    QVERIFY(lines.at(1).startsWith("SANDBOX admin-token="));
    QVERIFY(lines.at(2).startsWith("SANDBOX ready url=https://127.0.0.1:"));
    QVERIFY(lines.at(2).contains(" cert=/"));

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSandboxProcess)
#include "TestSandboxProcess.moc"
