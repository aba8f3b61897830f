#pragma once

#include "MessageBanner.h"

namespace sp {

class SyncController;

// A failed sync's banner (objectName "syncErrorBanner"): the controller's message, which says what happened and
// what to do, a Retry button (actionTriggered), and the failed request's request id under "Details". The status
// bar only says that the sync failed: it cannot hold the message at 1024 px.
class SyncErrorBanner : public MessageBanner
{
    Q_OBJECT
public:
    explicit SyncErrorBanner(QWidget* parent = nullptr);

    // Shown while `sync` is Failed for another reason than a full disk (which has its own banner); true then.
    bool follow(const SyncController* sync);
};

} // namespace sp
