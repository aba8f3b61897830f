#include "api/ServerConfig.h"
#include "startup/CommandLineOptions.h"

#include <QTest>

namespace sp::test {

namespace {
QString dataFile(const char* name) { return QStringLiteral(SP_TEST_DATA_DIR "/") + QLatin1String(name); }
} // namespace

class TestCommandLineOptions : public QObject
{
    Q_OBJECT
private slots:
    void valid_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("server");
        QTest::addColumn<bool>("sandbox");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<bool>("smoke");
        QTest::addColumn<QString>("screenshot");

        QTest::newRow("nothing") << QStringList{} << QString() << false << QString() << false << QString();
        QTest::newRow("server https") << QStringList{QStringLiteral("--server"),
                                                     QStringLiteral("https://api.example.com")}
                                      << QStringLiteral("https://api.example.com") << false << QString() << false
                                      << QString();
        QTest::newRow("server equals form")
            << QStringList{QStringLiteral("--server=http://127.0.0.1:8080")} << QStringLiteral("http://127.0.0.1:8080")
            << false << QString() << false << QString();
        QTest::newRow("sandbox + profile")
            << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--profile"), QStringLiteral("/tmp/p")}
            << QString() << true << QStringLiteral("/tmp/p") << false << QString();
        QTest::newRow("smoke test") << QStringList{QStringLiteral("--smoke-test")} << QString() << false << QString()
                                    << true << QString();
        QTest::newRow("screenshot implies smoke")
            << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--screenshot"), QStringLiteral("/tmp/s.png")}
            << QString() << true << QString() << true << QStringLiteral("/tmp/s.png");
    }

    void valid()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, server);
        QFETCH(bool, sandbox);
        QFETCH(QString, profile);
        QFETCH(bool, smoke);
        QFETCH(QString, screenshot);

        CommandLineOptions options;
        QString error;
        QVERIFY2(CommandLineOptions::parse(QStringList{QStringLiteral("sellerpulse")} + args, &options, &error),
                 qPrintable(error));
        QCOMPARE(options.server, server.isEmpty() ? QUrl() : QUrl(server));
        QCOMPARE(options.sandbox, sandbox);
        QCOMPARE(options.profileDir, profile);
        QCOMPARE(options.smokeTest, smoke);
        QCOMPARE(options.screenshotPath, screenshot);
        QVERIFY(!options.showHelp);
        QVERIFY(!options.showVersion);
    }

    void caFile()
    {
        CommandLineOptions options;
        QString error;
        QVERIFY2(CommandLineOptions::parse({QStringLiteral("sellerpulse"), QStringLiteral("--server"),
                                            QStringLiteral("https://127.0.0.1:8443"), QStringLiteral("--ca-file"),
                                            dataFile("test-ca.pem")},
                                           &options, &error),
                 qPrintable(error));
        QCOMPARE(options.caFile, dataFile("test-ca.pem"));
    }

    // A CA file is trusted for the server it goes with: never for the cloud, never carried over to
    // another server, never applied to whatever server the profile remembered.
    void caFileNeedsItsServer_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("without --server")
            << QStringList{QStringLiteral("--ca-file"), dataFile("test-ca.pem")} << QStringLiteral("--server");
        QTest::newRow("with --sandbox") << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--ca-file"),
                                                       dataFile("test-ca.pem")}
                                        << QStringLiteral("--server");
        QTest::newRow("for the cloud") << QStringList{QStringLiteral("--server"), kDefaultServerUrl.toString(),
                                                      QStringLiteral("--ca-file"), dataFile("test-ca.pem")}
                                       << QStringLiteral("cloud");
        QTest::newRow("for the cloud, other spelling")
            << QStringList{QStringLiteral("--server"), QStringLiteral("https://API.GetSellerPulse.com.:443/"),
                           QStringLiteral("--ca-file"), dataFile("test-ca.pem")}
            << QStringLiteral("cloud");
    }

    void caFileNeedsItsServer()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        CommandLineOptions options;
        QString error;
        QVERIFY(!CommandLineOptions::parse(QStringList{QStringLiteral("sellerpulse")} + args, &options, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void serverSelection_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("rememberedUrl");
        QTest::addColumn<QString>("rememberedCaFile");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("caFile");
        const QString cloud = kDefaultServerUrl.toString();
        const QString own = QStringLiteral("https://sp.example.com:8443");
        const QString ca = dataFile("test-ca.pem");
        const QString rememberedCa = QStringLiteral("/home/someone/company-ca.pem");
        QTest::newRow("nothing: the cloud") << QStringList() << QString() << QString() << cloud << QString();
        QTest::newRow("remembered server and its CA file")
            << QStringList() << own << rememberedCa << own << rememberedCa;
        QTest::newRow("remembered cloud: its CA file ignored")
            << QStringList() << cloud << rememberedCa << cloud << QString();
        QTest::newRow("--server another: the remembered CA file dropped")
            << QStringList{QStringLiteral("--server"), QStringLiteral("https://other.example.com")} << own
            << rememberedCa << QStringLiteral("https://other.example.com") << QString();
        QTest::newRow("--server another port: dropped")
            << QStringList{QStringLiteral("--server"), QStringLiteral("https://sp.example.com:9443")} << own
            << rememberedCa << QStringLiteral("https://sp.example.com:9443") << QString();
        QTest::newRow("--server the cloud: dropped")
            << QStringList{QStringLiteral("--server"), cloud} << own << rememberedCa << cloud << QString();
        QTest::newRow("--server the remembered one: kept")
            << QStringList{QStringLiteral("--server"), own} << own << rememberedCa << own << rememberedCa;
        QTest::newRow("--server and --ca-file: those")
            << QStringList{QStringLiteral("--server"), QStringLiteral("https://other.example.com"),
                           QStringLiteral("--ca-file"), ca}
            << own << rememberedCa << QStringLiteral("https://other.example.com") << ca;
    }

    void serverSelection()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, rememberedUrl);
        QFETCH(QString, rememberedCaFile);
        QFETCH(QString, url);
        QFETCH(QString, caFile);
        CommandLineOptions options;
        QString error;
        QVERIFY2(CommandLineOptions::parse(QStringList{QStringLiteral("sellerpulse")} + args, &options, &error),
                 qPrintable(error));
        const ServerSelection selection = options.serverSelection(QUrl(rememberedUrl), rememberedCaFile);
        QCOMPARE(selection.url, QUrl(url));
        QCOMPARE(selection.caFile, caFile);
    }

    void helpAndVersion()
    {
        CommandLineOptions options;
        QString error, help;
        QVERIFY(CommandLineOptions::parse({QStringLiteral("sellerpulse"), QStringLiteral("--help")}, &options, &error,
                                          &help));
        QVERIFY(options.showHelp);
        QVERIFY(help.contains(QStringLiteral("--server")));
        QVERIFY(help.contains(QStringLiteral("--ca-file")));
        CommandLineOptions version;
        QVERIFY(
            CommandLineOptions::parse({QStringLiteral("sellerpulse"), QStringLiteral("--version")}, &version, &error));
        QVERIFY(version.showVersion);
    }

    void invalid_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("positional") << QStringList{QStringLiteral("extra")} << QStringLiteral("extra");
        QTest::newRow("server missing value") << QStringList{QStringLiteral("--server")} << QStringLiteral("server");
        QTest::newRow("server http public")
            << QStringList{QStringLiteral("--server"), QStringLiteral("http://example.com")}
            << QStringLiteral("http://example.com");
        QTest::newRow("server not a url")
            << QStringList{QStringLiteral("--server"), QStringLiteral("example.com")} << QStringLiteral("example.com");
        QTest::newRow("server with query")
            << QStringList{QStringLiteral("--server"), QStringLiteral("https://example.com/?token=x")}
            << QStringLiteral("--server");
        QTest::newRow("server twice") << QStringList{QStringLiteral("--server"), QStringLiteral("https://a.example"),
                                                     QStringLiteral("--server"), QStringLiteral("https://b.example")}
                                      << QStringLiteral("more than once");
        QTest::newRow("sandbox and server")
            << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--server"), QStringLiteral("https://a.example")}
            << QStringLiteral("--sandbox");
        QTest::newRow("ca file missing") << QStringList{QStringLiteral("--ca-file"),
                                                        QStringLiteral("/nonexistent/ca.pem")}
                                         << QStringLiteral("/nonexistent/ca.pem");
        QTest::newRow("ca file not pem") << QStringList{QStringLiteral("--ca-file"), dataFile("not-a-cert.pem")}
                                         << QStringLiteral("no PEM certificate");
        QTest::newRow("ca file missing value") << QStringList{QStringLiteral("--ca-file")} << QStringLiteral("ca-file");
        QTest::newRow("profile missing value") << QStringList{QStringLiteral("--profile")} << QStringLiteral("profile");
        QTest::newRow("screenshot empty") << QStringList{QStringLiteral("--screenshot="), QStringLiteral("--sandbox")}
                                          << QStringLiteral("screenshot");
        const QStringList shot{QStringLiteral("--sandbox"), QStringLiteral("--screenshot"),
                               QStringLiteral("/tmp/s.png")};
        QTest::newRow("page without screenshot")
            << QStringList{QStringLiteral("--page"), QStringLiteral("orders")} << QStringLiteral("--screenshot");
        QTest::newRow("unknown page") << shot + QStringList{QStringLiteral("--page"), QStringLiteral("admin")}
                                      << QStringLiteral("\"admin\"");
        QTest::newRow("size not WxH") << shot + QStringList{QStringLiteral("--size"), QStringLiteral("big")}
                                      << QStringLiteral("\"big\"");
        QTest::newRow("size too small") << shot + QStringList{QStringLiteral("--size"), QStringLiteral("100x100")}
                                        << QStringLiteral("640x480");
        QTest::newRow("size negative") << shot + QStringList{QStringLiteral("--size"), QStringLiteral("-1280x800")}
                                       << QStringLiteral("-1280x800");
    }

    void screenshotPageAndSize()
    {
        CommandLineOptions options;
        QString error;
        QVERIFY2(CommandLineOptions::parse({QStringLiteral("sellerpulse"), QStringLiteral("--sandbox"),
                                            QStringLiteral("--screenshot"), QStringLiteral("/tmp/s.png"),
                                            QStringLiteral("--page"), QStringLiteral("Finances"),
                                            QStringLiteral("--size"), QStringLiteral("1280x800")},
                                           &options, &error),
                 qPrintable(error));
        QCOMPARE(options.screenshotPage, QStringLiteral("finances"));
        QCOMPARE(options.screenshotSize, QSize(1280, 800));
        CommandLineOptions plain;
        QVERIFY(
            CommandLineOptions::parse({QStringLiteral("sellerpulse"), QStringLiteral("--sandbox")}, &plain, &error));
        QCOMPARE(plain.screenshotPage, QStringLiteral("dashboard"));
        QVERIFY(!plain.screenshotSize.isValid());
    }

    void invalid()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        CommandLineOptions options;
        QString error;
        QVERIFY(!CommandLineOptions::parse(QStringList{QStringLiteral("sellerpulse")} + args, &options, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('\n')), "the message is one line");
        QCOMPARE(CommandLineOptions::kUsageError, 2);
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestCommandLineOptions)
#include "TestCommandLineOptions.moc"
