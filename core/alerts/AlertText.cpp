#include "alerts/AlertText.h"

#include <QCoreApplication>
#include <QLocale>

namespace sp {

namespace {

// No %n plurals: the source language has no translation file to give English its forms.
QString tr(const char* text) { return QCoreApplication::translate("sp::AlertText", text); }

QString str(const QJsonObject& facts, const char* key) { return facts.value(QLatin1String(key)).toString(); }
int num(const QJsonObject& facts, const char* key) { return facts.value(QLatin1String(key)).toInt(); }
// A figure with one decimal in the user's locale ("12.5", "12,5").
QString decimal(const QJsonObject& facts, const char* key)
{
    // Two decimals under one (0.03 a day, not 0.0), one above (12.5 points).
    const double value = facts.value(QLatin1String(key)).toDouble();
    return QLocale().toString(value, 'f', qAbs(value) < 1 ? 2 : 1);
}

const char* const kRules[] = {"stock-out", "margin-drop", "refund-rate", "sync-failing", "amazon-connection"};
const char* const kStates[] = {"new", "read", "snoozed", "dismissed"};

} // namespace

QString alertRuleName(AlertRule rule) { return QLatin1String(kRules[int(rule)]); }

bool alertRuleFromName(const QString& name, AlertRule* out)
{
    for (int i = 0; i < 5; ++i)
        if (name == QLatin1String(kRules[i])) {
            *out = AlertRule(i);
            return true;
        }
    return false;
}

QString alertStateName(Alert::State state) { return QLatin1String(kStates[int(state)]); }

bool alertStateFromName(const QString& name, Alert::State* out)
{
    for (int i = 0; i < 4; ++i)
        if (name == QLatin1String(kStates[i])) {
            *out = Alert::State(i);
            return true;
        }
    return false;
}

QString AlertText::ruleTitle(AlertRule rule)
{
    switch (rule) {
    case AlertRule::StockOut:
        return tr("Stock runs out");
    case AlertRule::MarginDrop:
        return tr("Margin dropped");
    case AlertRule::RefundRate:
        return tr("Many refunds");
    case AlertRule::SyncFailing:
        return tr("Sync failing");
    case AlertRule::AmazonConnection:
        return tr("Amazon connection");
    }
    return QString();
}

QString AlertText::subjectText(const Alert& alert)
{
    if (!alert.subject.isEmpty())
        return alert.subject;
    if (alert.rule == AlertRule::SyncFailing)
        return tr("Sync");
    return alert.rule == AlertRule::AmazonConnection ? tr("Amazon connection") : QString();
}

QString AlertText::notificationSummary(AlertRule rule)
{
    switch (rule) {
    case AlertRule::StockOut:
        return tr("SellerPulse: stock runs out soon");
    case AlertRule::MarginDrop:
        return tr("SellerPulse: a margin dropped");
    case AlertRule::RefundRate:
        return tr("SellerPulse: many refunds");
    case AlertRule::SyncFailing:
        return tr("SellerPulse: the sync keeps failing");
    case AlertRule::AmazonConnection:
        return tr("SellerPulse: check your Amazon connection");
    }
    return QString();
}

QString AlertText::describe(AlertRule rule, const QJsonObject& f)
{
    switch (rule) {
    case AlertRule::StockOut:
        if (num(f, "fulfillable") <= 0)
            return tr("%1 is out of stock in %2 (about %3 sold a day over the last 30 days).")
                .arg(str(f, "sku"), str(f, "region").toUpper(), decimal(f, "per_day"));
        if (num(f, "days") <= 1)
            return tr("%1 in %2 runs out within about a day: %3 in stock, about %4 sold a day over the last 30 days.")
                .arg(str(f, "sku"), str(f, "region").toUpper(), QLocale().toString(num(f, "fulfillable")),
                     decimal(f, "per_day"));
        return tr("%1 in %2 runs out in about %3 days: %4 in stock, about %5 sold a day over the last 30 days.")
            .arg(str(f, "sku"), str(f, "region").toUpper(), QLocale().toString(num(f, "days")),
                 QLocale().toString(num(f, "fulfillable")), decimal(f, "per_day"));
    case AlertRule::MarginDrop:
        return tr("The margin of %1 fell from %2 % to %3 % (%4 points) in the last 30 days against the 30 days "
                  "before.")
            .arg(str(f, "name"), decimal(f, "before"), decimal(f, "now"), decimal(f, "drop"));
    case AlertRule::RefundRate:
        return tr("%1: %4 % of the units sold in the last 30 days were refunded (%2 of %3).")
            .arg(str(f, "sku"))
            .arg(num(f, "refunds"))
            .arg(num(f, "units"))
            .arg(decimal(f, "rate"));
    case AlertRule::SyncFailing: {
        const QDateTime since = QDateTime::fromString(str(f, "since"), Qt::ISODate).toLocalTime();
        return tr("The sync has been failing for about %1 hours; the last complete sync was on %2. Your figures may "
                  "be out of date: check the connection, or see the sync's error beside \"Data as of\".")
            .arg(QLocale().toString(num(f, "hours")), QLocale().toString(since, QLocale::ShortFormat));
    }
    case AlertRule::AmazonConnection:
        if (str(f, "kind") == QLatin1String("revoked"))
            return tr("Your Amazon connection was revoked: no new data arrives until you connect again in "
                      "Settings > Amazon connection.");
        {
            const QString on = QLocale().toString(
                QDateTime::fromString(str(f, "expires_at"), Qt::ISODate).toLocalTime().date(), QLocale::ShortFormat);
            if (num(f, "days") <= 1)
                return tr("Your Amazon connection expires within a day, on %1: renew it in Settings > Amazon "
                          "connection.")
                    .arg(on);
            return tr("Your Amazon connection expires in about %1 days, on %2: renew it in Settings > Amazon "
                      "connection.")
                .arg(QLocale().toString(num(f, "days")), on);
        }
    }
    return QString();
}

} // namespace sp
