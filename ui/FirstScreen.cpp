#include "FirstScreen.h"

#include "DashboardPage.h"
#include "MainWindow.h"

#include <utility>

namespace sp {

FirstScreen::FirstScreen(MainWindow* window, DashboardPage* dashboard, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_dashboard(dashboard)
{
    m_cap.setSingleShot(true);
    m_cap.setInterval(kCapMs);
    connect(&m_cap, &QTimer::timeout, this, &FirstScreen::showWindow);
    if (dashboard) {
        // The totals are what the first screen shows; the product lists come below them, out of view in a
        // window of usual size, and fill in when their read is done (it takes longer than the totals').
        connect(dashboard, &DashboardPage::totalsShown, this, [this] {
            if (isWaiting() && m_dashboard->showsCachedTotals())
                showNow();
        });
    }
    connect(window, &MainWindow::firstShown, this, [this] {
        m_cap.stop();
        if (!std::exchange(m_shown, true))
            emit shown();
    });
}

void FirstScreen::showWhenFiguresAreIn()
{
    if (m_shown || !m_window || m_window->isVisible())
        return;
    m_cap.start();
}

void FirstScreen::showNow()
{
    if (!isWaiting())
        return;
    m_cap.stop();
    showWindow();
}

void FirstScreen::showWindow()
{
    if (m_window && !m_window->isVisible())
        m_window->show();
}

} // namespace sp
