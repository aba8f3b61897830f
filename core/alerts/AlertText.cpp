#include "alerts/AlertText.h"

#include <QCoreApplication>
#include <QLocale>

namespace sp {

namespace {

QString tr(const char* text, int n = -1) { return QCoreApplication::translate("sp::AlertText", text, nullptr, n); }

QString str(const QJsonObject& facts, const char* key) { return facts.value(QLatin1String(key)).toString(); }
int num(const QJsonObject& facts, const char* key) { return facts.value(QLatin1String(key)).toInt(); }
// A figure with one decimal in the user's locale ("12.5", "12,5").
QString decimal(const QJsonObject& facts, const char* key)
{
    return QLocale().toString(facts.value(QLatin1String(key)).toDouble(), 'f', 1);
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
        return tr("%1 in %2 runs out in about %n day(s): %3 in stock, about %4 sold a day over the last 30 days.",
                  num(f, "days"))
            .arg(str(f, "sku"), str(f, "region").toUpper())
            .arg(num(f, "fulfillable"))
            .arg(decimal(f, "per_day"));
    case AlertRule::MarginDrop:
        return tr("The margin of %1 fell from %2 % to %3 % (%4 points) in the last 30 days against the 30 days "
                  "before.")
            .arg(str(f, "name"), decimal(f, "before"), decimal(f, "now"), decimal(f, "drop"));
    case AlertRule::RefundRate:
        return tr("%1: %2 refunds for %3 units sold in the last 30 days (%4 %).")
            .arg(str(f, "sku"))
            .arg(num(f, "refunds"))
            .arg(num(f, "units"))
            .arg(decimal(f, "rate"));
    case AlertRule::SyncFailing: {
        const QDateTime since = QDateTime::fromString(str(f, "since"), Qt::ISODate).toLocalTime();
        return tr("The sync has failed for %n hour(s); the last complete sync was on %1. Your figures may be out "
                  "of date: check the connection, or see the sync's error beside \"Data as of\".",
                  num(f, "hours"))
            .arg(QLocale().toString(since, QLocale::ShortFormat));
    }
    case AlertRule::AmazonConnection:
        if (str(f, "kind") == QLatin1String("revoked"))
            return tr("Your Amazon connection was revoked: no new data arrives until you connect again in "
                      "Settings > Amazon connection.");
        return tr("Your Amazon connection expires in about %n day(s), on %1: renew it in Settings > Amazon "
                  "connection.",
                  num(f, "days"))
            .arg(QLocale().toString(QDateTime::fromString(str(f, "expires_at"), Qt::ISODate).toLocalTime().date(),
                                    QLocale::ShortFormat));
    }
    return QString();
}

} // namespace sp
