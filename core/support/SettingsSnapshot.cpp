#include "support/SettingsSnapshot.h"

#include <QSettings>
#include <QStringList>
#include <QUrl>

namespace sp {

namespace {

enum class Share { Value, Presence, ServerUrl };

struct AllowedKey
{
    const char* key;
    Share share;
};

// The allow-list. Never add an id, an email, a token or a path with a user name here: for such a
// key share its presence only.
constexpr AllowedKey kAllowed[] = {
    {"session/remembered", Share::Value},   {"session/server", Share::ServerUrl}, {"session/email", Share::Presence},
    {"session/accountId", Share::Presence}, {"ui/serverUrl", Share::ServerUrl},   {"ui/caFile", Share::Presence},
    {"sync/intervalMinutes", Share::Value}, {"log/level", Share::Value},
};

QString serverOnly(const QString& url)
{
    // Scheme, host and port: no user info, path, query or fragment.
    const QUrl parsed(url);
    return parsed.isValid()
               ? parsed.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                     .toString()
               : QStringLiteral("(invalid)");
}

} // namespace

QJsonObject SettingsSnapshot::take(const QSettings& settings)
{
    QJsonObject values;
    const QStringList keys = settings.allKeys();
    int omitted = 0;
    for (const QString& key : keys) {
        const AllowedKey* allowed = nullptr;
        for (const AllowedKey& candidate : kAllowed) {
            if (key == QLatin1String(candidate.key))
                allowed = &candidate;
        }
        if (!allowed) {
            ++omitted;
            continue;
        }
        const QVariant value = settings.value(key);
        switch (allowed->share) {
        case Share::Value: {
            // settings.ini gives every value back as text: show booleans and numbers as such.
            const QString text = value.toString();
            bool isNumber = false;
            const qint64 number = text.toLongLong(&isNumber);
            if (text == QLatin1String("true") || text == QLatin1String("false"))
                values.insert(key, text == QLatin1String("true"));
            else if (isNumber)
                values.insert(key, number);
            else
                values.insert(key, text);
            break;
        }
        case Share::Presence:
            values.insert(key, value.toString().isEmpty() ? QStringLiteral("(not set)") : QStringLiteral("(set)"));
            break;
        case Share::ServerUrl:
            values.insert(key, serverOnly(value.toString()));
            break;
        }
    }
    return QJsonObject{{QStringLiteral("values"), values}, {QStringLiteral("omitted_key_count"), omitted}};
}

} // namespace sp
