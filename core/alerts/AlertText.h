#pragma once

#include "alerts/AlertTypes.h"

#include <QString>

namespace sp {

// What an alert says, in plain words and translated ("sp::AlertText"): the rule's title and what
// happened, made from the facts the evaluator stored. Also the operating-system notification's
// text, which carries no secret (no token, no password, no money amount).
class AlertText
{
public:
    static QString ruleTitle(AlertRule rule);
    // What the alert is about: its subject (a SKU, a marketplace), or for the rules without one (the
    // sync, the Amazon connection) their name, translated when shown rather than when stored.
    static QString subjectText(const Alert& alert);
    static QString describe(AlertRule rule, const QJsonObject& facts);
    static QString describe(const Alert& alert) { return describe(alert.rule, alert.facts); }
    // The notification's one-line summary ("SellerPulse: Stock runs out soon").
    static QString notificationSummary(AlertRule rule);
};

} // namespace sp
