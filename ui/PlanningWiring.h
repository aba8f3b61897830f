#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace sp {

class CacheReader;
class Clock;
class Session;
class SyncController;
class WhatIfPage;

// The main window's wiring of the pages that plan ahead (issue 18): the what-if. Kept out of
// MainWindow like SellerInputsWiring: it creates the pages and passes on the reader, the cache, the
// clock and the session, and reloads them after a sync.
class PlanningWiring : public QObject
{
    Q_OBJECT
public:
    explicit PlanningWiring(QWidget* pages);

    QWidget* whatIfPage() const;

    void setReader(CacheReader* reader);
    void setClock(const Clock* clock);
    void setSyncController(SyncController* controller); // the cache the pages write to; reloads after a sync
    void setSession(Session* session, bool online);

private:
    WhatIfPage* m_whatIf;
    QPointer<SyncController> m_sync;
};

} // namespace sp
