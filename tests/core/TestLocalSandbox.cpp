#include "api/ApiClient.h"
#include "startup/LocalSandbox.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace sp::test {

// LocalSandbox starting the real sellerpulse-sandbox (the binary next to this test, or $SP_SANDBOX_BIN).
class TestLocalSandbox : public QObject
{
    Q_OBJECT

    static QString sandboxDir()
    {
        const QString fromEnv = qEnvironmentVariable("SP_SANDBOX_BIN");
        return fromEnv.isEmpty() ? QCoreApplication::applicationDirPath() : QFileInfo(fromEnv).absolutePath();
    }

    static std::optional<ApiResponse> health(const QUrl& url, const QString& certPath)
    {
        ServerConfig config;
        config.baseUrl = url;
        config.transferTimeoutMs = 10000;
        QString error;
        if (!ServerConfig::loadCaFile(certPath, &config.extraCaCertificates, &error))
            return std::nullopt;
        QNetworkAccessManager nam;
        ApiClient client(&nam, config);
        ApiRequest request;
        request.path = QStringLiteral("/v1/health");
        std::optional<ApiResponse> result;
        QObject context;
        client.send(request, &context, [&](const ApiResponse& r) { result = r; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 15000);
        return result;
    }

private slots:
    void startsReportsAndStops()
    {
        QTemporaryDir profile;
        auto sandbox = std::make_unique<LocalSandbox>();
        sandbox->setProgramDir(sandboxDir());
        sandbox->setExtraArguments({QStringLiteral("--bcrypt-cost"), QStringLiteral("4")});
        QSignalSpy ready(sandbox.get(), &LocalSandbox::ready);
        QSignalSpy failed(sandbox.get(), &LocalSandbox::failed);
        const QString dataDir = profile.filePath(QStringLiteral("sandbox"));
        sandbox->start(dataDir);
        QVERIFY(ready.wait(30000));
        QCOMPARE(failed.size(), 0);

        const QUrl url = ready.constFirst().at(0).toUrl();
        const QString cert = ready.constFirst().at(1).toString();
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        QVERIFY(QFileInfo(cert).isFile());
        QVERIFY(cert.startsWith(dataDir));
        QCOMPARE(ready.constFirst().at(2).toString(), QStringLiteral("demo@sellerpulse.test"));
        QVERIFY(!ready.constFirst().at(3).toString().isEmpty());
        QCOMPARE(QFileInfo(dataDir).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        auto answer = health(url, cert);
        QVERIFY(answer);
        QVERIFY2(answer->error.ok(), qPrintable(answer->error.userMessage()));
        QVERIFY(sandbox->isRunning());

        // Destroying it ends the process: the port no longer answers.
        sandbox.reset();
        answer = health(url, cert);
        QVERIFY(answer);
        QCOMPARE(answer->error.kind, ApiError::Kind::Network);
    }

    void missingProgram()
    {
        QTemporaryDir empty;
        LocalSandbox sandbox;
        sandbox.setProgramDir(empty.path());
        QSignalSpy failed(&sandbox, &LocalSandbox::failed);
        sandbox.start(empty.filePath(QStringLiteral("data")));
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.constFirst().constFirst().toString().contains(empty.path()),
                 qPrintable(failed.constFirst().constFirst().toString()));
    }

    void programExitsEarly()
    {
        QTemporaryDir data;
        LocalSandbox sandbox;
        sandbox.setProgramDir(sandboxDir());
        sandbox.setExtraArguments({QStringLiteral("--no-such-option")});
        QSignalSpy failed(&sandbox, &LocalSandbox::failed);
        QSignalSpy ready(&sandbox, &LocalSandbox::ready);
        sandbox.start(data.filePath(QStringLiteral("data")));
        QVERIFY(failed.wait(15000));
        QVERIFY2(failed.constFirst().constFirst().toString().contains(QStringLiteral("exit code 2"))
                     && failed.constFirst().constFirst().toString().contains(QStringLiteral("no-such-option")),
                 qPrintable(failed.constFirst().constFirst().toString()));
        QCOMPARE(ready.size(), 0);
    }

    void noReadyLineTimesOut()
    {
        QTemporaryDir dir;
        // A stand-in that starts but never says it is ready.
        const QString fake = dir.filePath(QStringLiteral("sellerpulse-sandbox"));
        QFile script(fake);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\necho 'SANDBOX admin-token=x'\nexec sleep 30\n");
        script.close();
        QVERIFY(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::WriteOwner));

        LocalSandbox sandbox;
        sandbox.setProgramDir(dir.path());
        sandbox.setReadyTimeoutMs(1000);
        QSignalSpy failed(&sandbox, &LocalSandbox::failed);
        sandbox.start(dir.filePath(QStringLiteral("data")));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.constFirst().constFirst().toString().contains(QStringLiteral("did not start")));
        QVERIFY(!sandbox.isRunning());
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestLocalSandbox)
#include "TestLocalSandbox.moc"
