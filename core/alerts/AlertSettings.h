#pragma once

class QSettings;

namespace sp {

// The seller's alert rules: each on or off, with its threshold. Kept in the profile's settings
// ("alerts/..."): none of it is secret. The defaults are what a new profile starts with.
struct AlertSettings
{
    bool stockOutOn = true;
    int stockOutDays = 14; // "runs out in about N days" at the last 30 days' pace
    bool marginDropOn = true;
    int marginDropPoints = 10; // last 30 days against the 30 before, in percentage points
    bool refundRateOn = true;
    int refundRatePercent = 10; // refunds per unit sold, last 30 days
    bool syncFailingOn = true;
    int syncFailingHours = 24;      // since the last complete sync, while the sync fails
    bool amazonConnectionOn = true; // revoked, or expiring within kAmazonExpiryDays
    bool trayIcon = true;           // the notification area's icon (and its messages off Linux)

    static constexpr int kAmazonExpiryDays = 7;
    // Bounds the settings page offers and load() enforces.
    static constexpr int kMaxDays = 365, kMaxPoints = 100, kMaxPercent = 100, kMaxHours = 24 * 30;

    static AlertSettings load(const QSettings& settings);
    void save(QSettings& settings) const;
    bool operator==(const AlertSettings& o) const;
};

} // namespace sp
