#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace sp {

// Issue 18 part 2: the rules an alert comes from.
enum class AlertRule { StockOut, MarginDrop, RefundRate, SyncFailing, AmazonConnection };

// A cause that holds now: what the evaluator found. `key` names the rule and its subject
// ("stock-out|SKU|region"); one key is one alert, raised once while the cause holds (AlertStore).
struct AlertCause
{
    QString key;
    AlertRule rule = AlertRule::StockOut;
    QString subject;   // what it is about, as the seller reads it (a SKU, a marketplace); never a secret
    QJsonObject facts; // the figures its plain-words text is made of (AlertText)
};

// An alert as the cache keeps it (the `alerts` table).
struct Alert
{
    enum class State { New, Read, Snoozed, Dismissed };
    QString key;
    AlertRule rule = AlertRule::StockOut;
    QString subject;
    QJsonObject facts;
    QDateTime raisedAt;
    State state = State::New;
    QDateTime snoozedUntil; // valid while Snoozed
};

// The names stored in the cache ("stock-out", ...), and back; false for an unknown name.
QString alertRuleName(AlertRule rule);
bool alertRuleFromName(const QString& name, AlertRule* out);
QString alertStateName(Alert::State state);
bool alertStateFromName(const QString& name, Alert::State* out);

} // namespace sp

Q_DECLARE_METATYPE(sp::Alert)
