#include "alerts/AlertSettings.h"

#include <QSettings>

#include <algorithm>

namespace sp {

namespace {

int bounded(const QSettings& s, const char* key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = s.value(QLatin1String(key), fallback).toInt(&ok);
    return ok ? std::clamp(value, low, high) : fallback;
}

bool flag(const QSettings& s, const char* key, bool fallback) { return s.value(QLatin1String(key), fallback).toBool(); }

} // namespace

AlertSettings AlertSettings::load(const QSettings& s)
{
    AlertSettings a;
    a.stockOutOn = flag(s, "alerts/stockOut", a.stockOutOn);
    a.stockOutDays = bounded(s, "alerts/stockOutDays", a.stockOutDays, 1, kMaxDays);
    a.marginDropOn = flag(s, "alerts/marginDrop", a.marginDropOn);
    a.marginDropPoints = bounded(s, "alerts/marginDropPoints", a.marginDropPoints, 1, kMaxPoints);
    a.refundRateOn = flag(s, "alerts/refundRate", a.refundRateOn);
    a.refundRatePercent = bounded(s, "alerts/refundRatePercent", a.refundRatePercent, 1, kMaxPercent);
    a.syncFailingOn = flag(s, "alerts/syncFailing", a.syncFailingOn);
    a.syncFailingHours = bounded(s, "alerts/syncFailingHours", a.syncFailingHours, 1, kMaxHours);
    a.amazonConnectionOn = flag(s, "alerts/amazonConnection", a.amazonConnectionOn);
    a.trayIcon = flag(s, "alerts/trayIcon", a.trayIcon);
    return a;
}

void AlertSettings::save(QSettings& s) const
{
    s.setValue(QStringLiteral("alerts/stockOut"), stockOutOn);
    s.setValue(QStringLiteral("alerts/stockOutDays"), stockOutDays);
    s.setValue(QStringLiteral("alerts/marginDrop"), marginDropOn);
    s.setValue(QStringLiteral("alerts/marginDropPoints"), marginDropPoints);
    s.setValue(QStringLiteral("alerts/refundRate"), refundRateOn);
    s.setValue(QStringLiteral("alerts/refundRatePercent"), refundRatePercent);
    s.setValue(QStringLiteral("alerts/syncFailing"), syncFailingOn);
    s.setValue(QStringLiteral("alerts/syncFailingHours"), syncFailingHours);
    s.setValue(QStringLiteral("alerts/amazonConnection"), amazonConnectionOn);
    s.setValue(QStringLiteral("alerts/trayIcon"), trayIcon);
}

bool AlertSettings::operator==(const AlertSettings& o) const
{
    return stockOutOn == o.stockOutOn && stockOutDays == o.stockOutDays && marginDropOn == o.marginDropOn
           && marginDropPoints == o.marginDropPoints && refundRateOn == o.refundRateOn
           && refundRatePercent == o.refundRatePercent && syncFailingOn == o.syncFailingOn
           && syncFailingHours == o.syncFailingHours && amazonConnectionOn == o.amazonConnectionOn
           && trayIcon == o.trayIcon;
}

} // namespace sp
