#pragma once

#include "alerts/AlertSettings.h"
#include "alerts/AlertTypes.h"
#include "amazon/AmazonConnection.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sp {

class CacheQuery;
class CipherDatabase;

// What the rules need besides the cache: the seller's settings, the time (the injected Clock's),
// and the Amazon connection as the server last reported it.
struct AlertInputs
{
    AlertSettings settings;
    QDateTime now;
    AmazonConnection amazon;
};

// The causes that hold now, read from the cache's summary tables (never the orders): runs on the
// cache reader's thread after each sync (AlertCenter). ok false: a read failed, and nothing may be
// concluded from the causes (a cause missing for a failed read must not clear its alert).
struct AlertEvaluation
{
    QList<AlertCause> causes;
    // Rules that could not judge this time (the Amazon connection's state is not known yet, e.g. before
    // the server answered after a start): their alerts stay as they are, so nothing re-arms and fires twice.
    QStringList unjudged;
    bool ok = true;
    QString error;
    qint64 ms = 0; // alerts.evaluate_ms
};

// The rules (docs/alerts.md):
// - stock out: per SKU and region, fulfillable / (units sold in the last 30 days / 30) <= N days;
// - margin drop: per SKU (and currency) and per marketplace, the margin of the last 30 days is more
//   than X points under the 30 days before (each period with at least kMinUnits units);
// - refund rate: per SKU, refunds / units sold in the last 30 days above Y % (at least kMinUnits units);
// - sync failing: a resource's last sync ended in an error and the last complete sync is more than
//   Z hours ago;
// - Amazon connection: revoked, or its authorization (a year from connected_at) ends within 7 days.
class AlertEvaluator
{
public:
    static constexpr int kWindowDays = 30;
    static constexpr int kMinUnits = 5;
    static constexpr int kAmazonAuthorizationDays = 365;

    static AlertEvaluation evaluate(const CacheQuery& query, const AlertInputs& inputs);
    static AlertEvaluation evaluate(CipherDatabase& db, const AlertInputs& inputs);
    // The alerts the list shows at `now`: not cleared, not dismissed, not snoozed past now; newest first.
    static QList<Alert> shown(const CacheQuery& query, const QDateTime& now, QString* error);
};

} // namespace sp
