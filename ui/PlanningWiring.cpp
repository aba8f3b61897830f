#include "PlanningWiring.h"

#include "AlertNotifier.h"
#include "AlertsPage.h"
#include "WhatIfPage.h"
#include "alerts/AlertCenter.h"
#include "amazon/AmazonConnection.h"
#include "sync/SyncController.h"

#include <QListWidget>
#include <QStackedWidget>
#include <QWidget>

namespace sp {

PlanningWiring::PlanningWiring(QStackedWidget* pages, QListWidget* sidebar, QWidget* window)
    : QObject(pages)
    , m_alerts(new AlertCenter(nullptr, nullptr, this))
    , m_alertsPage(new AlertsPage(pages))
    , m_notifier(new AlertNotifier(m_alerts, this))
    , m_whatIf(new WhatIfPage(pages))
    , m_pages(pages)
    , m_sidebar(sidebar)
    , m_window(window)
{
    m_alertsPage->setAlertCenter(m_alerts);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // "Alerts (12)" may end in "…", never scroll
    m_notifier->setWindow(window); // notifications only while the seller looks elsewhere
    connect(m_notifier, &AlertNotifier::openAlertsRequested, this, &PlanningWiring::showAlerts);
    connect(m_alertsPage, &AlertsPage::newCountChanged, this, &PlanningWiring::showAlertCount);
}

void PlanningWiring::showAlerts()
{
    m_window->showNormal(); // from the tray or a notification: the window comes forward on the alerts
    m_window->activateWindow();
    m_sidebar->setCurrentRow(m_pages->indexOf(m_alertsPage));
}

void PlanningWiring::showAlertCount(int newAlerts)
{
    QListWidgetItem* item = m_sidebar->item(m_pages->indexOf(m_alertsPage));
    if (!item)
        return;
    item->setText(newAlerts > 0 ? tr("Alerts (%1)").arg(newAlerts) : tr("Alerts"));
    QFont font = item->font();
    font.setBold(newAlerts > 0);
    item->setFont(font);
}

QWidget* PlanningWiring::alertsPage() const { return m_alertsPage; }

QWidget* PlanningWiring::whatIfPage() const { return m_whatIf; }

void PlanningWiring::setReader(CacheReader* reader) { m_whatIf->setReader(reader); }

void PlanningWiring::setClock(const Clock* clock)
{
    m_alerts->setClock(clock);
    m_whatIf->setClock(clock);
}

void PlanningWiring::setSettings(QSettings* settings) { m_alerts->setSettingsStore(settings); }

void PlanningWiring::setSyncController(SyncController* controller)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = controller;
    AccountCache* cache = controller ? controller->cache() : nullptr;
    m_alerts->setCache(cache);
    m_whatIf->setCache(cache); // scenarios are saved in the cache
    if (!controller)
        return;
    connect(controller, &SyncController::dataChanged, this, [this] { m_whatIf->scheduleReload(); });
    // The alert rules after every sync, ended well or not (a failing sync is a rule of its own).
    connect(controller, &SyncController::syncFinished, this, [this] {
        if (m_sync)
            m_alerts->evaluate(m_sync->cache());
    });
}

void PlanningWiring::setAmazonConnection(const AmazonConnection& connection)
{
    m_alerts->setAmazonConnection(connection);
    // A revoked connection is news now, not at the next sync's end.
    const int status = int(connection.status);
    if (status != m_amazonStatus && m_sync && connection.status != AmazonConnection::Status::Unknown)
        m_alerts->evaluate(m_sync->cache());
    m_amazonStatus = status;
}

} // namespace sp
