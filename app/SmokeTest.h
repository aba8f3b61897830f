#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QTimer>

namespace sp {

class WindowCoordinator;

// --smoke-test: succeeds as soon as the main window is shown and signed in; fails when the user
// would have to act, or on timeout. It does not wait for the first sync of the offline cache: the
// startup benchmark times this run to the main window, and a sync's length depends on the
// account's data, not on startup. The app quits with the cache opening or a sync running, which
// must (and does) leave the cache intact: the sync commits whole pages only.
//
// --screenshot: a picture of the product, so it waits further, until a complete sync is in the
// cache and the dashboard shows its figures, then grabs the window to a PNG; a sync that fails
// first is a clear error, not an empty dashboard.
//
// With `waitForDashboard` (--smoke-dashboard) it succeeds instead once the dashboard shows figures
// from this computer's copy of the data and is painted, signed in or not yet: the cached-start
// benchmark times this, with the server reachable or not.
class SmokeTest : public QObject
{
    Q_OBJECT
public:
    SmokeTest(WindowCoordinator* windows, QString screenshotPath, QElapsedTimer sinceStart, int timeoutMs,
              bool waitForDashboard = false, QObject* parent = nullptr);

    void fail(const QString& reason);
    // --screenshot --page/--size: the page to show once the data is in, and the window's size.
    void setScreenshotPage(const QString& page, const QSize& size);
    // Another process (the running app) holds the profile's session: a smoke test passes without
    // touching it (exit 0), a screenshot cannot be taken (exit 1). Prints one line; returns the exit code.
    static int reportSessionOwnedElsewhere(const QString& screenshotPath);

signals:
    void finished(int exitCode);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static bool showsFigures(const QWidget* dashboard); // a KPI tile has its value
    void onReady();
    void checkDashboard();
    void checkSyncedDashboard(); // --screenshot: after a complete sync
    void succeed(const QString& what);
    bool pageDataIsIn() const; // the --page's tables or report have arrived
    void writeScreenshot();
    void finishOk(); // exits 0, once a session restore has saved its rotated token

    QPointer<WindowCoordinator> m_windows;
    QString m_screenshotPath;
    QElapsedTimer m_sinceStart;
    QTimer m_timeout;
    QTimer m_dashboardPoll;
    QString m_page = QStringLiteral("dashboard");
    QSize m_size;
    int m_timeoutMs = 0;
    bool m_signedIn = false; // --screenshot: the window is there, the data is awaited
    bool m_paintedWithFigures = false; // --smoke-dashboard: the dashboard was painted with its figures
    bool m_done = false;
};

} // namespace sp
