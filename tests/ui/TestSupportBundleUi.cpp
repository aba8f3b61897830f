// Support bundles end to end, with the real sandbox over HTTPS and the real keychain
// (scripts/with-keyring.sh): sign in, sync, use every page, then Help > Create support bundle. The
// saved ZIP is unpacked with QuaZip and every byte of every file is searched for the password, the
// access and refresh tokens, the cache key, the email, the account id and every order id, item id,
// SKU, ASIN and title of the account. Then: the viewer, hostile files, About, the crash notice, and a
// sandbox started from the bundle that has the same marketplaces, currencies and row counts.
#include "AboutDialog.h"
#include "BundleViewerDialog.h"
#include "MainWindow.h"
#include "SandboxProcess.h"
#include "auth/SessionHost.h"
#include "SupportActions.h"
#include "SupportBundleDialog.h"
#include "UrlCatcher.h"
#include "sync/SyncHost.h"
#include "WidgetChecks.h"
#include "WindowCoordinator.h"
#include "auth/Session.h"
#include "cache/CacheKey.h"
#include "common/Clock.h"
#include "log/FileLogging.h"
#include "log/LogLevel.h"
#include "profile/Profile.h"
#include "secrets/QtKeychainSecretStore.h"
#include "support/SupportBundleCollector.h"
#include "sync/SyncController.h"

#include <QDesktopServices>
#include <QAction>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <quazip.h>
#include <quazipfile.h>

#include <memory>
#include <optional>

namespace sp::test {

namespace {

constexpr int kSyncTimeoutMs = 120000;

// Every bearer token sent: the access tokens the bundle must not contain.
class TokenRecordingNam : public QNetworkAccessManager
{
public:
    QList<QByteArray> bearerTokens;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override
    {
        const QByteArray authorization = request.rawHeader("Authorization");
        if (authorization.startsWith("Bearer ") && !bearerTokens.contains(authorization.mid(7)))
            bearerTokens.append(authorization.mid(7));
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

// The real keychain, remembering every value written: refresh tokens and the cache key.
class RecordingKeychain : public QtKeychainSecretStore
{
public:
    using QtKeychainSecretStore::QtKeychainSecretStore;
    QList<QByteArray> written;
    void write(const QString& key, const QByteArray& value, QObject* context, Callback cb) override
    {
        written.append(value);
        QtKeychainSecretStore::write(key, value, context, std::move(cb));
    }
};

struct App
{
    QTemporaryDir dir;
    std::optional<Profile> profile;
    TokenRecordingNam nam;
    Clock clock;
    RecordingKeychain keychain{QStringLiteral("SellerPulse-tests")};
    std::unique_ptr<SessionHost> host;
    std::unique_ptr<WindowCoordinator> windows;
    std::unique_ptr<SupportActions> support;

    bool start(const SandboxProcess& sandbox, QString* error)
    {
        profile = Profile::open(dir.filePath(QStringLiteral("profile")), error);
        if (!profile)
            return false;
        host = std::make_unique<SessionHost>(&nam, &keychain, &*profile, &clock);
        ServerChoice server;
        server.url = sandbox.url();
        server.caFile = sandbox.certificatePath();
        if (!host->useServer(server, error))
            return false;
        windows = std::make_unique<WindowCoordinator>(host.get());
        // Wired as AppController does it.
        support = std::make_unique<SupportActions>(host.get());
        MainWindow* window = windows->mainWindow();
        support->setWindow(window);
        QObject::connect(window, &MainWindow::createSupportBundleRequested, support.get(),
                         &SupportActions::createBundle);
        QObject::connect(window, &MainWindow::aboutRequested, support.get(), &SupportActions::showAbout);
        return true;
    }

    bool signInAndSync(const QString& email, const QString& password)
    {
        windows->signIn(email, password);
        bool failed = false;
        const bool done = QTest::qWaitFor(
            [&] {
                SyncController* sync = windows->syncHost()->controller();
                failed = sync && sync->state() == SyncController::State::Failed;
                return failed
                       || (sync && sync->state() == SyncController::State::Idle && sync->lastSyncedAt().isValid()
                           && sync->query());
            },
            kSyncTimeoutMs);
        return done && !failed;
    }

    // Lists a resource completely with the session (the account's own view of its data).
    QJsonArray listAll(const QString& path, const QString& key)
    {
        QJsonArray all;
        QString cursor;
        for (int page = 0; page < 1000; ++page) {
            ApiRequest request;
            request.path = path;
            request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
            if (!cursor.isEmpty())
                request.query.addQueryItem(QStringLiteral("cursor"), cursor);
            std::optional<ApiResponse> result;
            QObject context;
            host->session()->sendAuthorized(request, &context, [&result](const ApiResponse& r) { result = r; });
            if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000) || !result->error.ok())
                return QJsonArray();
            for (const QJsonValue& row : result->json.value(key).toArray())
                all.append(row);
            if (!result->json.value(QStringLiteral("has_more")).toBool())
                return all;
            cursor = result->json.value(QStringLiteral("next_cursor")).toString();
        }
        return QJsonArray();
    }

    std::optional<SupportBundle> collect()
    {
        SupportContext context;
        context.profile = &*profile;
        context.secrets = &keychain;
        context.sessionState = QStringLiteral("SignedIn");
        std::optional<SupportBundle> bundle;
        QObject receiver;
        SupportBundleCollector::collect(context, &receiver, [&bundle](const SupportBundle& b) { bundle = b; });
        (void)QTest::qWaitFor([&bundle] { return bundle.has_value(); }, 30000);
        return bundle;
    }
};

// Unpacked independently of the app's reader: name -> bytes.
QMap<QString, QByteArray> unzipAll(const QString& path)
{
    QMap<QString, QByteArray> files;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return files;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (file.open(QIODevice::ReadOnly))
            files.insert(zip.getCurrentFileName(), file.readAll());
    }
    return files;
}

QJsonObject jsonFile(const QMap<QString, QByteArray>& files, const QString& name)
{
    return QJsonDocument::fromJson(files.value(name)).object();
}

QStringList sortedStrings(const QJsonArray& array, const QString& key = QString())
{
    QStringList list;
    for (const QJsonValue& value : array)
        list << (key.isEmpty() ? value.toString() : value.toObject().value(key).toString());
    list.sort();
    return list;
}

} // namespace

class TestSupportBundleUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_work.isValid()); }

    void cleanupTestCase()
    {
        FileLogging::uninstall();
        LogLevels::apply(LogLevel::Info);
    }

    void bundleHoldsNoSecretAndNoSellerData();
    void viewerAboutAndCrashNotice();
    void sandboxFromTheBundleHasItsShape();

private:
    QTemporaryDir m_work;
    QString m_bundlePath;
};

void TestSupportBundleUi::bundleHoldsNoSecretAndNoSellerData()
{
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.demoOrders = 400;
    QString error;
    QVERIFY2(sandbox.start(options, &error), qPrintable(error));
    App app;
    QVERIFY2(app.start(sandbox, &error), qPrintable(error));
    // The most talkative level: even debug lines must not leak anything.
    QVERIFY2(FileLogging::install(FileLogging::logDir(app.profile->dir()), &error), qPrintable(error));
    LogLevels::apply(LogLevel::Debug);

    QVERIFY2(app.signInAndSync(sandbox.demoEmail(), sandbox.demoPassword()), "sign-in and sync did not complete");
    MainWindow* window = app.windows->mainWindow();
    QTRY_VERIFY(window->isVisible());
    for (MainWindow::Page page :
         {MainWindow::Page::Dashboard, MainWindow::Page::Orders, MainWindow::Page::Products, MainWindow::Page::Finances,
          MainWindow::Page::Reports, MainWindow::Page::Payouts, MainWindow::Page::Settings}) {
        window->showPage(page);
        QCoreApplication::processEvents();
    }

    // What must not be in the bundle.
    const QString accountId = app.host->session()->account().id;
    QList<QByteArray> secrets{sandbox.demoPassword().toUtf8(), sandbox.demoEmail().toUtf8(), accountId.toUtf8(),
                              app.profile->id().toUtf8()};
    QVERIFY(!app.nam.bearerTokens.isEmpty());
    secrets += app.nam.bearerTokens;
    QVERIFY(app.keychain.written.size() >= 2); // a refresh token and the cache key at least
    for (const QByteArray& value : std::as_const(app.keychain.written)) {
        secrets << value;
        if (value.size() == 64) // the cache key: hex in the keychain, also look for the raw bytes
            secrets << QByteArray::fromHex(value) << value.toUpper();
    }
    const QJsonArray orders = app.listAll(QStringLiteral("/v1/orders"), QStringLiteral("orders"));
    const QJsonArray products = app.listAll(QStringLiteral("/v1/products"), QStringLiteral("products"));
    QVERIFY(orders.size() >= 390);
    QVERIFY(products.size() > 100);
    int sellerValues = 0;
    for (const QJsonValue& value : orders) {
        const QJsonObject order = value.toObject();
        secrets << order.value(QStringLiteral("id")).toString().toUtf8();
        for (const QJsonValue& itemValue : order.value(QStringLiteral("items")).toArray()) {
            const QJsonObject item = itemValue.toObject();
            secrets << item.value(QStringLiteral("id")).toString().toUtf8()
                    << item.value(QStringLiteral("sku")).toString().toUtf8();
        }
        ++sellerValues;
    }
    for (const QJsonValue& value : products) {
        const QJsonObject product = value.toObject();
        secrets << product.value(QStringLiteral("sku")).toString().toUtf8()
                << product.value(QStringLiteral("asin")).toString().toUtf8()
                << product.value(QStringLiteral("title")).toString().toUtf8();
        ++sellerValues;
    }
    secrets.removeAll(QByteArray());

    // Help > Create support bundle: the dialog lists every file and shows its text before saving.
    auto* create = window->findChild<QAction*>(QStringLiteral("createSupportBundleAction"));
    QVERIFY(create);
    QSignalSpy shown(app.support.get(), &SupportActions::bundleDialogShown);
    create->trigger();
    QVERIFY(shown.wait(30000));
    SupportBundleDialog* dialog = app.support->bundleDialog();
    QVERIFY(dialog);
    QCOMPARE(widgetsWithoutAccessibleName(dialog), QStringList());
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("bundleFileList"));
    QCOMPARE(list->count(), dialog->bundle().files.size());
    auto* content = dialog->findChild<QPlainTextEdit*>(QStringLiteral("bundleFileContent"));
    for (int row = 0; row < list->count(); ++row) {
        list->setCurrentRow(row);
        QCOMPARE(content->toPlainText(), QString::fromUtf8(dialog->bundle().files[row].content));
    }
    m_bundlePath = m_work.filePath(QStringLiteral("bundle.zip"));
    dialog->setPathChooser([this](QWidget*, const QString& suggested) {
        return suggested.startsWith(QLatin1String("sellerpulse-support-")) ? m_bundlePath : QString();
    });
    dialog->findChild<QPushButton*>(QStringLiteral("bundleSaveButton"))->click();
    QTRY_VERIFY(QFile::exists(m_bundlePath));
    // Saved: a confirmation says where, with the file and its folder one click away.
    QTRY_VERIFY(app.support->messageBox() && app.support->messageBox()->isVisible());
    QMessageBox* saved = app.support->messageBox();
    QCOMPARE(saved->objectName(), QStringLiteral("bundleSavedBox"));
    QVERIFY2(saved->text().contains(QDir::toNativeSeparators(m_bundlePath)), qPrintable(saved->text()));
    {
        UrlCatcher caught;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &caught, "open");
        saved->findChild<QPushButton*>(QStringLiteral("bundleSavedShowFolder"))->click();
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(caught.urls, QList<QUrl>{QUrl::fromLocalFile(m_work.path())});
    }
    saved->close();

    // Unpacked and scanned, byte by byte, with the ZIP itself.
    const QMap<QString, QByteArray> files = unzipAll(m_bundlePath);
    QCOMPARE(files.size(), dialog->bundle().files.size() + 1); // + manifest.json
    QFile zipFile(m_bundlePath);
    QVERIFY(zipFile.open(QIODevice::ReadOnly));
    QMap<QString, QByteArray> scanned = files;
    scanned.insert(QStringLiteral("(the ZIP file)"), zipFile.readAll());
    QVERIFY(secrets.size() > 1000);
    for (auto it = scanned.cbegin(); it != scanned.cend(); ++it) {
        for (const QByteArray& secret : std::as_const(secrets)) {
            QVERIFY2(!it.value().contains(secret),
                     qPrintable(QStringLiteral("%1 contains a forbidden value (%2 characters long)")
                                    .arg(it.key())
                                    .arg(secret.size())));
        }
        QVERIFY2(!it.value().contains("eyJ"), qPrintable(it.key())); // nothing JWT-shaped at all
    }

    // And it holds what support needs.
    const QJsonObject cache = jsonFile(files, QStringLiteral("cache-summary.json"));
    const QJsonObject tables = cache.value(QStringLiteral("tables")).toObject();
    QCOMPARE(tables.value(QStringLiteral("orders")).toObject().value(QStringLiteral("rows")).toInteger(),
             qint64(orders.size()));
    QCOMPARE(tables.value(QStringLiteral("products")).toObject().value(QStringLiteral("rows")).toInteger(),
             qint64(products.size()));
    QVERIFY(tables.value(QStringLiteral("orders"))
                .toObject()
                .value(QStringLiteral("date_spans"))
                .toObject()
                .contains(QStringLiteral("purchase_date")));
    QCOMPARE(cache.value(QStringLiteral("marketplaces")).toArray().size(), 6);
    QVERIFY(cache.value(QStringLiteral("schema_version")).toInt() >= 2);
    for (const QJsonValue& value : cache.value(QStringLiteral("sync")).toArray())
        QVERIFY(value.toObject().contains(QStringLiteral("cursor_present")));
    QVERIFY(sortedStrings(cache.value(QStringLiteral("currencies")).toArray()).contains(QStringLiteral("EUR")));
    const QJsonObject versions =
        jsonFile(files, QStringLiteral("versions.json")).value(QStringLiteral("libraries")).toObject();
    for (const char* library : {"qt", "openssl", "sqlcipher", "qtkeychain"})
        QVERIFY2(!versions.value(QLatin1String(library)).toString().isEmpty(), library);
    const QByteArray requests = files.value(QStringLiteral("logs/requests.log"));
    QVERIFY(requests.contains("GET /v1/orders status 200 in"));
    QVERIFY(requests.contains("request id "));
    QVERIFY(!requests.contains("cursor"));
    QVERIFY(files.value(QStringLiteral("logs/sellerpulse.log")).contains("sellerpulse.core.cache"));
    const QJsonObject amazon =
        jsonFile(files, QStringLiteral("connection.json")).value(QStringLiteral("amazon")).toObject();
    QVERIFY2(!amazon.value(QStringLiteral("connected")).toString().isEmpty(),
             files.value(QStringLiteral("connection.json")).constData());
    QVERIFY(!files.value(QStringLiteral("connection.json")).contains("selling_partner"));
    const QJsonObject manifest = jsonFile(files, QStringLiteral("manifest.json"));
    QCOMPARE(manifest.value(QStringLiteral("files")).toArray().size(), files.size() - 1);
    QVERIFY(sellerValues > 0);
}

void TestSupportBundleUi::viewerAboutAndCrashNotice()
{
    QVERIFY2(!m_bundlePath.isEmpty(), "needs the bundle of the first test");
    SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start({}, &error), qPrintable(error));
    App app;
    QVERIFY2(app.start(sandbox, &error), qPrintable(error));

    // The viewer: summary first, every file, read-only.
    app.support->openBundleFile(m_bundlePath);
    BundleViewerDialog* viewer = app.support->viewer();
    QVERIFY(viewer);
    QCOMPARE(viewer->fileCount(), unzipAll(m_bundlePath).size() - 1);
    QVERIFY2(viewer->shownText().startsWith(QLatin1String("SellerPulse support bundle")),
             qPrintable(viewer->shownText()));
    QVERIFY(viewer->findChild<QPlainTextEdit*>(QStringLiteral("bundleViewerContent"))->isReadOnly());
    QCOMPARE(widgetsWithoutAccessibleName(viewer), QStringList());

    // A hostile file is refused with its reason; nothing lands next to it or above it.
    QTemporaryDir hostileDir;
    const QString hostile = hostileDir.filePath(QStringLiteral("hostile.zip"));
    {
        QuaZip zip(hostile);
        QVERIFY(zip.open(QuaZip::mdCreate));
        QuaZipFile file(&zip);
        QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("../../evil.txt"))));
        file.write("pwned");
        file.close();
        zip.close();
    }
    app.support->openBundleFile(hostile);
    QMessageBox* box = app.support->messageBox();
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("bundleRefusedBox"));
    QVERIFY2(box->text().contains(QLatin1String("unsafe file name")), qPrintable(box->text()));
    QCOMPARE(QDir(hostileDir.path()).entryList(QDir::Files), QStringList{QStringLiteral("hostile.zip")});
    box->close();
    app.support->openBundleFile(m_work.filePath(QStringLiteral("missing.zip")));
    QTRY_VERIFY(app.support->messageBox() && app.support->messageBox()->text().contains(QLatin1String("Cannot open")));
    app.support->messageBox()->close();

    // About: versions, every component's notice, the security contact.
    auto* about = app.windows->mainWindow()->findChild<QAction*>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    about->trigger();
    QVERIFY(app.support->aboutDialog());
    QCOMPARE(widgetsWithoutAccessibleName(app.support->aboutDialog()), QStringList());
    const QString notices =
        app.support->aboutDialog()->findChild<QPlainTextEdit*>(QStringLiteral("aboutNotices"))->toPlainText();
    for (const char* component : {"Qt 6", "QtKeychain", "SQLCipher", "OpenSSL", "libxlsxwriter", "QuaZip", "zlib"})
        QVERIFY2(notices.contains(QLatin1String(component)), component);
    const QString versions =
        app.support->aboutDialog()->findChild<QPlainTextEdit*>(QStringLiteral("aboutVersions"))->toPlainText();
    QVERIFY2(versions.contains(QLatin1String("SQLCipher 3.")) || versions.contains(QLatin1String("SQLCipher 4.")),
             qPrintable(versions));
    QVERIFY(versions.contains(QLatin1String("QtKeychain 0.")));
    QVERIFY(app.support->aboutDialog()
                ->findChild<QLabel*>(QStringLiteral("aboutSecurityContact"))
                ->text()
                .contains(QLatin1String("info@getsellerpulse.com")));

    // The crash notice offers a bundle, and the offer opens the bundle dialog.
    app.support->showCrashNotice();
    QMessageBox* notice = app.support->messageBox();
    QVERIFY(notice);
    QCOMPARE(notice->objectName(), QStringLiteral("crashNotice"));
    QTRY_VERIFY(notice->isVisible());
    QSignalSpy shown(app.support.get(), &SupportActions::bundleDialogShown);
    notice->findChild<QPushButton*>(QStringLiteral("crashNoticeCreateBundle"))->click();
    QVERIFY(shown.wait(30000));
    QVERIFY(app.support->bundleDialog());
    app.support->bundleDialog()->reject();
}

void TestSupportBundleUi::sandboxFromTheBundleHasItsShape()
{
    QVERIFY2(!m_bundlePath.isEmpty(), "needs the bundle of the first test");
    const QMap<QString, QByteArray> original = unzipAll(m_bundlePath);
    const QJsonObject expected = jsonFile(original, QStringLiteral("cache-summary.json"));

    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.extraArgs = {QStringLiteral("--from-bundle"), m_bundlePath};
    QString error;
    QVERIFY2(sandbox.start(options, &error), qPrintable(error));
    App app;
    QVERIFY2(app.start(sandbox, &error), qPrintable(error));
    QVERIFY2(app.signInAndSync(sandbox.demoEmail(), sandbox.demoPassword()), "sign-in and sync did not complete");
    const auto bundle = app.collect();
    QVERIFY(bundle);
    const QJsonObject actual =
        QJsonDocument::fromJson(bundle->find(QStringLiteral("cache-summary.json"))->content).object();

    QCOMPARE(sortedStrings(actual.value(QStringLiteral("marketplaces")).toArray(), QStringLiteral("id")),
             sortedStrings(expected.value(QStringLiteral("marketplaces")).toArray(), QStringLiteral("id")));
    QCOMPARE(sortedStrings(actual.value(QStringLiteral("currencies")).toArray()),
             sortedStrings(expected.value(QStringLiteral("currencies")).toArray()));
    auto rows = [](const QJsonObject& summary, const char* table) {
        return summary.value(QStringLiteral("tables"))
            .toObject()
            .value(QLatin1String(table))
            .toObject()
            .value(QStringLiteral("rows"))
            .toInteger();
    };
    QCOMPARE(rows(actual, "orders"), rows(expected, "orders"));
    QCOMPARE(rows(actual, "products"), rows(expected, "products"));
}

} // namespace sp::test

QTEST_MAIN(sp::test::TestSupportBundleUi)
#include "TestSupportBundleUi.moc"
