#include "PlanningWiring.h"

#include "WhatIfPage.h"
#include "sync/SyncController.h"

#include <QWidget>

namespace sp {

PlanningWiring::PlanningWiring(QWidget* pages)
    : QObject(pages)
    , m_whatIf(new WhatIfPage(pages))
{}

QWidget* PlanningWiring::whatIfPage() const { return m_whatIf; }

void PlanningWiring::setReader(CacheReader* reader) { m_whatIf->setReader(reader); }

void PlanningWiring::setClock(const Clock* clock) { m_whatIf->setClock(clock); }

void PlanningWiring::setSyncController(SyncController* controller)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = controller;
    m_whatIf->setCache(controller ? controller->cache() : nullptr); // scenarios are saved in the cache
    if (controller)
        connect(controller, &SyncController::dataChanged, this, [this] { m_whatIf->scheduleReload(); });
}

void PlanningWiring::setSession(Session* session, bool online)
{
    Q_UNUSED(session);
    Q_UNUSED(online);
}

} // namespace sp
