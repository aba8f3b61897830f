// FirstScreen: at a start with a remembered session the main window waits (at most kCapMs) for the
// cached dashboard's figures, a dialog that needs the user ends the wait at once, and shown() comes once
// however the window got on screen. The end-to-end check (the first Show already carries the cached
// figures, real sandbox, keychain and cache) is TestOfflineStart::serverDownShowsTheCachedDashboard.
#include "DashboardPage.h"
#include "FirstScreen.h"
#include "MainWindow.h"

#include <QSignalSpy>
#include <QTest>

namespace sp::test {

class TestFirstScreen : public QObject
{
    Q_OBJECT

private slots:
    void withoutFiguresTheWindowComesAfterTheCap()
    {
        MainWindow window;
        auto* dashboard = window.findChild<DashboardPage*>(QStringLiteral("dashboardPage"));
        QVERIFY(dashboard);
        FirstScreen first(&window, dashboard);
        QSignalSpy shown(&first, &FirstScreen::shown);
        first.showWhenFiguresAreIn();
        QVERIFY(first.isWaiting());
        QVERIFY(!window.isVisible());
        // The dashboard answers without a cache (no reader): not the figures it waits for.
        dashboard->refresh();
        QCoreApplication::processEvents();
        QVERIFY(!window.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(window.isVisible(), FirstScreen::kCapMs * 20);
        QTRY_COMPARE(shown.count(), 1);
        QVERIFY(!first.isWaiting());
    }

    void aDialogEndsTheWaitAtOnce()
    {
        MainWindow window;
        FirstScreen first(&window, window.findChild<DashboardPage*>(QStringLiteral("dashboardPage")));
        QSignalSpy shown(&first, &FirstScreen::shown);
        first.showWhenFiguresAreIn();
        first.showNow();
        QVERIFY(window.isVisible()); // before the dialog is shown over it
        QVERIFY(!first.isWaiting());
        QTRY_COMPARE(shown.count(), 1);
        first.showNow(); // nothing waits any more
        QCoreApplication::processEvents();
        QCOMPARE(shown.count(), 1);
    }

    void anyOtherShowCountsOnce()
    {
        MainWindow window;
        FirstScreen first(&window, window.findChild<DashboardPage*>(QStringLiteral("dashboardPage")));
        QSignalSpy shown(&first, &FirstScreen::shown);
        window.show(); // e.g. a sign-in that answered first
        QTRY_COMPARE(shown.count(), 1);
        first.showWhenFiguresAreIn(); // too late to wait: the window is there
        QVERIFY(!first.isWaiting());
        window.hide();
        window.show();
        QCoreApplication::processEvents();
        QCOMPARE(shown.count(), 1);
    }
};

} // namespace sp::test

QTEST_MAIN(sp::test::TestFirstScreen)
#include "TestFirstScreen.moc"
