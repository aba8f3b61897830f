#include "GuidedStart.h"

#include "GuidedStartChecklist.h"
#include "HomeCurrencyChooser.h"
#include "MainWindow.h"
#include "ProductsPage.h"
#include "SettingsPage.h"
#include "UiLog.h"
#include "amazon/AmazonConnectionClient.h"
#include "auth/Session.h"
#include "cache/CacheQuery.h"
#include "cache/CacheReader.h"
#include "cache/CostGapQuery.h"
#include "reports/HomeCurrency.h"
#include "sync/SyncController.h"

#include <QEvent>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace sp {

namespace {

// Reads the states again whenever the checklist comes on screen (back from Settings or Products).
class ShowWatcher : public QObject
{
public:
    ShowWatcher(GuidedStart* guide, QObject* parent)
        : QObject(parent)
        , m_guide(guide)
    {}
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show)
            m_guide->refresh();
        return QObject::eventFilter(watched, event);
    }

private:
    GuidedStart* m_guide;
};

} // namespace

GuidedStart::GuidedStart(MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_checklist(new GuidedStartChecklist)
{
    m_checklist->hide();
    // On the dashboard, under its heading, scrolling with it; above the page if its layout changed.
    auto* scroll = window->findChild<QScrollArea*>(QStringLiteral("dashboardScroll"));
    auto* content = scroll && scroll->widget() ? qobject_cast<QVBoxLayout*>(scroll->widget()->layout()) : nullptr;
    if (content) {
        content->insertWidget(1, m_checklist);
    } else if (auto* page = window->findChild<QWidget*>(QStringLiteral("dashboardPage"));
               page && qobject_cast<QVBoxLayout*>(page->layout())) {
        qobject_cast<QVBoxLayout*>(page->layout())->insertWidget(0, m_checklist);
    } else {
        qCWarning(lcUi) << "guided start: no place on the dashboard";
        m_checklist->setParent(window);
    }
    if (QWidget* dashboard = window->findChild<QWidget*>(QStringLiteral("dashboardPage")))
        dashboard->installEventFilter(new ShowWatcher(this, this));

    // The settings and products pages may come after the dashboard (MainWindow::PageBuilding): asked for
    // when a step is chosen, which builds them.
    connect(m_checklist, &GuidedStartChecklist::connectAmazonRequested, this, [this] {
        m_window->showPage(MainWindow::Page::Settings);
        m_window->settingsPage()->showAmazonSection();
    });
    connect(m_checklist, &GuidedStartChecklist::enterCostsRequested, this, [this] {
        m_window->productsPage()->showMissingCosts();
        m_window->showPage(MainWindow::Page::Products);
    });
    connect(m_checklist, &GuidedStartChecklist::chooseCurrencyRequested, this, [this] {
        m_window->showPage(MainWindow::Page::Settings);
        m_window->settingsPage()->showHomeCurrencyChooser();
    });
    connect(m_checklist, &GuidedStartChecklist::dismissRequested, this, &GuidedStart::dismiss);
    connect(window, &MainWindow::sectionsBuilt, this, &GuidedStart::followSections);
    followSections();
}

void GuidedStart::followSections()
{
    if (auto* chooser = m_window->findChild<HomeCurrencyChooser*>())
        connect(chooser, &HomeCurrencyChooser::homeCurrencyChosen, this, &GuidedStart::readCurrency,
                Qt::UniqueConnection);
    if (auto* productsPage = m_window->findChild<ProductsPage*>()) // a unit cost saved there is in the cache at once
        connect(productsPage, &ProductsPage::cacheChanged, this, &GuidedStart::readCache, Qt::UniqueConnection);
}

QString GuidedStart::dismissedKey() { return QStringLiteral("guide/dismissed"); }

QString GuidedStart::completedKey() { return QStringLiteral("guide/completed"); }

void GuidedStart::setSettings(QSettings* settings)
{
    m_settings = settings;
    readCurrency();
}

void GuidedStart::setSession(Session* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    if (m_amazon) { // it asks through the previous session: its late answers are not this one's
        disconnect(m_amazon, nullptr, this, nullptr);
        m_amazon->deleteLater();
    }
    m_session = session;
    m_amazonAnswered = m_amazonConnected = false;
    if (session) {
        // Only reads the connection (refresh()); connecting is Settings' (no browser is ever opened here).
        m_amazon = new AmazonConnectionClient(
            session, ConsentUrlPolicy(), [](const QUrl&) { return false; }, &m_clock, this);
        connect(m_amazon, &AmazonConnectionClient::connectionChanged, this, [this](const AmazonConnection& connection) {
            m_amazonAnswered = connection.status != AmazonConnection::Status::Unknown;
            m_amazonConnected = connection.status == AmazonConnection::Status::Connected;
            updateVisibility();
        });
        connect(session, &Session::stateChanged, this, &GuidedStart::refresh);
    }
    refresh();
}

void GuidedStart::setSyncController(SyncController* controller)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = controller;
    m_cacheKnown = false;
    if (controller) {
        connect(controller, &SyncController::opened, this, &GuidedStart::readCache);
        connect(controller, &SyncController::dataChanged, this, &GuidedStart::readCache);
        connect(controller, &SyncController::syncFinished, this, &GuidedStart::refresh);
    }
    refresh();
}

void GuidedStart::refresh()
{
    if (m_settings && (m_settings->value(dismissedKey()).toBool() || m_settings->value(completedKey()).toBool())) {
        m_checklist->hide(); // for good: nothing to read, nothing to ask the server
        return;
    }
    readCurrency();
    readCache();
    if (m_amazon && m_session && m_session->state() == Session::State::SignedIn && m_session->hasAccessToken())
        m_amazon->refresh();
    updateVisibility();
}

void GuidedStart::readCache()
{
    CacheReader* reader = m_sync ? m_sync->reader() : nullptr;
    if (!reader)
        return;
    reader->read<CacheFacts>(
        this, CacheReader::laneOf(this, "facts"),
        [](const CacheQuery& query) {
            CacheFacts facts;
            facts.productsWithoutCost = CostGapQuery(query).count(QString());
            facts.marketplaces = int(query.catalog().marketplaces().size());
            return facts;
        },
        [this](CacheFacts facts) { showCacheFacts(facts); });
}

void GuidedStart::showCacheFacts(const CacheFacts& facts)
{
    m_cacheKnown = facts.productsWithoutCost >= 0;
    m_marketplaces = facts.marketplaces;
    m_checklist->setProductsWithoutCost(facts.productsWithoutCost);
    updateVisibility();
}

void GuidedStart::readCurrency()
{
    const QString chosen = m_settings ? HomeCurrency::stored(*m_settings) : QString();
    m_checklist->setCurrencyChosen(!chosen.isEmpty(), chosen);
    updateVisibility();
}

void GuidedStart::updateVisibility()
{
    // The server's word on Amazon; while it cannot be asked (offline), the marketplaces downloaded
    // from Amazon say it was connected.
    m_checklist->setAmazonConnected(m_amazonAnswered ? m_amazonConnected : m_marketplaces > 0);
    const bool signedIn = m_session && m_session->state() == Session::State::SignedIn;
    const bool dismissed = m_settings && m_settings->value(dismissedKey()).toBool();
    bool completed = m_settings && m_settings->value(completedKey()).toBool();
    // Every step done, as far as real answers tell: hidden for good (the dashboard's own hint still
    // points at a product sold later without a cost).
    if (signedIn && m_cacheKnown && m_amazonAnswered && m_checklist->allDone() && m_settings && !completed) {
        m_settings->setValue(completedKey(), true);
        completed = true;
    }
    // Nothing is shown before the cache has answered: the list never flickers in and out at start.
    m_checklist->setVisible(signedIn && m_cacheKnown && !dismissed && !completed && !m_checklist->allDone());
}

void GuidedStart::dismiss()
{
    if (m_settings)
        m_settings->setValue(dismissedKey(), true);
    m_checklist->hide();
    qCInfo(lcUi) << "guided start dismissed";
}

} // namespace sp
