// The main window and the dialogs without a server: navigation, the account menu, shortcuts,
// accessible names, and the local password checks.
#include "ChangePasswordDialog.h"
#include "ElidedLabel.h"
#include "api/ServerChoice.h"
#include "ColumnFit.h"
#include "KeychainUnavailableDialog.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "OrdersModel.h"
#include "OrdersPage.h"
#include "SignInDialog.h"
#include "SettingsPage.h"
#include "SignOutDialog.h"
#include "SyncStatusPanel.h"
#include "ThemeColors.h"
#include "WindowGeometryState.h"
#include "WidgetChecks.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace sp::test {

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void sidebarSwitchesPages();
    void shortcutsSwitchPages();
    void findShortcutFocusesThePagesSearch();
    void errorTextFollowsThePalette();
    void accountMenuHasItsActions();
    void signedOutStatus();
    void serverIsNamedNeverAUrl_data();
    void serverIsNamedNeverAUrl();
    void longStatusTextsAreElidedNotWideningTheWindow();
    void everyInteractiveWidgetHasAnAccessibleName_data();
    void everyInteractiveWidgetHasAnAccessibleName();
    void newPasswordIsCheckedLocally_data();
    void newPasswordIsCheckedLocally();
    void syncProgressIsReadable();
    void progressBarFollowsTheEstimate();
    void moneyIsExact_data();
    void moneyIsExact();
    void withoutACacheNothingToSync();
    void signOutKeepsDataByDefault();
    void bannerActionIsNamed();
    void resetCacheAsksFirst();
    void windowSizeIsRememberedAndSidebarFitsItsNames();
    void firstSizeFitsTheScreen();
    void longLabelsWrapOnTwoOrThreeLines_data();
    void longLabelsWrapOnTwoOrThreeLines();
};

void TestMainWindow::sidebarSwitchesPages()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    QVERIFY(sidebar);
    QVERIFY(pages);
    const int pageCount = int(MainWindow::Page::Settings) + 1; // Settings is the last page
    QCOMPARE(sidebar->count(), pageCount);
    QCOMPARE(pages->count(), pageCount);
    QCOMPARE(pages->currentIndex(), 0);
    for (int row = sidebar->count() - 1; row >= 0; --row) {
        const QRect rect = sidebar->visualItemRect(sidebar->item(row));
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(sidebar->currentRow(), row);
        QCOMPARE(pages->currentIndex(), row);
    }
    window.showPage(MainWindow::Page::Settings);
    QCOMPARE(pages->currentIndex(), pageCount - 1);
    QCOMPARE(sidebar->item(pageCount - 1)->text(), QStringLiteral("Settings"));
    window.showPage(MainWindow::Page::Payouts); // issue 17
    QCOMPARE(sidebar->item(5)->text(), QStringLiteral("Payouts"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("payoutsPage"));
    QCOMPARE(sidebar->item(6)->text(), QStringLiteral("Expenses"));
    window.showPage(MainWindow::Page::WhatIf); // issue 18 part 4
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("whatIfPage"));
}

void TestMainWindow::shortcutsSwitchPages()
{
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(pages->currentIndex(), 3);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(pages->currentIndex(), 1);
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("payoutsPage"));
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(pages->currentIndex(), 6);
    QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("restockPage"));
    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("alertsPage"));
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("whatIfPage"));
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    QCOMPARE(pages->currentIndex(), int(MainWindow::Page::Settings));
}

void TestMainWindow::findShortcutFocusesThePagesSearch()
{
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const struct
    {
        MainWindow::Page page;
        const char* search;
    } cases[] = {
        {MainWindow::Page::Orders, "ordersSearchEdit"},
        {MainWindow::Page::Products, "productsSearchEdit"},
        {MainWindow::Page::Finances, "financesSearchEdit"},
    };
    for (const auto& c : cases) {
        window.showPage(c.page);
        auto* edit = window.findChild<QLineEdit*>(QLatin1String(c.search));
        QVERIFY2(edit, c.search);
        QVERIFY(!edit->hasFocus());
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY2(edit->hasFocus(), c.search);
        window.findChild<QListWidget*>()->setFocus(); // away again for the next page
    }
}

void TestMainWindow::errorTextFollowsThePalette()
{
    // The sign-in error label: dark red on a light window, light red on a dark one; both far from
    // the window colour.
    for (const QColor window : {QColor(0xf5, 0xf5, 0xf5), QColor(0x20, 0x20, 0x20)}) {
        QPalette palette;
        palette.setColor(QPalette::Window, window);
        SignInDialog dialog;
        dialog.setPalette(palette);
        auto* label = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
        QVERIFY(label);
        ThemeColors::styleAsError(label);
        const QColor text = label->palette().color(QPalette::WindowText);
        QVERIFY2(qAbs(text.lightness() - window.lightness()) > 90,
                 qPrintable(QStringLiteral("%1 on %2").arg(text.name(), window.name())));
        QVERIFY(text.red() > text.green() && text.red() > text.blue());
    }
}

void TestMainWindow::accountMenuHasItsActions()
{
    MainWindow window;
    auto* button = window.findChild<QToolButton*>(QStringLiteral("accountButton"));
    QVERIFY(button);
    QVERIFY(button->menu());
    const QList<QAction*> actions = button->menu()->actions();
    QStringList names;
    for (QAction* action : actions)
        names << action->objectName();
    for (const char* name : {"accountEmailAction", "changePasswordAction", "signOutAction", "quitAction"})
        QVERIFY2(names.contains(QLatin1String(name)), name);

    auto* quit = window.findChild<QAction*>(QStringLiteral("quitAction"));
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("changePasswordAction"))->shortcut().isEmpty());
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("signOutAction"))->shortcut().isEmpty());
    // Signed out: nothing to change or sign out of.
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("changePasswordAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("signOutAction"))->isEnabled());

    QSignalSpy quitSpy(&window, &MainWindow::quitRequested);
    quit->trigger();
    QCOMPARE(quitSpy.count(), 1);
}

void TestMainWindow::signedOutStatus()
{
    MainWindow window;
    auto* label = window.findChild<QLabel*>(QStringLiteral("connectionLabel"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Signed out"));
    window.setOffline(true);
    QCOMPARE(label->text(), QStringLiteral("Offline"));
}

void TestMainWindow::serverIsNamedNeverAUrl_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("name");
    QTest::newRow("cloud") << kDefaultServerUrl << QString() << QStringLiteral("SellerPulse");
    QTest::newRow("sandbox v4") << QUrl(QStringLiteral("https://127.0.0.1:42479")) << QStringLiteral("/tmp/ca.pem")
                                << QStringLiteral("local sandbox");
    QTest::newRow("sandbox v6") << QUrl(QStringLiteral("https://[::1]:8443")) << QString()
                                << QStringLiteral("local sandbox");
    QTest::newRow("own server") << QUrl(QStringLiteral("https://sp.example.org:8443/base")) << QString()
                                << QStringLiteral("sp.example.org");
}

void TestMainWindow::serverIsNamedNeverAUrl()
{
    QFETCH(QUrl, url);
    QFETCH(QString, caFile);
    QFETCH(QString, name);
    ServerChoice server;
    server.url = url;
    server.caFile = caFile;
    QCOMPARE(server.displayName(), name);
    QVERIFY(!server.displayName().contains(QLatin1String("://")));
}

void TestMainWindow::longStatusTextsAreElidedNotWideningTheWindow()
{
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* connection = window.findChild<ElidedLabel*>(QStringLiteral("connectionLabel"));
    auto* sync = window.findChild<SyncStatusPanel*>(QStringLiteral("syncStatusPanel"));
    QVERIFY(connection && sync);
    const QString longText = QStringLiteral("Angemeldet bei lokaler Sandbox als ein.sehr.langer.name.fuer.tests@"
                                            "beispiel-haendler-mit-langem-namen.example als Zeichen einer Zeile, "
                                            "die niemals in eine Statusleiste von 1024 Pixeln passt");
    connection->setFullText(longText);
    sync->setMessage(longText);
    sync->show(); // shown with an open cache; none here
    QTRY_VERIFY(window.width() <= 1024);
    QVERIFY(window.minimumSizeHint().width() <= 1024);
    // Cut on screen, whole in text(), tooltip and accessible name.
    QVERIFY(connection->isElided());
    QCOMPARE(connection->text(), longText);
    QCOMPARE(connection->toolTip(), longText);
    QCOMPARE(connection->accessibleName(), longText);
    auto* syncLabel = sync->findChild<ElidedLabel*>(QStringLiteral("syncStatusLabel"));
    QVERIFY(syncLabel);
    QVERIFY(syncLabel->text().startsWith(longText));
    QVERIFY(syncLabel->geometry().right() <= window.width());
    QVERIFY(syncLabel->isElided());
    QCOMPARE(syncLabel->toolTip(), syncLabel->text());
    // A short text is not cut and has no tooltip.
    connection->setFullText(QStringLiteral("Offline"));
    QVERIFY(!connection->isElided());
    QVERIFY(connection->toolTip().isEmpty());
}

void TestMainWindow::everyInteractiveWidgetHasAnAccessibleName_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("main window") << QStringLiteral("main");
    QTest::newRow("sign-in dialog") << QStringLiteral("signIn");
    QTest::newRow("change password dialog") << QStringLiteral("changePassword");
    QTest::newRow("keychain dialog") << QStringLiteral("keychain");
    QTest::newRow("sign-out dialog") << QStringLiteral("signOut");
}

void TestMainWindow::everyInteractiveWidgetHasAnAccessibleName()
{
    QFETCH(QString, which);
    std::unique_ptr<QWidget> widget;
    if (which == QLatin1String("main"))
        widget = std::make_unique<MainWindow>();
    else if (which == QLatin1String("signIn"))
        widget = std::make_unique<SignInDialog>();
    else if (which == QLatin1String("changePassword"))
        widget = std::make_unique<ChangePasswordDialog>(nullptr);
    else if (which == QLatin1String("signOut"))
        widget = std::make_unique<SignOutDialog>(QStringLiteral("seller@example.com"), true);
    else
        widget = std::make_unique<KeychainUnavailableDialog>();
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
    // The walk must find something, or it proves nothing.
    QVERIFY(interactiveWidgetCount(widget.get()) >= 2);
    const QStringList missing = widgetsWithoutAccessibleName(widget.get());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestMainWindow::newPasswordIsCheckedLocally_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("repeat");
    QTest::addColumn<bool>("accepted");
    const QString good = QStringLiteral("a-good-new-password");
    QTest::newRow("ok") << QStringLiteral("old-password") << good << good << true;
    QTest::newRow("exactly 10") << QStringLiteral("old") << QStringLiteral("0123456789") << QStringLiteral("0123456789")
                                << true;
    QTest::newRow("9 chars") << QStringLiteral("old") << QStringLiteral("012345678") << QStringLiteral("012345678")
                             << false;
    QTest::newRow("exactly 128") << QStringLiteral("old") << QString(128, QLatin1Char('x'))
                                 << QString(128, QLatin1Char('x')) << true;
    QTest::newRow("129 chars") << QStringLiteral("old") << QString(129, QLatin1Char('x'))
                               << QString(129, QLatin1Char('x')) << false;
    QTest::newRow("repeat differs") << QStringLiteral("old") << good << (good + QLatin1Char('!')) << false;
    QTest::newRow("no current") << QString() << good << good << false;
    QTest::newRow("same as current") << good << good << good << false;
}

void TestMainWindow::newPasswordIsCheckedLocally()
{
    QFETCH(QString, current);
    QFETCH(QString, password);
    QFETCH(QString, repeat);
    QFETCH(bool, accepted);
    const QString problem = ChangePasswordDialog::checkNewPassword(current, password, repeat);
    QCOMPARE(problem.isEmpty(), accepted);
}

void TestMainWindow::syncProgressIsReadable()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(SyncStatusPanel::progressText({QStringLiteral("orders"), 1200, 3000}),
             QStringLiteral("Downloading orders: 40% (1,200 of about 3,000)"));
    QCOMPARE(SyncStatusPanel::progressText({QStringLiteral("orders"), 1200, 3000}, 150),
             QStringLiteral("Downloading orders: 40% (1,200 of about 3,000), about 3 minutes left"));
    QCOMPARE(SyncStatusPanel::timeLeftText(20), QStringLiteral("less than a minute left"));
    QCOMPARE(SyncStatusPanel::timeLeftText(60), QStringLiteral("about 1 minute left"));
    QCOMPARE(SyncStatusPanel::timeLeftText(3 * 3600 + 100), QStringLiteral("about 3 hours left"));
    QCOMPARE(SyncStatusPanel::percentDone({QStringLiteral("orders"), 5000, 3000}), 100); // an estimate exceeded
    QCOMPARE(SyncStatusPanel::progressText({QStringLiteral("financial-events"), 7, -1}),
             QStringLiteral("Downloading financial events: 7"));
    QCOMPARE(SyncStatusPanel::dataAsOfText(QDateTime()), QStringLiteral("No data downloaded yet"));
    const QDateTime at(QDate(2026, 3, 4), QTime(5, 6), Qt::UTC);
    QCOMPARE(SyncStatusPanel::dataAsOfText(at),
             QStringLiteral("Data as of ") + QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
    QLocale::setDefault(QLocale::c());
}

void TestMainWindow::progressBarFollowsTheEstimate()
{
    SyncStatusPanel panel;
    panel.show();
    auto* bar = panel.findChild<QProgressBar*>(QStringLiteral("syncProgressBar"));
    auto* cancel = panel.findChild<QPushButton*>(QStringLiteral("syncCancelButton"));
    QVERIFY(bar && cancel);
    QVERIFY(!bar->isVisible());
    QVERIFY(!cancel->isVisible());
    panel.setSyncing(true);
    QVERIFY(bar->isVisible());
    QVERIFY(cancel->isVisible());
    panel.setProgress({QStringLiteral("orders"), 500, 2000});
    QCOMPARE(bar->maximum(), 2000);
    QCOMPARE(bar->value(), 500);
    // More than estimated: full, never past the end.
    panel.setProgress({QStringLiteral("orders"), 2500, 2000});
    QCOMPARE(bar->value(), 2000);
    QSignalSpy cancelSpy(&panel, &SyncStatusPanel::cancelRequested);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(cancelSpy.count(), 1);
    panel.setSyncing(false);
    panel.setMessage(QStringLiteral("The server is busy."));
    QVERIFY(panel.text().startsWith(QLatin1String("The server is busy.")));
    QVERIFY(!bar->isVisible());
}

void TestMainWindow::moneyIsExact_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << qint64(123450) << QStringLiteral("1,234.50 EUR");
    QTest::newRow("cents only") << qint64(5) << QStringLiteral("0.05 EUR");
    QTest::newRow("negative") << qint64(-1999) << QStringLiteral("-19.99 EUR");
    QTest::newRow("large") << qint64(999999999999999) << QStringLiteral("9,999,999,999,999.99 EUR");
}

void TestMainWindow::moneyIsExact()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(OrdersModel::formatMoney(cents, QStringLiteral("EUR")), text);
    QLocale::setDefault(QLocale::c());
}

void TestMainWindow::withoutACacheNothingToSync()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* syncNow = window.findChild<QAction*>(QStringLiteral("syncNowAction"));
    QVERIFY(syncNow);
    QVERIFY(syncNow->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    QVERIFY(syncNow->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_R)));
    QVERIFY(!syncNow->isEnabled());
    QVERIFY(!window.findChild<QSpinBox*>(QStringLiteral("syncIntervalSpin"))->isEnabled());
    QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("resetCacheButton"))->isEnabled());
    // Signed out, an unreachable server is no reason for the offline banner: there is no data.
    window.setOffline(true);
    QVERIFY(!window.findChild<MessageBanner*>(QStringLiteral("offlineBanner"))->isVisible());
    auto* page = window.findChild<OrdersPage*>(QStringLiteral("ordersPage"));
    QVERIFY(page);
    QCOMPARE(page->countText(), QStringLiteral("No orders downloaded yet"));
    QCOMPARE(page->model()->rowCount(), 0);
    QVERIFY(!page->model()->canFetchMore(QModelIndex()));
}

void TestMainWindow::signOutKeepsDataByDefault()
{
    SignOutDialog dialog(QStringLiteral("seller@example.com"), true);
    auto* check = dialog.findChild<QCheckBox*>(QStringLiteral("removeLocalDataCheck"));
    QVERIFY(check);
    QVERIFY(check->isEnabled());
    QVERIFY(!check->isChecked());
    QVERIFY(!dialog.removeLocalData());
    check->click();
    QVERIFY(dialog.removeLocalData());
    // Nothing to remove (no cache open): the choice is not offered.
    SignOutDialog without(QString(), false);
    QVERIFY(!without.findChild<QCheckBox*>(QStringLiteral("removeLocalDataCheck"))->isEnabled());
}

void TestMainWindow::bannerActionIsNamed()
{
    MessageBanner banner(QStringLiteral("testBanner"), MessageBanner::Kind::Warning);
    QVERIFY(!banner.findChild<QPushButton*>()); // no action, no button
    banner.setText(QStringLiteral("Something happened."));
    banner.setActionText(QStringLiteral("Fix it"));
    banner.show();
    auto* button = banner.findChild<QPushButton*>(QStringLiteral("testBannerButton"));
    QVERIFY(button);
    QCOMPARE(button->accessibleName(), QStringLiteral("Fix it"));
    QSignalSpy spy(&banner, &MessageBanner::actionTriggered);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QVERIFY(widgetsWithoutAccessibleName(&banner).isEmpty());
}

void TestMainWindow::resetCacheAsksFirst()
{
    SettingsPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setSyncInterval(15);
    auto* spin = page.findChild<QSpinBox*>(QStringLiteral("syncIntervalSpin"));
    QCOMPARE(spin->value(), 15);
    QVERIFY(spin->isEnabled());
    QSignalSpy reset(&page, &SettingsPage::resetCacheRequested);
    auto* button = page.findChild<QPushButton*>(QStringLiteral("resetCacheButton"));

    // Cancel: nothing happens.
    QTest::mouseClick(button, Qt::LeftButton);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = page.findChild<QMessageBox*>(QStringLiteral("resetCacheConfirmation"))));
    QVERIFY(widgetsWithoutAccessibleName(box).isEmpty());
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!page.findChild<QMessageBox*>(QStringLiteral("resetCacheConfirmation")));
    QCOMPARE(reset.count(), 0);

    // Confirmed: the request goes out once.
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY((box = page.findChild<QMessageBox*>(QStringLiteral("resetCacheConfirmation"))));
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmResetButton")), Qt::LeftButton);
    QCOMPARE(reset.count(), 1);

    page.setSyncInterval(-1); // no cache open
    QVERIFY(!spin->isEnabled());
    QVERIFY(!button->isEnabled());
}

// The window opens at the size and place it was closed at (the profile's settings), and the sidebar
// is as wide as its longest name, no wider.
void TestMainWindow::windowSizeIsRememberedAndSidebarFitsItsNames() // and the splitters
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    {
        MainWindow first;
        first.setSettings(&settings);
        first.resize(1111, 777);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        first.close();
    }
    QByteArray divider;
    {
        MainWindow moved;
        moved.setSettings(&settings);
        auto* splitter = moved.findChild<QSplitter*>(QStringLiteral("ordersSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({300, 120});
        emit splitter->splitterMoved(300, 1); // as a drag says
        divider = splitter->saveState();
    }
    MainWindow second;
    second.setSettings(&settings);
    QCOMPARE(second.size(), QSize(1111, 777));
    // The orders' divider where the user left it.
    auto* splitter = second.findChild<QSplitter*>(QStringLiteral("ordersSplitter"));
    QCOMPARE(splitter->saveState(), divider);

    auto* sidebar = second.findChild<QListWidget*>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    int widest = 0;
    for (int row = 0; row < sidebar->count(); ++row)
        widest = qMax(widest, sidebar->fontMetrics().horizontalAdvance(sidebar->item(row)->text()));
    QVERIFY2(sidebar->width() >= widest && sidebar->width() <= widest + 80, qPrintable(QString::number(widest)));
}

void TestMainWindow::firstSizeFitsTheScreen()
{
    const QSize minimum(700, 480);
    QCOMPARE(WindowGeometryState::firstSize({1280, 800}, {1920, 1040}, minimum), QSize(1280, 800));
    const QSize small = WindowGeometryState::firstSize({1280, 800}, {1024, 700}, minimum);
    QVERIFY(small.width() < 1024 && small.height() < 700);
    QCOMPARE(WindowGeometryState::firstSize({1280, 800}, {600, 400}, minimum), minimum); // never below it
}

void TestMainWindow::longLabelsWrapOnTwoOrThreeLines_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("wrapped");
    QTest::newRow("short") << QStringLiteral("Units") << QStringLiteral("Units");
    QTest::newRow("two words") << QStringLiteral("Net profit") << QStringLiteral("Net\nprofit");
    QTest::newRow("at a hyphen") << QStringLiteral("Amazon-Gebühren") << QStringLiteral("Amazon-\nGebühren");
    QTest::newRow("one long word") << QStringLiteral("Kostenerstattungen") << QStringLiteral("Kostenerstattungen");
    QTest::newRow("three lines") << QStringLiteral("Ausstehende Bestellungen (geschätzt)")
                                 << QStringLiteral("Ausstehende\nBestellungen\n(geschätzt)");
    QTest::newRow("balanced") << QStringLiteral("Pending orders (estimated)")
                              << QStringLiteral("Pending orders\n(estimated)");
}

void TestMainWindow::longLabelsWrapOnTwoOrThreeLines()
{
    QFETCH(QString, label);
    QFETCH(QString, wrapped);
    QCOMPARE(ColumnFit::wrappedLabel(label), wrapped);
}

} // namespace sp::test

QTEST_MAIN(sp::test::TestMainWindow)
#include "TestMainWindow.moc"
