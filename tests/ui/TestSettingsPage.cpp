// The settings sections, offscreen, signed in to a real sandbox over HTTPS with the real keychain
// (scripts/with-keyring.sh): Amazon connection (connect through the seller's "browser", which ends on
// the app's loopback port; the approving account shown and connected only after "Connect this
// account"; the roles and marketplaces by name; an approval in a browser elsewhere connects nothing
// and says so; Cancel; Copy link; expiry; disconnect and the offer to delete the downloaded data), Permissions (the
// confirmation states what a feature allows), Account and security (profile, security contact,
// sign out everywhere), Your data (export saved and verified, a corrupted one refused, the offline
// archive, account deletion; the archive's progress and Cancel). The browser and the file dialog are
// seams: nothing is launched.
#include "AmazonConnectionSection.h"
#include "MainWindow.h"
#include "SandboxProcess.h"
#include "SettingsPage.h"
#include "SignInDialog.h"
#include "TestAmazonBrowser.h"
#include "UiHarness.h"
#include "WidgetChecks.h"
#include "YourDataSection.h"
#include "auth/Session.h"
#include "cache/CacheReader.h"
#include "cache/CacheFiles.h"
#include "cache/CacheKey.h"
#include "secrets/QtKeychainSecretStore.h"
#include "sync/SyncController.h"
#include "sync/SyncHost.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>

namespace sp::test {

class TestSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everySectionNamesItsControls();
    void amazonConnectsShowsRolesAndDisconnects();
    void amazonApprovalElsewhereSaysApproveHere();
    void amazonWithoutABrowserOffersTheLinkToCopy();
    void amazonExpiredStateIsShown();
    void permissionsAskBeforeTurningOn();
    void accountAndSecurity();
    void yourDataExportsAndArchives();
    void archiveShowsProgressAndCancels();
    void deleteAccountSignsOutAndRemovesLocalData();

private:
    struct Seller
    {
        std::unique_ptr<UiHarness> harness;
        MainWindow* window = nullptr;
        SettingsPage* page = nullptr;
        QList<QUrl> opened;
        bool browserOpens = true; // false: the desktop has no browser to open
        QString nextSavePath;
        SyncController* sync() const { return harness->windows()->syncHost()->controller(); }
    };
    std::unique_ptr<Seller> signedIn(const QString& email);
    template <typename T>
    static T* child(QObject* root, const char* name)
    {
        return root->findChild<T*>(QLatin1String(name));
    }
    static QMessageBox* waitForBox(QWidget* root, const char* name);
    static void showTab(Seller& seller, int index);
    static SecretResult::Status keychainStatus(const QString& key);
    // On the box itself: a check box takes clicks on its indicator and text only.
    static void clickCheckBox(QCheckBox* box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    }

    SandboxProcess m_sandbox;
    ServerChoice m_server;
    QTemporaryDir m_saveDir;
    const QString m_password = QStringLiteral("settings-pass-123");
};

void TestSettingsPage::initTestCase()
{
    SandboxProcess::Options options;
    options.demoOrders = 120;
    QString error;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    m_server.url = m_sandbox.url();
    m_server.caFile = m_sandbox.certificatePath();
    QVERIFY(m_saveDir.isValid());
}

void TestSettingsPage::init()
{
    QString error;
    QVERIFY2(m_sandbox.clearFaults(&error), qPrintable(error));
}

std::unique_ptr<TestSettingsPage::Seller> TestSettingsPage::signedIn(const QString& email)
{
    QString error;
    if (!m_sandbox.createAccount(email, m_password, &error))
        return nullptr;
    auto seller = std::make_unique<Seller>();
    seller->harness =
        std::make_unique<UiHarness>(std::make_unique<QtKeychainSecretStore>(QStringLiteral("SellerPulse")));
    if (!seller->harness->host->useServer(m_server, &error))
        return nullptr;
    seller->harness->windows()->signIn(email, m_password);
    if (!QTest::qWaitFor([&] { return seller->harness->host->session()->state() == Session::State::SignedIn; }, 20000))
        return nullptr;
    seller->window = seller->harness->windows()->mainWindow();
    seller->page = seller->window->findChild<SettingsPage*>();
    if (!seller->page)
        return nullptr;
    Seller* raw = seller.get();
    SettingsServices services;
    services.openUrl = [raw](const QUrl& url) {
        raw->opened.append(url);
        return raw->browserOpens;
    };
    services.chooseSaveFile = [raw](QWidget*, const QString&, const QString&, const QString&) {
        return raw->nextSavePath;
    };
    seller->page->setServices(services);
    // The first sync done: the cache is open and idle.
    if (!QTest::qWaitFor([&] { return raw->sync() && raw->sync()->state() == SyncController::State::Idle; }, 60000))
        return nullptr;
    seller->window->showPage(MainWindow::Page::Settings);
    return seller;
}

QMessageBox* TestSettingsPage::waitForBox(QWidget* root, const char* name)
{
    QMessageBox* box = nullptr;
    (void)QTest::qWaitFor([&] { return (box = root->findChild<QMessageBox*>(QLatin1String(name))) != nullptr; }, 10000);
    return box;
}

void TestSettingsPage::showTab(Seller& seller, int index)
{
    child<QTabWidget>(seller.page, "settingsTabs")->setCurrentIndex(index);
}

SecretResult::Status TestSettingsPage::keychainStatus(const QString& key)
{
    // A fresh store, as another process would read it.
    QtKeychainSecretStore store(QStringLiteral("SellerPulse"));
    std::optional<SecretResult> result;
    QObject context;
    store.read(key, &context, [&result](const SecretResult& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
        return SecretResult::Status::Error;
    return result->status;
}

void TestSettingsPage::everySectionNamesItsControls()
{
    SettingsPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* tabs = child<QTabWidget>(&page, "settingsTabs");
    QCOMPARE(tabs->count(), 4);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        const QStringList unnamed = widgetsWithoutAccessibleName(tabs->currentWidget());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char(' '))));
    }
    // Signed out: nothing can be started.
    QVERIFY(!child<QPushButton>(&page, "amazonConnectButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "requestExportButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "deleteAccountButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "signOutEverywhereButton")->isEnabled());
}

void TestSettingsPage::amazonConnectsShowsRolesAndDisconnects()
{
    auto seller = signedIn(QStringLiteral("settings-amazon@sellerpulse.test"));
    QVERIFY(seller);
    showTab(*seller, 1);
    auto* status = child<QLabel>(seller->page, "amazonStatusLabel");
    auto* roles = child<QLabel>(seller->page, "amazonRolesLabel");
    auto* connectButton = child<QPushButton>(seller->page, "amazonConnectButton");
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Not connected"), 15000);
    QTRY_VERIFY(connectButton->isEnabled());

    QTest::mouseClick(connectButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(seller->opened.size(), qsizetype(1), 15000);
    auto* countdown = child<QLabel>(seller->page, "amazonCountdownLabel");
    QTRY_VERIFY(countdown->isVisible());
    QVERIFY2(countdown->text().contains(QLatin1String("left")), qPrintable(countdown->text()));
    QVERIFY(countdown->text().contains(QLatin1String("14:")) || countdown->text().contains(QLatin1String("15:")));
    QCOMPARE(status->text(), QStringLiteral("Waiting for your consent on Amazon"));
    QVERIFY(!connectButton->isEnabled());
    auto* cancelButton = child<QPushButton>(seller->page, "amazonCancelButton");
    auto* copyLink = child<QPushButton>(seller->page, "amazonCopyLinkButton");
    auto* confirmButton = child<QPushButton>(seller->page, "amazonConfirmButton");
    auto* approvalLabel = child<QLabel>(seller->page, "amazonApprovalLabel");
    QVERIFY(cancelButton->isVisible());
    QVERIFY(copyLink->isVisible());
    QVERIFY(!confirmButton->isVisible());

    // "Copy link": the consent link, for a browser on this computer that did not open by itself.
    QTest::mouseClick(copyLink, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(seller->opened.constFirst().toEncoded()));

    SellerCentralBrowser browser(&m_sandbox);
    const SellerCentralBrowser::Visit visit = browser.visit(seller->opened.constFirst(), QStringLiteral("approve"));
    QCOMPARE(visit.appStatus, 200);
    // Amazon approved: the page names the account and its marketplaces and asks; nothing is connected.
    QTRY_VERIFY_WITH_TIMEOUT(confirmButton->isVisible(), 15000);
    const QString partnerId = QUrlQuery(visit.callback).queryItemValue(QStringLiteral("selling_partner_id"));
    QVERIFY(approvalLabel->isVisible());
    QVERIFY2(approvalLabel->text().contains(partnerId), qPrintable(approvalLabel->text()));
    QVERIFY2(approvalLabel->text().contains(QLatin1String("Amazon.de (Germany)")), qPrintable(approvalLabel->text()));
    QVERIFY(!copyLink->isVisible());
    QVERIFY(cancelButton->isVisible());
    QVERIFY(status->text() != QStringLiteral("Connected"));
    const QString accountId = seller->harness->host->session()->account().id;
    QCOMPARE(browser.tokenStored(accountId), 0);

    QTest::mouseClick(confirmButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Connected"), 15000);
    QTRY_VERIFY(roles->text().contains(QLatin1String("Selling Partner Insights")));
    QVERIFY(roles->text().contains(QLatin1String("Finance and Accounting")));
    QVERIFY(!countdown->isVisible());
    QVERIFY(!confirmButton->isVisible());
    QVERIFY(!approvalLabel->isVisible());
    QCOMPARE(child<QLabel>(seller->page, "amazonPartnerLabel")->text(), partnerId);
    QCOMPARE(child<QLabel>(seller->page, "amazonRegionLabel")->text(), QStringLiteral("Europe"));
    const QString marketplaces = child<QLabel>(seller->page, "amazonMarketplacesLabel")->text();
    QVERIFY2(marketplaces.contains(QLatin1String("Amazon.de (Germany)")), qPrintable(marketplaces));
    QVERIFY2(!marketplaces.contains(QLatin1String("A1PA6795UKMFR9")), qPrintable(marketplaces));
    QVERIFY(!child<QLabel>(seller->page, "amazonSinceLabel")->text().isEmpty());
    QCOMPARE(browser.tokenStored(accountId), 1);

    // Disconnect: asked first; Cancel changes nothing.
    auto* disconnectButton = child<QPushButton>(seller->page, "amazonDisconnectButton");
    QVERIFY(disconnectButton->isEnabled());
    QTest::mouseClick(disconnectButton, Qt::LeftButton);
    QMessageBox* box = waitForBox(seller->page, "amazonDisconnectConfirmation");
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!seller->page->findChild<QMessageBox*>(QStringLiteral("amazonDisconnectConfirmation")));
    QCOMPARE(browser.tokenStored(accountId), 1);

    QTest::mouseClick(disconnectButton, Qt::LeftButton);
    box = waitForBox(seller->page, "amazonDisconnectConfirmation");
    QVERIFY(box);
    QTest::mouseClick(child<QPushButton>(box, "amazonConfirmDisconnectButton"), Qt::LeftButton);
    // Then the offer to delete this computer's downloaded Amazon data.
    QMessageBox* offer = waitForBox(seller->page, "amazonDeleteCacheOffer");
    QVERIFY(offer);
    QCOMPARE(browser.tokenStored(accountId), 0);
    QTRY_VERIFY(status->text() != QStringLiteral("Connected"));
    QVERIFY(!roles->text().contains(QLatin1String("Selling Partner Insights")));
    const QString cacheDir = CacheFiles::accountDir(*seller->harness->profile, accountId);
    QVERIFY(QFile::exists(CacheFiles::databasePath(cacheDir)));
    QSignalSpy removed(seller->sync(), &SyncController::localDataRemoved);
    QTest::mouseClick(child<QPushButton>(offer, "amazonDeleteCacheButton"), Qt::LeftButton);
    QVERIFY(removed.wait(15000));
    QVERIFY(!QFile::exists(CacheFiles::databasePath(cacheDir)));
    QCOMPARE(seller->harness->host->session()->state(), Session::State::SignedIn); // still signed in

    // Signed out, the page forgets the account's Amazon details.
    seller->harness->host->session()->signOut();
    QTRY_COMPARE(status->text(), QStringLiteral("Sign in to see it."));
    QVERIFY(child<QLabel>(seller->page, "amazonPartnerLabel")->text().isEmpty());
    QVERIFY(roles->text().isEmpty());
    QVERIFY(!connectButton->isEnabled());
}

void TestSettingsPage::amazonWithoutABrowserOffersTheLinkToCopy()
{
    auto seller = signedIn(QStringLiteral("settings-nobrowser@sellerpulse.test"));
    QVERIFY(seller);
    seller->browserOpens = false;
    showTab(*seller, 1);
    auto* status = child<QLabel>(seller->page, "amazonStatusLabel");
    auto* connectButton = child<QPushButton>(seller->page, "amazonConnectButton");
    QTRY_VERIFY_WITH_TIMEOUT(connectButton->isEnabled(), 15000);
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(seller->opened.size(), qsizetype(1), 15000);

    // No dead end: the page says what to do, and "Copy link" puts the consent link on the clipboard.
    auto* message = child<QLabel>(seller->page, "amazonMessageLabel");
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("Copy link")), qPrintable(message->text()));
    auto* copyLink = child<QPushButton>(seller->page, "amazonCopyLinkButton");
    QVERIFY(copyLink->isVisible());
    QVERIFY(!child<QWidget>(seller->page, "amazonErrorDetails")->isVisible()); // nothing for support here
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copyLink, Qt::LeftButton);
    const QUrl copied(QGuiApplication::clipboard()->text(), QUrl::StrictMode);
    QCOMPARE(copied, seller->opened.constFirst());
    QVERIFY2(message->text().contains(QLatin1String("on this computer")), qPrintable(message->text()));

    // The copied link pasted into a browser on this computer connects the account.
    SellerCentralBrowser browser(&m_sandbox);
    QCOMPARE(browser.visit(copied, QStringLiteral("approve")).appStatus, 200);
    auto* confirmButton = child<QPushButton>(seller->page, "amazonConfirmButton");
    QTRY_VERIFY_WITH_TIMEOUT(confirmButton->isVisible(), 15000);
    QTest::mouseClick(confirmButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Connected"), 15000);
}

void TestSettingsPage::amazonApprovalElsewhereSaysApproveHere()
{
    auto seller = signedIn(QStringLiteral("settings-elsewhere@sellerpulse.test"));
    QVERIFY(seller);
    showTab(*seller, 1);
    auto* section = seller->page->findChild<AmazonConnectionSection*>();
    QVERIFY(section && section->client());
    section->client()->setHandleWaitMs(1500);
    auto* connectButton = child<QPushButton>(seller->page, "amazonConnectButton");
    QTRY_VERIFY_WITH_TIMEOUT(connectButton->isEnabled(), 15000);
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(seller->opened.size(), qsizetype(1), 15000);

    // The link approved in a browser on another computer: its redirect never reaches this app.
    SellerCentralBrowser elsewhere(&m_sandbox);
    QCOMPARE(elsewhere.visit(seller->opened.constFirst(), QStringLiteral("approve"), false).callbackStatus, 302);
    auto* message = child<QLabel>(seller->page, "amazonMessageLabel");
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("browser on this computer")), 20000);
    auto* restart = child<QPushButton>(seller->page, "amazonRestartButton");
    QVERIFY(restart->isVisible());
    QVERIFY(!child<QPushButton>(seller->page, "amazonConfirmButton")->isVisible());
    const QString accountId = seller->harness->host->session()->account().id;
    QCOMPARE(elsewhere.tokenStored(accountId), 0);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(seller->page, "amazonStatusLabel")->text(), QStringLiteral("Not connected"),
                              15000);

    // Start again, approve on this computer, but the account shown is not the seller's: Cancel.
    QTest::mouseClick(restart, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(seller->opened.size(), qsizetype(2), 15000);
    QVERIFY(!restart->isVisible());
    SellerCentralBrowser here(&m_sandbox);
    QCOMPARE(here.visit(seller->opened.constLast(), QStringLiteral("approve")).appStatus, 200);
    auto* confirmButton = child<QPushButton>(seller->page, "amazonConfirmButton");
    QTRY_VERIFY_WITH_TIMEOUT(confirmButton->isVisible(), 15000);
    QTest::mouseClick(child<QPushButton>(seller->page, "amazonCancelButton"), Qt::LeftButton);
    QTRY_VERIFY(!confirmButton->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(seller->page, "amazonStatusLabel")->text(), QStringLiteral("Not connected"),
                              15000);
    // Both attempts ended on the server, neither holds a token.
    const QJsonArray authorizations = here.authorizations(accountId);
    QCOMPARE(authorizations.size(), qsizetype(2));
    for (const QJsonValue& a : authorizations) {
        QCOMPARE(a.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
        QCOMPARE(a.toObject().value(QStringLiteral("token_held")).toBool(), false);
    }
    QCOMPARE(here.tokenStored(accountId), 0);
    seller->harness->host->session()->signOut();
}

void TestSettingsPage::amazonExpiredStateIsShown()
{
    auto seller = signedIn(QStringLiteral("settings-expired@sellerpulse.test"));
    QVERIFY(seller);
    showTab(*seller, 1);
    auto* connectButton = child<QPushButton>(seller->page, "amazonConnectButton");
    QTRY_VERIFY_WITH_TIMEOUT(connectButton->isEnabled(), 15000);
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(seller->opened.size(), qsizetype(1), 15000);
    QString error;
    QVERIFY2(m_sandbox.advanceClock(QJsonObject{{QStringLiteral("seconds"), 16 * 60}}, &error), qPrintable(error));
    auto* message = child<QLabel>(seller->page, "amazonMessageLabel");
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("15 minutes")), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(seller->page, "amazonStatusLabel")->text(), QStringLiteral("Not connected"),
                              15000);
    QVERIFY(!child<QLabel>(seller->page, "amazonCountdownLabel")->isVisible());
    QVERIFY(connectButton->isEnabled());
    seller->harness->host->session()->signOut();
}

void TestSettingsPage::permissionsAskBeforeTurningOn()
{
    auto seller = signedIn(QStringLiteral("settings-permissions@sellerpulse.test"));
    QVERIFY(seller);
    showTab(*seller, 2);
    QCheckBox* price = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((price = seller->page->findChild<QCheckBox*>(QStringLiteral("permission_price_changes"))),
                             15000);
    QVERIFY(seller->page->findChild<QCheckBox*>(QStringLiteral("permission_inventory_updates")));
    QVERIFY(seller->page->findChild<QCheckBox*>(QStringLiteral("permission_review_requests")));
    QVERIFY(!price->isChecked()); // read-only by default

    // Cancel: still off, and the server was not asked to change anything.
    const int before = seller->harness->nam.requestCount();
    clickCheckBox(price);
    QMessageBox* box = waitForBox(seller->page, "permissionConfirmation");
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("change the prices of your listings")), qPrintable(box->text()));
    QVERIFY(!price->isChecked());
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!seller->page->findChild<QMessageBox*>(QStringLiteral("permissionConfirmation")));
    QVERIFY(!price->isChecked());
    QCOMPARE(seller->harness->nam.requestCount(), before);

    clickCheckBox(price);
    box = waitForBox(seller->page, "permissionConfirmation");
    QVERIFY(box);
    QTest::mouseClick(child<QPushButton>(box, "permissionConfirmButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(price->isChecked() && price->isEnabled(), 15000);

    // The state is the server's: a fresh page reads it back.
    showTab(*seller, 0);
    showTab(*seller, 2);
    QTRY_VERIFY_WITH_TIMEOUT(price->isChecked(), 15000);

    // Off needs no confirmation.
    clickCheckBox(price);
    QTRY_VERIFY_WITH_TIMEOUT(!price->isChecked() && price->isEnabled(), 15000);
    QVERIFY(!seller->page->findChild<QMessageBox*>(QStringLiteral("permissionConfirmation")));

    // Signed out: no switch of this account stays on screen.
    seller->harness->host->session()->signOut();
    QTRY_VERIFY(!seller->page->findChild<QCheckBox*>(QStringLiteral("permission_price_changes")));
}

void TestSettingsPage::accountAndSecurity()
{
    const QString email = QStringLiteral("settings-security@sellerpulse.test");
    auto seller = signedIn(email);
    QVERIFY(seller);
    showTab(*seller, 0);
    QCOMPARE(child<QLabel>(seller->page, "settingsEmailLabel")->text(), email);
    auto* contact = child<QLabel>(seller->page, "securityContactLabel");
    QVERIFY(contact->text().contains(QLatin1String("mailto:info@getsellerpulse.com")));
    QVERIFY(contact->text().contains(QLatin1String("https://")));

    // Change password opens the existing dialog (its effect on other sessions: TestPasswordChange).
    QTest::mouseClick(child<QPushButton>(seller->page, "settingsChangePasswordButton"), Qt::LeftButton);
    QWidget* dialog = nullptr;
    QTRY_VERIFY((dialog = seller->window->findChild<QWidget*>(QStringLiteral("changePasswordDialog"))));
    QTRY_VERIFY(dialog->isVisible());
    dialog->close();

    // Sign out everywhere: asked first, then this session ends and the sign-in dialog returns.
    QTest::mouseClick(child<QPushButton>(seller->page, "signOutEverywhereButton"), Qt::LeftButton);
    QMessageBox* box = waitForBox(seller->page, "signOutEverywhereConfirmation");
    QVERIFY(box);
    QTest::mouseClick(child<QPushButton>(box, "confirmSignOutEverywhereButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(seller->harness->host->session()->state(), Session::State::SignedOut, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(seller->harness->windows()->signInDialog() != nullptr, 15000);
    QVERIFY(!child<QPushButton>(seller->page, "signOutEverywhereButton")->isEnabled());
    QVERIFY(child<QLabel>(seller->page, "settingsEmailLabel")->text().isEmpty());
}

void TestSettingsPage::yourDataExportsAndArchives()
{
    auto seller = signedIn(QStringLiteral("settings-data@sellerpulse.test"));
    QVERIFY(seller);
    showTab(*seller, 3);
    auto* request = child<QPushButton>(seller->page, "requestExportButton");
    auto* save = child<QPushButton>(seller->page, "saveExportButton");
    auto* status = child<QLabel>(seller->page, "exportStatusLabel");
    auto* progress = child<QProgressBar>(seller->page, "exportProgressBar");
    QVERIFY(request->isEnabled());
    QVERIFY(!save->isEnabled());

    QTest::mouseClick(request, Qt::LeftButton);
    QVERIFY(progress->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 30000);
    QVERIFY(status->text().contains(QLatin1String("ready")));
    seller->nextSavePath = m_saveDir.filePath(QStringLiteral("ui-export.zip"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Saved and verified")), 30000);
    QVERIFY(QFile::exists(seller->nextSavePath));
    QFile file(seller->nextSavePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray digest = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
    QVERIFY2(status->text().contains(QString::fromLatin1(digest)), qPrintable(status->text()));

    // A corrupted download: refused, said so, no file.
    QString error;
    QVERIFY2(m_sandbox.setFaults(QJsonObject{{QStringLiteral("mode"), QStringLiteral("corrupt")},
                                             {QStringLiteral("path_prefix"), QStringLiteral("/v1/account/exports")}},
                                 &error),
             qPrintable(error));
    QTest::mouseClick(request, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 30000);
    seller->nextSavePath = m_saveDir.filePath(QStringLiteral("ui-corrupt.zip"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("checksum")), 30000);
    QVERIFY(status->text().contains(QLatin1String("No file was saved")));
    QVERIFY(!QFile::exists(seller->nextSavePath));
    QVERIFY2(m_sandbox.clearFaults(&error), qPrintable(error));

    // This computer's offline data as a ZIP of CSV files.
    auto* archive = child<QPushButton>(seller->page, "exportCacheButton");
    QVERIFY(archive->isEnabled());
    seller->nextSavePath = m_saveDir.filePath(QStringLiteral("offline.zip"));
    QTest::mouseClick(archive, Qt::LeftButton);
    auto* archiveLabel = child<QLabel>(seller->page, "exportCacheLabel");
    QVERIFY(!archive->isEnabled()); // written by the cache's reader: one archive at a time
    QTRY_VERIFY2_WITH_TIMEOUT(archiveLabel->text().contains(QLatin1String("not encrypted")),
                              qPrintable(archiveLabel->text()), 30000);
    QVERIFY(archive->isEnabled());
    QFile zip(seller->nextSavePath);
    QVERIFY(zip.open(QIODevice::ReadOnly));
    const QByteArray bytes = zip.readAll();
    QVERIFY(bytes.startsWith("PK\x03\x04"));
    for (const char* name : {"orders.csv", "order_items.csv", "products.csv", "financial_events.csv", "README.txt"})
        QVERIFY2(bytes.contains(name), name);
    QCOMPARE(QFile::permissions(seller->nextSavePath) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    seller->harness->host->session()->signOut();
}

// The whole-cache archive as a job: a bar with its percentage and Cancel while it runs. Cancelled
// from its first progress report (no timer): no file and no temporary file in the folder, "Archive
// cancelled.", the button usable again, and the job's result never shown. The next archive runs to
// 100% and its ZIP reads back.
void TestSettingsPage::archiveShowsProgressAndCancels()
{
    auto seller = signedIn(QStringLiteral("settings-archive@sellerpulse.test"));
    QVERIFY(seller);
    showTab(*seller, 3);
    auto* section = seller->page->findChild<YourDataSection*>();
    QVERIFY(section);
    auto* archive = child<QPushButton>(seller->page, "exportCacheButton");
    auto* label = child<QLabel>(seller->page, "exportCacheLabel");
    auto* bar = child<QProgressBar>(seller->page, "archiveProgress");
    auto* cancel = child<QPushButton>(seller->page, "archiveCancelButton");
    QVERIFY(bar && cancel);
    QVERIFY(!bar->isVisible());
    QVERIFY(!cancel->accessibleName().isEmpty());
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const auto filesIn = [&folder] {
        return QDir(folder.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    };

    seller->nextSavePath = folder.filePath(QStringLiteral("offline.zip"));
    QSignalSpy exported(section, &YourDataSection::cacheExported);
    bool barShown = false;
    QObject hook;
    connect(section, &YourDataSection::archiveProgress, &hook, [&](qint64, qint64) {
        if (!section->isArchiving())
            return;
        barShown = bar->isVisible() && cancel->isVisible() && cancel->isEnabled();
        QTest::mouseClick(cancel, Qt::LeftButton); // the user's Cancel
    });
    QTest::mouseClick(archive, Qt::LeftButton);
    QVERIFY(!archive->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!section->isArchiving(), 30000);
    QVERIFY(barShown);
    QCOMPARE(label->text(), QStringLiteral("Archive cancelled."));
    QVERIFY(archive->isEnabled());
    QVERIFY(!bar->isVisible());
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.constFirst().constFirst().toBool(), false);
    // The job's unfinished file goes when the job ends or its result is dropped.
    QTRY_VERIFY2_WITH_TIMEOUT(filesIn().isEmpty(), qPrintable(filesIn().join(QLatin1Char(' '))), 30000);
    // Whatever the job still sent is behind a later read of the same reader: it changes nothing.
    bool later = false;
    seller->sync()->reader()->read<int>(
        &hook, QStringLiteral("probe"), [](const CacheQuery&) { return 1; }, [&](int) { later = true; });
    QTRY_VERIFY(later);
    QCOMPARE(label->text(), QStringLiteral("Archive cancelled."));
    QCOMPARE(exported.size(), 1);
    QVERIFY(filesIn().isEmpty());

    // Again, to the end: the bar's values grow to 100%, and the ZIP reads back.
    hook.disconnect();
    disconnect(section, nullptr, &hook, nullptr);
    QList<QPair<qint64, qint64>> reports;
    connect(section, &YourDataSection::archiveProgress, &hook, [&](qint64 done, qint64 total) {
        reports.append({done, total});
    });
    QTest::mouseClick(archive, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(label->text().contains(QLatin1String("not encrypted")), qPrintable(label->text()), 30000);
    QVERIFY(archive->isEnabled());
    QVERIFY(!bar->isVisible());
    QVERIFY(!reports.isEmpty());
    for (int i = 1; i < reports.size(); ++i)
        QVERIFY2(reports.at(i).first > reports.at(i - 1).first, "progress only grows");
    QVERIFY(reports.constLast().second > 0);
    QCOMPARE(reports.constLast().first, reports.constLast().second);
    QCOMPARE(filesIn(), QStringList{QStringLiteral("offline.zip")});
    QuaZip zip(seller->nextSavePath);
    QVERIFY(zip.open(QuaZip::mdUnzip));
    QVERIFY(zip.setCurrentFile(QStringLiteral("orders.csv")));
    QuaZipFile orders(&zip);
    QVERIFY(orders.open(QIODevice::ReadOnly));
    const QByteArray csv = orders.readAll();
    orders.close();
    QVERIFY2(csv.startsWith("\xEF\xBB\xBForder_id,marketplace_id,"), csv.left(200).constData());
    QVERIFY(label->text().contains(QLatin1String("Saved ")));
    seller->harness->host->session()->signOut();
}

void TestSettingsPage::deleteAccountSignsOutAndRemovesLocalData()
{
    auto seller = signedIn(QStringLiteral("settings-delete@sellerpulse.test"));
    QVERIFY(seller);
    showTab(*seller, 3);
    const QString accountId = seller->harness->host->session()->account().id;
    const QString cacheDir = CacheFiles::accountDir(*seller->harness->profile, accountId);
    const QString keyName = CacheKey::secretName(*seller->harness->profile, accountId);
    QVERIFY(QFile::exists(CacheFiles::databasePath(cacheDir)));
    QCOMPARE(keychainStatus(keyName), SecretResult::Status::Ok);

    QTest::mouseClick(child<QPushButton>(seller->page, "deleteAccountButton"), Qt::LeftButton);
    QWidget* dialog = nullptr;
    QTRY_VERIFY((dialog = seller->page->findChild<QWidget*>(QStringLiteral("deleteAccountDialog"))));
    QTRY_VERIFY(dialog->isVisible());
    const QString statement = child<QLabel>(dialog, "deletionStatementLabel")->text();
    QVERIFY(statement.contains(QLatin1String("30 days")));
    QVERIFY(statement.contains(QLatin1String("law")));
    QVERIFY(widgetsWithoutAccessibleName(dialog).isEmpty());
    auto* confirm = child<QPushButton>(dialog, "confirmDeleteAccountButton");
    QVERIFY(!confirm->isEnabled()); // no password, no deletion

    // A wrong password: said so, nothing deleted.
    QTest::keyClicks(child<QLineEdit>(dialog, "deletionPasswordEdit"), QStringLiteral("wrong-password"));
    QTest::mouseClick(confirm, Qt::LeftButton);
    auto* message = child<QLabel>(dialog, "deletionMessageLabel");
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("Nothing was deleted")), 15000);
    QCOMPARE(seller->harness->host->session()->state(), Session::State::SignedIn);

    QTest::keyClicks(child<QLineEdit>(dialog, "deletionPasswordEdit"), m_password);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(seller->harness->host->session()->state(), Session::State::SignedOut, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(seller->window->statusBar()->currentMessage().contains(QLatin1String("deleted by")),
                             15000);
    QVERIFY(!QFile::exists(CacheFiles::databasePath(cacheDir)));
    QVERIFY(!QDir(cacheDir).exists());
    QCOMPARE(keychainStatus(keyName), SecretResult::Status::NotFound);
    QTRY_VERIFY_WITH_TIMEOUT(seller->harness->windows()->signInDialog() != nullptr, 15000);
    auto* notice = child<QLabel>(seller->harness->windows()->signInDialog(), "noticeLabel");
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QLatin1String("deleted by")), qPrintable(notice->text()));
}

} // namespace sp::test

QTEST_MAIN(sp::test::TestSettingsPage)
#include "TestSettingsPage.moc"
