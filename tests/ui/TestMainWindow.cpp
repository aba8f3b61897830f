// The main window and the dialogs without a server: navigation, the account menu, shortcuts,
// accessible names, and the local password checks.
#include "ChangePasswordDialog.h"
#include "KeychainUnavailableDialog.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "WidgetChecks.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>

namespace sp::test {

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void sidebarSwitchesPages();
    void shortcutsSwitchPages();
    void accountMenuHasItsActions();
    void signedOutStatus();
    void everyInteractiveWidgetHasAnAccessibleName_data();
    void everyInteractiveWidgetHasAnAccessibleName();
    void newPasswordIsCheckedLocally_data();
    void newPasswordIsCheckedLocally();
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
    QCOMPARE(sidebar->count(), 6);
    QCOMPARE(pages->count(), 6);
    QCOMPARE(pages->currentIndex(), 0);
    for (int row = sidebar->count() - 1; row >= 0; --row) {
        const QRect rect = sidebar->visualItemRect(sidebar->item(row));
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(sidebar->currentRow(), row);
        QCOMPARE(pages->currentIndex(), row);
    }
    window.showPage(MainWindow::Page::Settings);
    QCOMPARE(pages->currentIndex(), 5);
    QCOMPARE(sidebar->item(5)->text(), QStringLiteral("Settings"));
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
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    QCOMPARE(pages->currentIndex(), 5);
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

void TestMainWindow::everyInteractiveWidgetHasAnAccessibleName_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("main window") << QStringLiteral("main");
    QTest::newRow("sign-in dialog") << QStringLiteral("signIn");
    QTest::newRow("change password dialog") << QStringLiteral("changePassword");
    QTest::newRow("keychain dialog") << QStringLiteral("keychain");
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
    QTest::newRow("exactly 10") << QStringLiteral("old") << QStringLiteral("0123456789")
                                << QStringLiteral("0123456789") << true;
    QTest::newRow("9 chars") << QStringLiteral("old") << QStringLiteral("012345678")
                             << QStringLiteral("012345678") << false;
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

} // namespace sp::test

QTEST_MAIN(sp::test::TestMainWindow)
#include "TestMainWindow.moc"
