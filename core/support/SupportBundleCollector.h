#pragma once

#include "support/SupportBundle.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

namespace sp {

class Profile;
class SecretStore;

// What the app knows about its own state when a bundle is made (nothing secret).
struct SupportContext
{
    Profile* profile = nullptr;
    SecretStore* secrets = nullptr; // reads the cache key to summarize the cache; null: no cache summary
    QString sessionState;           // e.g. "SignedIn", "SignedOut", "not started (command line)"
    QString serverUrl;              // the server in use, if any
    bool previousRunEndedUnexpectedly = false;
    // The Amazon connection as the server last reported it (empty: not known in this run, then the
    // bundle says what the cache shows). Never the selling partner id.
    QString amazonConnected; // "yes", "no", "pending", "revoked"
    QString amazonRegion;
    QStringList amazonMarketplaceIds;
};

// Gathers a support bundle: versions, allow-listed settings, the recent log and request log (redacted
// once more), the cache's summary (read with its own read connection and the key from the keychain,
// without a network), the connection state and a readable summary. The texts inside are for support
// staff and stay in English on purpose (one language to search in).
class SupportBundleCollector
{
public:
    static constexpr qint64 kRecentLogBytes = 512 * 1024;
    static constexpr qint64 kRecentRequestLogBytes = 256 * 1024;

    using Done = std::function<void(const SupportBundle& bundle)>;
    // Calls `done` once, on `context`'s thread (never synchronously).
    static void collect(const SupportContext& context, QObject* receiver, Done done);

    // The parts, public for tests.
    static QByteArray recentLog(const QStringList& filesOldestFirst, qint64 maxBytes);
    static SupportBundle assemble(const SupportContext& context, const QJsonObject& cacheSummary,
                                  const QString& cacheNote, const QString& createdAt);
};

} // namespace sp
