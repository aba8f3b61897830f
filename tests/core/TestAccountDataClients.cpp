// The seller's data and account against the real sandbox over HTTPS and the real keychain
// (scripts/with-keyring.sh): the full export (checksum verified; a corrupted or cut download is
// rejected and leaves no file), sign out everywhere, the security contact, and the account's
// deletion (every session ends; this computer's cache files and keychain entries are gone).
// A server that sends more than it announced (tests/core/FakeHttpServer) is cut off at the
// announced size: no file, and the message says so.
#include "FakeHttpServer.h"
#include "SessionHarness.h"
#include "SandboxProcess.h"
#include "account/AccountDeletion.h"
#include "account/AccountExportClient.h"
#include "account/AccountSecurityClient.h"
#include "cache/CacheFiles.h"
#include "cache/CacheKey.h"
#include "sync/SyncController.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace sp::test {

class TestAccountDataClients : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void exportIsVerifiedAndSaved();
    void corruptedDownloadIsRejectedAndLeavesNoFile();
    void interruptedDownloadLeavesNoFileAndKeepsAnExistingOne();
    void downloadLargerThanAnnouncedStopsAndLeavesNoFile();
    void securityContactComesFromTheServer();
    void signOutEverywhereEndsEverySession();
    void deletionSignsOutAndRemovesLocalData();

private:
    std::unique_ptr<Client> signedIn(const QString& email, const QString& password, bool create = true);
    bool waitReady(AccountExportClient& exporter);
    static QByteArray sha256Of(const QString& path);

    SandboxProcess m_sandbox;
    QTemporaryDir m_saveDir;
    const QString m_password = QStringLiteral("account-data-pass-1");
};

void TestAccountDataClients::initTestCase()
{
    SandboxProcess::Options options;
    options.demoOrders = 150;
    QString error;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    QVERIFY(m_saveDir.isValid());
}

void TestAccountDataClients::init()
{
    QString error;
    QVERIFY2(m_sandbox.clearFaults(&error), qPrintable(error));
}

std::unique_ptr<Client> TestAccountDataClients::signedIn(const QString& email, const QString& password, bool create)
{
    QString error;
    if (create && !m_sandbox.createAccount(email, password, &error)) {
        qWarning() << error;
        return nullptr;
    }
    auto client = std::make_unique<Client>();
    if (!client->init(m_sandbox.url(), {QSslCertificate::fromPath(m_sandbox.certificatePath())})
        || !client->signIn(email, password))
        return nullptr;
    return client;
}

bool TestAccountDataClients::waitReady(AccountExportClient& exporter)
{
    QSignalSpy progress(&exporter, &AccountExportClient::progressChanged);
    exporter.setPollIntervalMs(200);
    exporter.request();
    if (!QTest::qWaitFor([&] { return exporter.state() != AccountExportClient::State::Preparing; }, 30000))
        return false;
    // Progress was reported on the way, ending at 100.
    return exporter.state() == AccountExportClient::State::Ready && !progress.isEmpty()
           && progress.constLast().at(0).toInt() == 100;
}

QByteArray TestAccountDataClients::sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

void TestAccountDataClients::exportIsVerifiedAndSaved()
{
    auto client = signedIn(QStringLiteral("export-ok@sellerpulse.test"), m_password);
    QVERIFY(client);
    AccountExportClient exporter(client->session.get());
    QVERIFY(waitReady(exporter));
    QVERIFY(exporter.sizeBytes() > 0);
    QCOMPARE(exporter.sha256().size(), 64);

    const QString path = m_saveDir.filePath(QStringLiteral("export-ok.zip"));
    QSignalSpy saved(&exporter, &AccountExportClient::saved);
    exporter.download(path);
    QVERIFY(saved.wait(30000));
    QCOMPARE(exporter.state(), AccountExportClient::State::Saved);
    QCOMPARE(saved.constFirst().at(0).toString(), path);
    // Verified independently: the file's own digest is the server's.
    QCOMPARE(sha256Of(path), exporter.sha256());
    QCOMPARE(QFileInfo(path).size(), exporter.sizeBytes());
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QFile zip(path);
    QVERIFY(zip.open(QIODevice::ReadOnly));
    const QByteArray bytes = zip.readAll();
    QVERIFY(bytes.startsWith("PK\x03\x04"));
    for (const char* name : {"manifest.json", "orders.json", "account.json", "amazon-connection.json"})
        QVERIFY2(bytes.contains(name), name); // the ZIP's directory names every file in clear
    QCOMPARE(QDir(m_saveDir.path()).entryList(QDir::Files), QStringList{QStringLiteral("export-ok.zip")});
    QFile::remove(path);
}

void TestAccountDataClients::corruptedDownloadIsRejectedAndLeavesNoFile()
{
    auto client = signedIn(QStringLiteral("export-corrupt@sellerpulse.test"), m_password);
    QVERIFY(client);
    AccountExportClient exporter(client->session.get());
    QVERIFY(waitReady(exporter));

    QString error;
    QVERIFY2(m_sandbox.setFaults(QJsonObject{{QStringLiteral("mode"), QStringLiteral("corrupt")},
                                             {QStringLiteral("path_prefix"), QStringLiteral("/v1/account/exports")}},
                                 &error),
             qPrintable(error));
    const QString path = m_saveDir.filePath(QStringLiteral("export-corrupt.zip"));
    QSignalSpy failed(&exporter, &AccountExportClient::failed);
    QSignalSpy saved(&exporter, &AccountExportClient::saved);
    exporter.download(path);
    QVERIFY(failed.wait(30000));
    QVERIFY2(failed.constFirst().at(0).toString().contains(QLatin1String("checksum")),
             qPrintable(failed.constFirst().at(0).toString()));
    QVERIFY(failed.constFirst().at(0).toString().contains(QLatin1String("No file was saved")));
    QCOMPARE(saved.count(), 0);
    QVERIFY(!QFile::exists(path));
    QVERIFY2(QDir(m_saveDir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty(),
             qPrintable(QDir(m_saveDir.path()).entryList(QDir::Files | QDir::Hidden).join(QLatin1Char(' '))));

    // Still on the server: once the line is clean, the same export downloads and verifies.
    QCOMPARE(exporter.state(), AccountExportClient::State::Ready);
    QVERIFY2(m_sandbox.clearFaults(&error), qPrintable(error));
    exporter.download(path);
    QVERIFY(saved.wait(30000));
    QCOMPARE(sha256Of(path), exporter.sha256());
    QFile::remove(path);
}

void TestAccountDataClients::interruptedDownloadLeavesNoFileAndKeepsAnExistingOne()
{
    auto client = signedIn(QStringLiteral("export-cut@sellerpulse.test"), m_password);
    QVERIFY(client);
    AccountExportClient exporter(client->session.get());
    QVERIFY(waitReady(exporter));

    // The seller chose a file that exists: a failed download must not destroy it.
    const QString path = m_saveDir.filePath(QStringLiteral("existing.zip"));
    {
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("the seller's earlier file");
    }
    QString error;
    QVERIFY2(m_sandbox.setFaults(QJsonObject{{QStringLiteral("mode"), QStringLiteral("truncate")},
                                             {QStringLiteral("path_prefix"), QStringLiteral("/v1/account/exports")}},
                                 &error),
             qPrintable(error));
    QSignalSpy failed(&exporter, &AccountExportClient::failed);
    exporter.download(path);
    QVERIFY(failed.wait(30000));
    const QString message = failed.constFirst().at(0).toString();
    QVERIFY2(message.contains(QLatin1String("No file was saved")), qPrintable(message));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("the seller's earlier file"));
    QCOMPARE(QDir(m_saveDir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("existing.zip")});
    QFile::remove(path);
}

namespace {

QByteArray base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Just enough of the API for a signed-in session and one account export whose download is
// `actualBytes` long while the server announces `announcedBytes`.
FakeHttpServer::Handler oversizedExportServer(qint64 announcedBytes, const QByteArray& body)
{
    return [announcedBytes, body](const FakeHttpServer::Request& request) {
        FakeHttpServer::Response r;
        if (request.path == "/v1/auth/login") {
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            const QByteArray payload = QJsonDocument(QJsonObject{{QStringLiteral("sub"), QStringLiteral("acc_1")},
                                                                 {QStringLiteral("sid"), QStringLiteral("fam_1")},
                                                                 {QStringLiteral("iat"), now},
                                                                 {QStringLiteral("exp"), now + 900},
                                                                 {QStringLiteral("jti"), 1}})
                                           .toJson(QJsonDocument::Compact);
            const QByteArray access = base64Url(R"({"alg":"HS256","typ":"JWT"})") + '.' + base64Url(payload) + ".sig";
            r.body =
                QJsonDocument(
                    QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(access)},
                                {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                {QStringLiteral("expires_in"), 900},
                                {QStringLiteral("refresh_token"), QStringLiteral("refresh-1")},
                                {QStringLiteral("refresh_expires_in"), 86400},
                                {QStringLiteral("account"),
                                 QJsonObject{{QStringLiteral("id"), QStringLiteral("acc_1")},
                                             {QStringLiteral("email"), QStringLiteral("a@b.test")},
                                             {QStringLiteral("display_name"), QStringLiteral("A")},
                                             {QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00Z")}}}})
                    .toJson(QJsonDocument::Compact);
        } else if (request.method == "POST" && request.path == "/v1/account/exports") {
            r.status = 202;
            r.body = R"({"id":"exp_1","status":"preparing","progress":0})";
        } else if (request.path == "/v1/account/exports/exp_1") {
            const QByteArray announced = body.left(announcedBytes);
            r.body =
                QJsonDocument(
                    QJsonObject{
                        {QStringLiteral("id"), QStringLiteral("exp_1")},
                        {QStringLiteral("status"), QStringLiteral("ready")},
                        {QStringLiteral("progress"), 100},
                        {QStringLiteral("size_bytes"), announcedBytes},
                        {QStringLiteral("sha256"),
                         QString::fromLatin1(QCryptographicHash::hash(announced, QCryptographicHash::Sha256).toHex())}})
                    .toJson(QJsonDocument::Compact);
        } else if (request.path == "/v1/account/exports/exp_1/download") {
            r.contentType = "application/zip";
            r.body = body;
        } else {
            r.status = 404;
            r.contentType = "application/problem+json";
            r.body = R"({"type":"about:blank","title":"t","status":404,"code":"not_found","request_id":"r"})";
        }
        return r;
    };
}

} // namespace

void TestAccountDataClients::downloadLargerThanAnnouncedStopsAndLeavesNoFile()
{
    // Announces 64 KiB and sends 4 MiB (the first 64 KiB even match the announced checksum).
    const qint64 announced = 64 * 1024;
    const QByteArray body = QByteArray(4 * 1024 * 1024, 'x');
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler(oversizedExportServer(announced, body));
    Client client;
    QVERIFY(client.init(server.url(), {}));
    QVERIFY(client.signIn(QStringLiteral("a@b.test"), m_password));
    AccountExportClient exporter(client.session.get());
    QVERIFY(waitReady(exporter));
    QCOMPARE(exporter.sizeBytes(), announced);

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("export.zip"));
    QSignalSpy failed(&exporter, &AccountExportClient::failed);
    QSignalSpy saved(&exporter, &AccountExportClient::saved);
    exporter.download(path);
    QVERIFY(failed.wait(30000));
    const QString message = failed.constFirst().at(0).toString();
    QVERIFY2(message.contains(QLatin1String("larger than announced")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("no file was saved")), qPrintable(message));
    QCOMPARE(saved.count(), 0);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    QCOMPARE(exporter.state(), AccountExportClient::State::Ready); // a later download may work
}

void TestAccountDataClients::securityContactComesFromTheServer()
{
    auto client = signedIn(QStringLiteral("contact@sellerpulse.test"), m_password);
    QVERIFY(client);
    AccountSecurityClient security(client->session.get());
    QSignalSpy changed(&security, &AccountSecurityClient::contactChanged);
    security.refreshContact();
    QVERIFY(changed.wait(15000));
    QCOMPARE(security.contact().email, QStringLiteral("info@getsellerpulse.com"));
    QCOMPARE(security.contact().pageUrl.scheme(), QStringLiteral("https"));
    QVERIFY(security.contact().responseHours > 0);
}

void TestAccountDataClients::signOutEverywhereEndsEverySession()
{
    const QString email = QStringLiteral("everywhere@sellerpulse.test");
    auto here = signedIn(email, m_password);
    QVERIFY(here);
    auto other = signedIn(email, m_password, false);
    QVERIFY(other);
    AccountSecurityClient security(here->session.get());
    QSignalSpy done(&security, &AccountSecurityClient::signedOutEverywhere);
    security.signOutEverywhere();
    QVERIFY(done.wait(15000));
    QCOMPARE(here->session->state(), Session::State::SignedOut);
    QTRY_COMPARE(readKeychain(here->refreshKey()).status, SecretResult::Status::NotFound);

    // The other computer's next request finds its session gone.
    other->session->setProactiveRefreshEnabled(false);
    const auto answer = other->authorized("GET", QStringLiteral("/v1/account"));
    QVERIFY(answer);
    QVERIFY(!answer->error.ok());
    QTRY_COMPARE_WITH_TIMEOUT(other->session->state(), Session::State::SignedOut, 15000);
}

void TestAccountDataClients::deletionSignsOutAndRemovesLocalData()
{
    const QString email = QStringLiteral("delete-me@sellerpulse.test");
    auto client = signedIn(email, m_password);
    QVERIFY(client);
    auto other = signedIn(email, m_password, false);
    QVERIFY(other);
    const QString accountId = client->session->account().id;

    // This computer's cache, opened and synced: files on disk, key in the keychain.
    SyncController sync(client->session.get(), &client->keychain, &*client->profile, &client->clock);
    QSignalSpy finished(&sync, &SyncController::syncFinished);
    sync.open();
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(finished.constFirst().at(1).toString()));
    const QString cacheDir = CacheFiles::accountDir(*client->profile, accountId);
    const QString keyName = CacheKey::secretName(*client->profile, accountId);
    QVERIFY(QFile::exists(CacheFiles::databasePath(cacheDir)));
    QCOMPARE(readKeychain(keyName).status, SecretResult::Status::Ok);
    QCOMPARE(readKeychain(client->refreshKey()).status, SecretResult::Status::Ok);

    // A wrong password deletes nothing.
    AccountDeletion deletion(client->session.get(), sync.cache());
    QSignalSpy failed(&deletion, &AccountDeletion::failed);
    QSignalSpy done(&deletion, &AccountDeletion::finished);
    deletion.start(QStringLiteral("not-the-password"));
    QVERIFY(failed.wait(15000));
    QVERIFY(failed.constFirst().at(0).toString().contains(QLatin1String("Nothing was deleted")));
    QCOMPARE(client->session->state(), Session::State::SignedIn);
    QVERIFY(QFile::exists(CacheFiles::databasePath(cacheDir)));

    deletion.start(m_password);
    QVERIFY(done.wait(30000));
    const QDateTime scheduledFor = done.constFirst().at(0).toDateTime();
    QVERIFY(scheduledFor.isValid());
    QVERIFY(scheduledFor > QDateTime::currentDateTimeUtc().addDays(29));
    QVERIFY2(done.constFirst().at(1).toString().contains(QLatin1String("cache key was deleted")),
             qPrintable(done.constFirst().at(1).toString()));
    QCOMPARE(client->session->state(), Session::State::SignedOut);
    QVERIFY(!QFile::exists(CacheFiles::databasePath(cacheDir)));
    QVERIFY(!QDir(cacheDir).exists());
    QCOMPARE(readKeychain(keyName).status, SecretResult::Status::NotFound);
    QTRY_COMPARE(readKeychain(client->refreshKey()).status, SecretResult::Status::NotFound);

    // Every other session ended; signing in again is refused.
    other->session->setProactiveRefreshEnabled(false);
    const auto answer = other->authorized("GET", QStringLiteral("/v1/account"));
    QVERIFY(answer);
    QVERIFY(!answer->error.ok());
    QTRY_COMPARE_WITH_TIMEOUT(other->session->state(), Session::State::SignedOut, 15000);
    Client again;
    QVERIFY(again.init(m_sandbox.url(), {QSslCertificate::fromPath(m_sandbox.certificatePath())}));
    QSignalSpy signInFailed(again.session.get(), &Session::signInFailed);
    again.session->signIn(email, m_password);
    QVERIFY(signInFailed.wait(15000));
    QCOMPARE(signInFailed.constFirst().at(0).value<ApiError>().code, QStringLiteral("account_deleted"));
}

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestAccountDataClients)
#include "TestAccountDataClients.moc"
