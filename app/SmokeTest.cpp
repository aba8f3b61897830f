#include "SmokeTest.h"

#include "DashboardPage.h"
#include "HomeCurrencySummary.h"
#include "MainWindow.h"
#include "PayoutsPage.h"
#include "ReportsPage.h"
#include "RestockPage.h"
#include "ProductsPage.h"
#include "ProductsModel.h"
#include "OrdersPage.h"
#include "OrdersModel.h"
#include "FinancialEventsModel.h"
#include "FinancesPage.h"
#include "WindowCoordinator.h"
#include "auth/Session.h"
#include "startup/CommandLineOptions.h"
#include "sync/SyncController.h"
#include "sync/SyncHost.h"

#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QPixmap>

#include <algorithm>
#include <cstdio>

namespace sp {

namespace {
// How often the dashboard is looked at: what is on screen counts, however its figures got there.
constexpr int kDashboardPollMs = 5;
} // namespace

SmokeTest::SmokeTest(WindowCoordinator* windows, QString screenshotPath, QElapsedTimer sinceStart, int timeoutMs,
                     bool waitForDashboard, QObject* parent)
    : QObject(parent)
    , m_windows(windows)
    , m_screenshotPath(std::move(screenshotPath))
    , m_sinceStart(sinceStart)
    , m_timeoutMs(timeoutMs)
{
    if (waitForDashboard) {
        m_dashboardPoll.setInterval(kDashboardPollMs);
        connect(&m_dashboardPoll, &QTimer::timeout, this, &SmokeTest::checkDashboard);
        m_dashboardPoll.start();
        // At once when the window first comes on screen (with the cached figures, see FirstScreen).
        connect(windows, &WindowCoordinator::firstScreenShown, this, &SmokeTest::checkDashboard);
        if (QWidget* dashboard = windows->mainWindow()->findChild<QWidget*>(QStringLiteral("dashboardPage")))
            dashboard->installEventFilter(this);
    } else {
        connect(windows, &WindowCoordinator::ready, this, &SmokeTest::onReady);
    }
    connect(windows, &WindowCoordinator::userActionNeeded, this,
            [this](const QString& reason) { fail(tr("signing in needs the user: %1").arg(reason)); });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_signedIn)
            fail(tr("the first sync did not finish within %1 s, so the dashboard has no data to show")
                     .arg(m_timeoutMs / 1000));
        else
            fail(tr("the main window was not shown and signed in within %1 s").arg(m_timeoutMs / 1000));
    });
    m_timeout.start(timeoutMs);
}

void SmokeTest::fail(const QString& reason)
{
    if (m_done)
        return;
    m_done = true;
    m_dashboardPoll.stop();
    std::fprintf(stderr, "sellerpulse: smoke test failed: %s\n", qUtf8Printable(reason));
    std::fflush(stderr);
    emit finished(1);
}

int SmokeTest::reportSessionOwnedElsewhere(const QString& screenshotPath)
{
    if (!screenshotPath.isEmpty()) {
        std::fprintf(stderr, "sellerpulse: %s\n",
                     qUtf8Printable(tr("SellerPulse is already running with this profile; no screenshot was "
                                       "taken, so that its session is left alone.")));
        std::fflush(stderr);
        return 1;
    }
    std::fprintf(stdout, "sellerpulse: %s\n",
                 qUtf8Printable(tr("SellerPulse is already running with this profile; the smoke test leaves "
                                   "its session alone.")));
    std::fflush(stdout);
    return 0;
}

void SmokeTest::onReady()
{
    if (m_done || !m_windows || m_signedIn)
        return;
    if (m_screenshotPath.isEmpty()) {
        succeed(QStringLiteral("main window shown"));
        return;
    }
    m_signedIn = true;
    std::fprintf(stdout, "sellerpulse: main window shown after %lld ms; waiting for the first sync\n",
                 static_cast<long long>(m_sinceStart.elapsed()));
    std::fflush(stdout);
    SyncHost* host = m_windows->syncHost();
    auto watch = [this](SyncController* controller) {
        if (!controller)
            return;
        connect(controller, &SyncController::syncFinished, this, [this, controller](bool ok, const QString& message) {
            if (!ok && !controller->lastSyncedAt().isValid())
                fail(tr("the first sync failed, so the dashboard has no data to show: %1").arg(message));
        });
    };
    if (host) {
        watch(host->controller());
        connect(host, &SyncHost::controllerChanged, this, watch);
    }
    m_dashboardPoll.setInterval(50);
    disconnect(&m_dashboardPoll, nullptr, this, nullptr);
    connect(&m_dashboardPoll, &QTimer::timeout, this, &SmokeTest::checkSyncedDashboard);
    m_dashboardPoll.start();
}

void SmokeTest::checkSyncedDashboard()
{
    if (m_done || !m_windows)
        return;
    const SyncHost* host = m_windows->syncHost();
    const SyncController* controller = host ? host->controller() : nullptr;
    const auto* dashboard = m_windows->mainWindow()->findChild<DashboardPage*>(QStringLiteral("dashboardPage"));
    if (!controller || !controller->lastSyncedAt().isValid() || !dashboard || dashboard->isLoading()
        || dashboard->isRefreshPending() || dashboard->homeCurrencySummary()->isLoading())
        return;
    // The figures of the synced data: a refresh after the sync's last commit is not on its way.
    if (controller->state() == SyncController::State::Syncing)
        return;
    succeed(QStringLiteral("dashboard shown with the data synced at %1")
                .arg(controller->lastSyncedAt().toUTC().toString(Qt::ISODate)));
}

void SmokeTest::setScreenshotPage(const QString& page, const QSize& size)
{
    m_page = page;
    m_size = size;
}

bool SmokeTest::pageDataIsIn() const
{
    const MainWindow* window = m_windows ? m_windows->mainWindow() : nullptr;
    if (!window)
        return false;
    if (const auto* orders = window->findChild<OrdersPage*>(); orders && orders->isVisible())
        return !orders->model()->isReading() && orders->model()->rowCount() > 0;
    if (const auto* products = window->findChild<ProductsPage*>(); products && products->isVisible())
        return !products->model()->isReading() && products->model()->rowCount() > 0;
    if (const auto* finances = window->findChild<FinancesPage*>(); finances && finances->isVisible())
        return !finances->model()->isReading() && finances->model()->rowCount() > 0;
    if (const auto* reports = window->findChild<ReportsPage*>(); reports && reports->isVisible())
        return !reports->isLoading();
    if (const auto* payouts = window->findChild<PayoutsPage*>(); payouts && payouts->isVisible())
        return !payouts->isLoading() && (payouts->payouts().isEmpty() || payouts->shownBreakdown().found);
    if (const auto* restock = window->findChild<RestockPage*>(); restock && restock->isVisible())
        return !restock->plan().rows.isEmpty(); // read when shown
    return true; // the dashboard (awaited before) or the settings
}

void SmokeTest::writeScreenshot()
{
    MainWindow* window = m_windows ? m_windows->mainWindow() : nullptr;
    const QPixmap shot = window ? window->grab() : QPixmap();
    if (shot.isNull() || !shot.save(m_screenshotPath, "PNG")) {
        fail(tr("could not write the screenshot to %1").arg(m_screenshotPath));
        return;
    }
    std::fprintf(stdout, "sellerpulse: screenshot written to %s\n",
                 qUtf8Printable(QFileInfo(m_screenshotPath).absoluteFilePath()));
    std::fflush(stdout);
    finishOk();
}

bool SmokeTest::showsFigures(const QWidget* dashboard)
{
    const QList<QLabel*> labels = dashboard->findChildren<QLabel*>();
    return std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* label) {
        return label->objectName().startsWith(QLatin1String("kpiValue_")) && !label->text().isEmpty();
    });
}

bool SmokeTest::eventFilter(QObject* watched, QEvent* event)
{
    // A paint of the dashboard is part of a paint of the whole window, which ends before the next event:
    // the check comes then.
    if (event->type() == QEvent::Paint && !m_paintedWithFigures && showsFigures(static_cast<QWidget*>(watched))) {
        m_paintedWithFigures = true;
        QTimer::singleShot(0, this, &SmokeTest::checkDashboard);
    }
    return QObject::eventFilter(watched, event);
}

void SmokeTest::checkDashboard()
{
    if (m_done || !m_windows)
        return;
    MainWindow* window = m_windows->mainWindow();
    QWidget* dashboard = window->findChild<QWidget*>(QStringLiteral("dashboardPage"));
    if (!window->isVisible() || !dashboard || !dashboard->isVisible())
        return;
    if (!showsFigures(dashboard))
        return;
    // On screen means painted: a window shown but not yet exposed has not been painted (a repaint()
    // then paints nothing), so the line waits for the first paint that has the figures.
    if (!m_paintedWithFigures)
        return;
    succeed(QStringLiteral("dashboard shown with figures"));
}

void SmokeTest::succeed(const QString& what)
{
    m_dashboardPoll.stop();
    std::fprintf(stdout, "sellerpulse: %s after %lld ms\n", qUtf8Printable(what),
                 static_cast<long long>(m_sinceStart.elapsed()));
    std::fflush(stdout);
    if (!m_screenshotPath.isEmpty()) {
        MainWindow* window = m_windows->mainWindow();
        if (m_size.isValid())
            window->resize(m_size);
        const int page = int(CommandLineOptions::screenshotPages().indexOf(m_page));
        window->showPage(static_cast<MainWindow::Page>(qMax(0, page)));
        // The page reads when shown: its rows or report arrive from the cache's reader.
        disconnect(&m_dashboardPoll, nullptr, this, nullptr);
        connect(&m_dashboardPoll, &QTimer::timeout, this, [this] {
            if (pageDataIsIn()) {
                m_dashboardPoll.stop();
                writeScreenshot();
            }
        });
        m_dashboardPoll.start(50);
        return;
    }
    finishOk();
}

void SmokeTest::finishOk()
{
    m_done = true;
    m_timeout.stop();
    // The dashboard can come before the restore's answer: quitting then could lose the rotated refresh
    // token (the server has it, the keychain not yet) and the next start would read as a reuse.
    Session* session = m_windows->session();
    if (!session || session->state() != Session::State::Restoring) {
        emit finished(0);
        return;
    }
    connect(session, &Session::stateChanged, this, [this](Session::State state) {
        if (state != Session::State::Restoring)
            emit finished(0);
    });
}

} // namespace sp
