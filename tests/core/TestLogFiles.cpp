// The log files: rotated and capped, 0600 in a 0700 folder, every line redacted, one request-log
// line per API request (method, path template, status, duration, request id; no query, no token).
#include "FakeHttpServer.h"
#include "api/ApiClient.h"
#include "log/FileLogging.h"
#include "log/LogLevel.h"
#include "log/RotatingLogFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

Q_LOGGING_CATEGORY(lcTestLog, "sellerpulse.test.log")

namespace sp::test {

class TestLogFiles : public QObject
{
    Q_OBJECT

    static QByteArray readAll(const QStringList& files)
    {
        QByteArray all;
        for (const QString& path : files) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

private slots:
    void rotatesAndCaps()
    {
        QTemporaryDir dir;
        RotatingLogFile log(dir.path(), QStringLiteral("test"), 4096, 3);
        const QString line(100, QLatin1Char('x'));
        for (int i = 0; i < 400; ++i)
            QVERIFY(log.append(QStringLiteral("%1 %2").arg(i, 4, 10, QLatin1Char('0')).arg(line)));
        const QStringList files = log.filesOldestFirst();
        QCOMPARE(files.size(), 3); // never more than kept
        for (const QString& path : files) {
            QVERIFY2(QFileInfo(path).size() <= 4096, qPrintable(path));
            QCOMPARE(QFileInfo(path).permissions() & 0x7777,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
        }
        // The newest line is in the current file, the oldest ones are gone.
        const QByteArray all = readAll(files);
        QVERIFY(all.contains("0399 "));
        QVERIFY(!all.contains("0000 "));
        QVERIFY(all.indexOf("0398 ") < all.indexOf("0399 "));
    }

    void oneHugeLineStaysWithinTheCap()
    {
        QTemporaryDir dir;
        RotatingLogFile log(dir.path(), QStringLiteral("big"), 2048, 2);
        QVERIFY(log.append(QString(10000, QLatin1Char('y'))));
        QVERIFY(QFileInfo(log.currentPath()).size() <= 2048);
    }

    void fileLoggingRedactsEveryLineAndLogsRequests()
    {
        QTemporaryDir dir;
        const QString logDir = FileLogging::logDir(dir.path());
        QString error;
        QVERIFY2(FileLogging::install(logDir, &error), qPrintable(error));
        LogLevels::apply(LogLevel::Info);
        QCOMPARE(QFileInfo(logDir).permissions() & 0x7777, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                               | QFileDevice::ExeOwner | QFileDevice::ReadUser
                                                               | QFileDevice::WriteUser | QFileDevice::ExeUser);

        // Careless lines: the redaction catches them (a credential's value runs to the end of its
        // line, so the email is on a line of its own to show the email rule).
        qCWarning(lcTestLog) << "oops refresh_token=SeCrEt123 for seller@example.com";
        qCWarning(lcTestLog) << "signed in as seller@example.com";
        qCDebug(lcTestLog) << "debug is off at info level";

        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpServer::Request&) {
            FakeHttpServer::Response r;
            r.body = R"({"id":"305-1234567-7654321","buyer":"nobody"})";
            return r;
        });
        QNetworkAccessManager nam;
        ApiClient client(&nam, ServerConfig{server.url(), {}, 5000});
        ApiRequest request;
        request.path = QStringLiteral("/v1/orders/305-1234567-7654321");
        request.query.addQueryItem(QStringLiteral("cursor"), QStringLiteral("c-42"));
        request.bearerToken = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlMTIzNDU2Nzg5";
        std::optional<ApiResponse> response;
        QObject context;
        const QString requestId = client.send(request, &context, [&response](const ApiResponse& r) { response = r; });
        QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), 10000);
        FileLogging::uninstall();
        LogLevels::apply(LogLevel::Info);

        const QByteArray main = readAll(FileLogging::mainLogFiles(logDir));
        const QByteArray requests = readAll(FileLogging::requestLogFiles(logDir));
        QVERIFY(main.contains("refresh_token=[REDACTED]"));
        QVERIFY(main.contains("[EMAIL]"));
        QVERIFY(!main.contains("SeCrEt123"));
        QVERIFY(!main.contains("seller@example.com"));
        QVERIFY(!main.contains("debug is off"));
        for (const QString& path : FileLogging::mainLogFiles(logDir) + FileLogging::requestLogFiles(logDir))
            QCOMPARE(QFileInfo(path).permissions() & 0x7777,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);

        // Exactly one request line, with everything support needs and nothing else.
        const QList<QByteArray> lines = requests.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QByteArray& line = lines.constFirst();
        QVERIFY2(line.contains("GET /v1/orders/{id} status 200 in"), line.constData());
        QVERIFY(line.contains(QByteArray(" ms; request id " + requestId.toLatin1())));
        QVERIFY(line.contains("sellerpulse.core.api"));
        for (const QByteArray& absent : {QByteArray("305-1234567"), QByteArray("cursor"), QByteArray("c-42"),
                                         QByteArray("eyJ"), QByteArray("buyer"), QByteArray("Authorization")}) {
            QVERIFY2(!requests.contains(absent), absent.constData());
            QVERIFY2(!main.contains(absent), absent.constData());
        }
    }

    void levels()
    {
        QCOMPARE(LogLevels::parse(QStringLiteral("DEBUG")), std::optional<LogLevel>(LogLevel::Debug));
        QCOMPARE(LogLevels::parse(QStringLiteral("warning")), std::optional<LogLevel>(LogLevel::Warning));
        QVERIFY(!LogLevels::parse(QStringLiteral("verbose")));
        LogLevels::apply(LogLevel::Warning);
        QVERIFY(!lcTestLog().isInfoEnabled());
        QVERIFY(lcTestLog().isWarningEnabled());
        LogLevels::apply(LogLevel::Debug);
        QVERIFY(lcTestLog().isDebugEnabled());
        LogLevels::apply(LogLevel::Info);
        QVERIFY(!lcTestLog().isDebugEnabled());
        QVERIFY(lcTestLog().isInfoEnabled());
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestLogFiles)
#include "TestLogFiles.moc"
