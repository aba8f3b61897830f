#pragma once

#include <QObject>
#include <QPointer>

class QListWidget;
class QSettings;
class QStackedWidget;
class QWidget;

namespace sp {

class AlertCenter;
class AlertNotifier;
class AlertsPage;
class CacheReader;
class Clock;
class SyncController;
class WhatIfPage;
struct AmazonConnection;

// The main window's wiring of the pages that plan ahead (issue 18): the alerts (their rules run after
// every sync, a notification when the window is in the background) and the what-if. Kept out of
// MainWindow like SellerInputsWiring: it creates the pages and passes on the reader, the cache, the
// clock, the settings and the session.
class PlanningWiring : public QObject
{
    Q_OBJECT
public:
    // `sidebar` names the pages of `pages` row by row (the alerts' row shows how many are new).
    PlanningWiring(QStackedWidget* pages, QListWidget* sidebar, QWidget* window);

    QWidget* alertsPage() const;
    QWidget* whatIfPage() const;

    void setReader(CacheReader* reader);
    void setClock(const Clock* clock);
    void setSettings(QSettings* settings); // the alert rules' settings (per profile)
    void setSyncController(SyncController* controller); // the cache the pages write to; after each sync
    // The Amazon connection as the settings page last heard it (the alerts' connection rule).
    void setAmazonConnection(const AmazonConnection& connection);

private:
    void showAlerts(); // the tray icon or a notification asks for them
    void showAlertCount(int newAlerts);

    AlertCenter* m_alerts;
    AlertsPage* m_alertsPage;
    AlertNotifier* m_notifier;
    WhatIfPage* m_whatIf;
    QStackedWidget* m_pages;
    QListWidget* m_sidebar;
    QWidget* m_window;
    QPointer<SyncController> m_sync;
    int m_amazonStatus = 0; // AmazonConnection::Status last heard
};

} // namespace sp
