#pragma once

#include "alerts/AlertTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sp {

class CipherDatabase;

// The alerts' states in the cache (`alerts`, one row per cause key), written on the cache writer's
// thread inside its transaction (CacheWriter::writeInTransaction). The rule that no alert fires twice:
// - a cause seen for the first time is raised (state new);
// - a cause that still holds is never raised again, whatever its state (read, snoozed, dismissed);
//   only its figures are brought up to date;
// - a cause no longer found is cleared (cleared_at) and re-arms: found again later, it is raised again
//   as a new alert.
class AlertStore
{
public:
    // Records `causes` (all that hold now) at `now`; `raised` gets the alerts raised by this call. The
    // causes of the rules named in `unjudged` (AlertEvaluation::unjudged: nothing known this time) are
    // left as they are: neither cleared nor raised.
    static bool apply(CipherDatabase& db, const QList<AlertCause>& causes, const QStringList& unjudged,
                      const QDateTime& now, QList<Alert>* raised, QString* error);
    // The seller's Read, Snooze (until `until`) or Dismiss of an alert.
    static bool setState(CipherDatabase& db, const QString& key, Alert::State state, const QDateTime& until,
                         QString* error);
};

} // namespace sp
