#include "MainWindow.h"

#include "ChangePasswordDialog.h"
#include "DashboardPage.h"
#include "ElidedLabel.h"
#include "MainWindowActions.h"
#include "MessageBanner.h"
#include "ProductsPage.h"
#include "SectionPages.h"
#include "SettingsPage.h"
#include "SplitterMemory.h"
#include "WindowGeometryState.h"
#include "SignOutDialog.h"
#include "SyncErrorBanner.h"
#include "SyncStatusPanel.h"
#include "UiLog.h"
#include "auth/Session.h"
#include "cache/CacheQuery.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace sp {

MainWindow::MainWindow(QWidget* parent, PageBuilding building)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_connectionLabel(new ElidedLabel(this))
    , m_offlineBanner(new MessageBanner(QStringLiteral("offlineBanner"), MessageBanner::Kind::Information, this))
    , m_cacheBanner(new MessageBanner(QStringLiteral("cacheBanner"), MessageBanner::Kind::Warning, this))
    , m_keychainLockedBanner(
          new MessageBanner(QStringLiteral("keychainLockedBanner"), MessageBanner::Kind::Warning, this))
    , m_syncPanel(new SyncStatusPanel(this))
    , m_dashboardPage(new DashboardPage(m_pages))
    , m_sections(new SectionPages(m_pages, m_sidebar, m_dashboardPage, this))
    , m_buildSectionsAfterFirstShow(building == PageBuilding::AfterFirstShow)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SellerPulse"));
    resize(1280, 800); // reduced to the screen by m_geometry when no size was saved

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setSpacing(3);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setAccessibleName(tr("Section content"));

    addPage(tr("Dashboard"), m_dashboardPage, QKeySequence(Qt::CTRL | Qt::Key_1));
    // The other sections' rows and shortcuts are there from the start; their pages come with
    // m_sections->build() (at once, or after the first show).
    addPage(tr("Orders"), nullptr, QKeySequence(Qt::CTRL | Qt::Key_2));
    addPage(tr("Products and inventory"), nullptr, QKeySequence(Qt::CTRL | Qt::Key_3));
    addPage(tr("Finances"), nullptr, QKeySequence(Qt::CTRL | Qt::Key_4));
    addPage(tr("Reports"), nullptr, QKeySequence(Qt::CTRL | Qt::Key_5));
    addPage(tr("Payouts"), nullptr, QKeySequence(Qt::CTRL | Qt::Key_6));
    addPage(tr("Expenses"), nullptr, QKeySequence(Qt::CTRL | Qt::Key_7)); // issue 17 part 3
    addPage(tr("Restock"), nullptr, QKeySequence(Qt::CTRL | Qt::Key_8));  // issue 18 part 1
    addPage(tr("Alerts"), nullptr, QKeySequence(Qt::CTRL | Qt::Key_9));   // issue 18 parts 2, 4
    addPage(tr("What-if"), nullptr, QKeySequence(Qt::CTRL | Qt::Key_0));
    addPage(tr("Settings"), nullptr, QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_sections, &SectionPages::built, this, &MainWindow::wireSections);
    connect(m_dashboardPage, &DashboardPage::openProductsRequested, this, [this] {
        productsPage()->showMissingCosts(); // issue 16: the products sold without a cost, by revenue
        showPage(Page::Products);
    });

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row > 0)
            buildSections(); // a section asked for before it was built
        m_pages->setCurrentIndex(row);
    });
    m_sidebar->setCurrentRow(0);
    // As wide as its longest name in this language, no wider: the pages need the room.
    m_sidebar->setFixedWidth(m_sidebar->sizeHintForColumn(0) + 2 * m_sidebar->frameWidth()
                             + 4 * m_sidebar->fontMetrics().averageCharWidth());
    m_geometry = new WindowGeometryState(this, QStringLiteral("window/main"));
    m_splitters = new SplitterMemory(m_pages);

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->addWidget(m_offlineBanner);
    outer->addWidget(m_cacheBanner);
    m_syncErrorBanner = new SyncErrorBanner(this);
    outer->addWidget(m_syncErrorBanner);
    // A full disk gets the whole width and stays until there is room: the status bar would cut it.
    m_diskBanner = new MessageBanner(QStringLiteral("diskFullBanner"), MessageBanner::Kind::Warning, this);
    outer->addWidget(m_diskBanner);
    outer->addWidget(m_keychainLockedBanner);
    auto* layout = new QHBoxLayout;
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);

    m_actions = new MainWindowActions(this, m_pages);
    connect(m_actions, &MainWindowActions::changePasswordRequested, this, &MainWindow::openChangePassword);
    connect(m_actions, &MainWindowActions::signOutRequested, this, &MainWindow::signOut);
    connect(m_actions, &MainWindowActions::quitRequested, this, &MainWindow::quitRequested);
    connect(m_actions, &MainWindowActions::createSupportBundleRequested, this,
            &MainWindow::createSupportBundleRequested);
    connect(m_actions, &MainWindowActions::openSupportBundleRequested, this, &MainWindow::openSupportBundleRequested);
    connect(m_actions, &MainWindowActions::aboutRequested, this, &MainWindow::aboutRequested);
    connect(m_actions, &MainWindowActions::syncNowRequested, this, toSync(&SyncController::syncNow));
    connect(m_actions, &MainWindowActions::checkCacheRequested, this, toSync(&SyncController::checkIntegrity));

    m_cacheBanner->setActionText(tr("Reset the cache and download again"));
    connect(m_cacheBanner, &MessageBanner::actionTriggered, this, [this] {
        // The user's explicit choice; the app never deletes an unreadable cache on its own.
        m_cacheBanner->hide();
        if (m_sync)
            m_sync->resetCache();
    });
    m_offlineBanner->setActionText(tr("Try now"));
    m_diskBanner->setActionText(tr("Retry")); // the sync looks at the free space first: nothing sent while full
    for (MessageBanner* banner : {static_cast<MessageBanner*>(m_syncErrorBanner), m_offlineBanner, m_diskBanner})
        connect(banner, &MessageBanner::actionTriggered, this, toSync(&SyncController::syncNow));
    m_keychainLockedBanner->setActionText(tr("Retry"));
    connect(m_keychainLockedBanner, &MessageBanner::actionTriggered, this, [this] {
        m_keychainLockedBanner->hide();
        if (m_sync)
            m_sync->retryKeychain();
    });
    connect(m_syncPanel, &SyncStatusPanel::cancelRequested, this, toSync(&SyncController::cancel));
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setAccessibleName(tr("Connection"));
    statusBar()->addPermanentWidget(m_syncPanel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    if (!m_buildSectionsAfterFirstShow)
        buildSections();
    updateState();
}

SectionPages* MainWindow::buildSections()
{
    m_sections->build(static_cast<int>(Page::Orders));
    return m_sections;
}

SettingsPage* MainWindow::settingsPage() { return buildSections()->settingsPage(); }
ProductsPage* MainWindow::productsPage() { return buildSections()->productsPage(); }

void MainWindow::wireSections()
{
    SettingsPage* settings = m_sections->settingsPage();
    connect(settings, &SettingsPage::syncIntervalChanged, this, [this](int minutes) {
        if (m_sync)
            m_sync->setIntervalMinutes(minutes);
    });
    connect(settings, &SettingsPage::resetCacheRequested, this, toSync(&SyncController::resetCache));
    connect(settings, &SettingsPage::changePasswordRequested, this, &MainWindow::openChangePassword);
    connect(settings, &SettingsPage::signOutRequested, this, &MainWindow::signOut);
    connect(settings, &SettingsPage::restartRequested, this, &MainWindow::restartRequested);
    connect(settings, &SettingsPage::accountDeleted, this, [this](const QString& message) {
        // Before the sign-out that follows: the sign-in window shows it as its notice.
        statusBar()->showMessage(message);
        emit localDataRemoved(message);
    });

    emit sectionsBuilt();
}

MainWindow::~MainWindow() = default;

void MainWindow::setSettings(QSettings* settings)
{
    m_geometry->setSettings(settings);
    m_splitters->setSettings(settings);
    m_sections->setSettings(settings);
}

void MainWindow::setClock(const Clock* clock)
{
    m_dashboardPage->setClock(clock);
    m_sections->setClock(clock);
}

void MainWindow::setPagesReader(CacheReader* reader)
{
    m_dashboardPage->setReader(reader);
    m_sections->setReader(reader);
}

void MainWindow::addPage(const QString& title, QWidget* page, const QKeySequence& shortcut)
{
    const int index = m_pages->addWidget(page ? page : new QWidget(m_pages)); // a placeholder until built
    auto* item = new QListWidgetItem(title, m_sidebar);
    item->setToolTip(tr("%1 (%2)").arg(title, shortcut.toString(QKeySequence::NativeText)));
    auto* action = new QAction(title, this);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, index] { m_sidebar->setCurrentRow(index); });
    addAction(action);
}

void MainWindow::setSyncController(SyncController* controller)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = controller;
    m_serverUnreachable = false;
    m_cacheBanner->hide();
    m_keychainLockedBanner->hide();
    m_syncPanel->setSyncing(false);
    m_syncPanel->setMessage(QString());
    setPagesReader(controller ? controller->reader() : nullptr);
    m_sections->setSyncController(controller);
    if (controller) {
        connect(controller, &SyncController::stateChanged, this, [this](SyncController::State state) {
            if (state == SyncController::State::Closed)
                setPagesReader(nullptr); // the controller drops its reader when it closes
            // Offline lasts until the server answers again, not just until the next retry starts:
            // the banner must not flicker with each attempt.
            if (state == SyncController::State::Offline)
                m_serverUnreachable = true;
            else if (state != SyncController::State::Syncing)
                m_serverUnreachable = false;
            updateSyncState();
        });
        connect(controller, &SyncController::progress, this, [this](const SyncProgress& progress) {
            m_syncPanel->setProgress(progress);
            m_dashboardPage->setFirstSyncPercent(SyncStatusPanel::percentDone(progress));
            if (m_serverUnreachable) { // a page arrived: the server is back
                m_serverUnreachable = false;
                updateSyncState();
            }
        });
        connect(controller, &SyncController::lastSyncedAtChanged, this, [this] { updateSyncState(); });
        connect(controller, &SyncController::syncFinished, this, [this](bool ok, const QString& message) {
            // A failure or the offline state has its banner (updateSyncState); here only a cancelled run's note.
            const bool idle = m_sync && m_sync->state() == SyncController::State::Idle;
            m_syncPanel->setMessage(ok || !idle ? QString() : message);
            m_sections->refreshAmazonConnection(); // the alerts' Amazon rule hears a revocation
            updateDiskBanner();
        });
        connect(controller, &SyncController::diskFull, this, [this] { updateDiskBanner(); });
        connect(controller, &SyncController::opened, this, [this] {
            if (m_sync)
                setPagesReader(m_sync->reader());
            updateSyncState(); // "data as of" is known once the cache is open
        });
        connect(controller, &SyncController::dataChanged, m_dashboardPage, &DashboardPage::scheduleRefresh);
        connect(controller, &SyncController::cacheUnreadable, this, &MainWindow::onCacheUnreadable);
        connect(controller, &SyncController::keychainLocked, this, &MainWindow::onKeychainLocked);
        connect(controller, &SyncController::integrityChecked, m_actions, &MainWindowActions::showIntegrityResult);
    }
    updateState();
}

void MainWindow::onCacheUnreadable(const QString& message)
{
    m_cacheBanner->setText(
        tr("The offline data on this computer cannot be read: %1 Nothing was deleted.").arg(message));
    m_cacheBanner->show();
    updateSyncState();
}

void MainWindow::onKeychainLocked(const QString& message)
{
    m_keychainLockedBanner->setText(message);
    m_keychainLockedBanner->show();
    updateSyncState();
}

void MainWindow::updateSyncState()
{
    const SyncController::State state = m_sync ? m_sync->state() : SyncController::State::Closed;
    const bool signedIn = m_status.state == Session::State::SignedIn;
    m_syncPanel->setVisible(m_sync != nullptr);
    m_syncPanel->setSyncing(state == SyncController::State::Syncing);
    if (m_syncErrorBanner->follow(m_sync))
        m_syncPanel->setMessage(tr("The last sync failed."));
    m_syncPanel->setDataAsOf(m_sync ? m_sync->lastSyncedAt() : QDateTime());
    m_dashboardPage->setDataAsOf(m_sync ? m_sync->lastSyncedAt() : QDateTime());
    m_dashboardPage->setFirstSync(state == SyncController::State::Syncing && !m_sync->lastSyncedAt().isValid());
    m_actions->setSyncNowEnabled(signedIn && m_sync
                                 && (state == SyncController::State::Idle || state == SyncController::State::Offline
                                     || state == SyncController::State::Failed));
    if (state != SyncController::State::CacheUnreadable)
        m_cacheBanner->hide();
    if (state != SyncController::State::KeychainLocked)
        m_keychainLockedBanner->hide();
    m_actions->setCheckCacheEnabled(m_sync && m_sync->query());

    // Offline: the cache said so, or the session was restored without reaching the server.
    const bool offline =
        signedIn && (state == SyncController::State::Offline || m_serverUnreachable || m_status.offline);
    if (offline)
        m_offlineBanner->setText(SyncStatusPanel::offlineText(m_sync ? m_sync->lastSyncedAt() : QDateTime()));
    m_offlineBanner->setVisible(offline);
    m_syncPanel->setReconnecting(offline);
    updateDiskBanner();
}

void MainWindow::updateDiskBanner()
{
    const bool diskFull = m_sync && m_sync->state() == SyncController::State::Failed && m_sync->waitingForSpace();
    if (diskFull) {
        m_diskBanner->setText(m_sync->lastError());
        m_syncPanel->setMessage(tr("The disk is full."));
    }
    m_diskBanner->setVisible(diskFull);
}

void MainWindow::setSession(Session* session, const ServerChoice& server)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_server = server;
    m_unreachable = false;
    m_sections->setSession(session, server);
    if (session) {
        const auto reached = [this] {
            m_unreachable = false;
            updateState();
        };
        connect(session, &Session::stateChanged, this, reached);
        connect(session, &Session::refreshed, this, reached);
    }
    updateState();
}

void MainWindow::showSessionEnded(const QString& message)
{
    statusBar()->showMessage(message);
    updateState();
}

void MainWindow::showKeychainWriteFailed(const QString& message)
{
    if (message.isEmpty()) {
        if (m_keychainBanner)
            m_keychainBanner->hide();
        return;
    }
    if (!m_keychainBanner) {
        m_keychainBanner = new MessageBanner(QStringLiteral("keychainBanner"), MessageBanner::Kind::Warning, this);
        m_keychainBanner->setActionText(tr("Dismiss"));
        connect(m_keychainBanner, &MessageBanner::actionTriggered, m_keychainBanner, &QWidget::hide);
        if (auto* outer = qobject_cast<QVBoxLayout*>(centralWidget()->layout()))
            outer->insertWidget(0, m_keychainBanner);
    }
    if (m_keychainBanner->text() == message && m_keychainBanner->isVisibleTo(this))
        return;
    m_keychainBanner->setText(message);
    m_keychainBanner->show();
}

void MainWindow::showPage(Page page) { m_sidebar->setCurrentRow(static_cast<int>(page)); }

QString MainWindow::connectionText() const { return m_connectionLabel->text(); }

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_wasShown) {
        m_wasShown = true;
        // After this event is handled, the window has been laid out and can be painted.
        QTimer::singleShot(0, this, [this] {
            emit firstShown();
            // The other sections once the first screen is painted (a later turn of the event loop).
            if (m_buildSectionsAfterFirstShow)
                QTimer::singleShot(0, this, [this] { buildSections(); });
        });
    }
}

void MainWindow::updateState()
{
    m_status.state = m_session ? m_session->state() : Session::State::SignedOut;
    const Session::AccountInfo account = m_session ? m_session->account() : Session::AccountInfo{};
    const bool signedIn = m_status.state == Session::State::SignedIn;
    // Signed in without an access token: the session was restored while the server was unreachable.
    m_status.offline = m_unreachable || (signedIn && m_session && !m_session->hasAccessToken());
    m_status.email = account.email;
    m_status.serverName = m_server.displayName();
    m_connectionLabel->setFullText(m_status.text());

    // A password change makes no sense once the session is gone (e.g. ended elsewhere).
    if (!signedIn && m_changePasswordDialog && m_status.state == Session::State::SignedOut)
        m_changePasswordDialog->close();

    m_actions->setSignedIn(signedIn, account.email);
    SectionPages::Account shown;
    shown.email = signedIn ? account.email : QString();
    shown.displayName = signedIn ? account.displayName : QString();
    shown.serverName = m_server.displayName();
    shown.serverUrl = m_server.url.toDisplayString();
    shown.syncIntervalMinutes = signedIn && m_sync ? m_sync->intervalMinutes() : -1;
    shown.session = signedIn ? m_session.data() : nullptr;
    shown.online = signedIn && !m_status.offline;
    m_sections->setAccount(shown);
    updateSyncState();
}

void MainWindow::openChangePassword()
{
    if (!m_session)
        return;
    if (!m_changePasswordDialog) {
        m_changePasswordDialog = new ChangePasswordDialog(m_session, this);
        m_changePasswordDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_changePasswordDialog->open();
}

void MainWindow::signOut()
{
    if (!m_session)
        return;
    if (m_signOutDialog) {
        m_signOutDialog->raise();
        return;
    }
    const bool canRemove = m_sync && m_sync->state() != SyncController::State::Closed;
    m_signOutDialog = new SignOutDialog(m_session->account().email, canRemove, this);
    m_signOutDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_signOutDialog, &QDialog::accepted, this, [this, dialog = m_signOutDialog] {
        if (!m_session)
            return;
        if (!dialog || !dialog->removeLocalData() || !m_sync) {
            m_session->signOut();
            return;
        }
        // The key and the files go first, while the controller still knows the account; the
        // removal works without the server, so the sign-out's reach does not matter.
        connect(
            m_sync, &SyncController::localDataRemoved, this,
            [this](const QString& summary) {
                qCInfo(lcUi) << "this computer's data of the account removed; signing out";
                statusBar()->showMessage(summary);
                emit localDataRemoved(summary);
                if (m_session)
                    m_session->signOut();
            },
            Qt::SingleShotConnection);
        m_sync->removeLocalData();
    });
    m_signOutDialog->open();
}

} // namespace sp
