#include "SyncErrorBanner.h"

#include "sync/SyncController.h"

namespace sp {

SyncErrorBanner::SyncErrorBanner(QWidget* parent)
    : MessageBanner(QStringLiteral("syncErrorBanner"), MessageBanner::Kind::Warning, parent)
{
    setActionText(tr("Retry"));
}

bool SyncErrorBanner::follow(const SyncController* sync)
{
    // Also when opening the cache failed (no syncFinished then).
    const bool failed = sync && sync->state() == SyncController::State::Failed && !sync->waitingForSpace();
    if (failed) {
        setText(sync->lastError());
        setDetails(sync->lastErrorDetails());
    }
    setVisible(failed);
    return failed;
}

} // namespace sp
