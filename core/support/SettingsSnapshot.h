#pragma once

#include <QJsonObject>

class QSettings;

namespace sp {

// The profile's settings for a support bundle: only keys on an allow-list (a new setting stays out
// until someone decides it is safe to share), and of those only what support needs. Everything
// else is only counted.
class SettingsSnapshot
{
public:
    static QJsonObject take(const QSettings& settings);
};

} // namespace sp
