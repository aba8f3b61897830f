#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace sp {

class DashboardPage;
class MainWindow;

// The main window's first appearance at a start with a remembered session: with the cached dashboard's
// totals already on it (its product lists may follow), rather than an empty "Signing in..." window painted once and laid out again
// when the figures arrive a few tens of milliseconds later (the UI thread is then free for the cache's
// opening meanwhile). Waits for the figures at most kCapMs (a cache that is slow, locked or missing);
// a dialog that needs the user ends the wait at once (showNow), and so does any other show.
class FirstScreen : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCapMs = 300;

    FirstScreen(MainWindow* window, DashboardPage* dashboard, QObject* parent = nullptr);

    void showWhenFiguresAreIn();
    void showNow(); // shows the window now if it waits for the figures
    bool isWaiting() const { return m_cap.isActive(); }

signals:
    void shown(); // once: the main window is on screen, however it got there

private:
    void showWindow();

    QPointer<MainWindow> m_window;
    QPointer<DashboardPage> m_dashboard;
    QTimer m_cap;
    bool m_shown = false;
};

} // namespace sp
