#pragma once

#include "common/Clock.h"

#include <QObject>
#include <QPointer>

class QSettings;

namespace sp {

class AmazonConnectionClient;
class GuidedStartChecklist;
class MainWindow;
class Session;
class SyncController;

// Runs the guided start (issue 16) for a main window: puts the checklist on top of the dashboard,
// tells it what is done from real data (the server's Amazon connection, or the downloaded
// marketplaces while it cannot be asked; the cache's products sold without a unit cost; an explicit
// home-currency choice in the profile's settings) and takes its buttons to the place where each
// step is done. Shown while signed in, until dismissed or until every step is done; both are
// remembered in the profile's settings (keys under "guide/": flags only, nothing secret).
class GuidedStart : public QObject
{
    Q_OBJECT
public:
    explicit GuidedStart(MainWindow* window, QObject* parent = nullptr);

    static QString dismissedKey(); // "guide/dismissed"
    static QString completedKey(); // "guide/completed"

    void setSettings(QSettings* settings); // the profile's; not owned
    void setSession(Session* session);
    void setSyncController(SyncController* controller);
    GuidedStartChecklist* checklist() const { return m_checklist; }
    bool amazonAnswered() const { return m_amazonAnswered; } // the server said (else the cache's marketplaces)
    bool cacheRead() const { return m_cacheKnown; }
    // Reads every state again (the dashboard was shown, a sync ended, a setting changed).
    void refresh();

private:
    struct CacheFacts
    {
        int productsWithoutCost = -1; // -1: the read failed
        int marketplaces = 0;
    };
    void readCache();
    void followSections(); // the settings and products pages' signals, once they are built
    void showCacheFacts(const CacheFacts& facts);
    void readCurrency();
    void updateVisibility();
    void dismiss();

    MainWindow* m_window;
    GuidedStartChecklist* m_checklist;
    QPointer<QSettings> m_settings;
    QPointer<Session> m_session;
    QPointer<SyncController> m_sync;
    QPointer<AmazonConnectionClient> m_amazon;
    Clock m_clock;
    bool m_cacheKnown = false;     // the cache's facts have been read once
    bool m_amazonAnswered = false; // the server said whether Amazon is connected
    bool m_amazonConnected = false;
    int m_marketplaces = 0;
};

} // namespace sp
