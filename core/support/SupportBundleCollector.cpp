#include "support/SupportBundleCollector.h"

#include "cache/CacheFiles.h"
#include "cache/CacheIntegrityCheck.h"
#include "cache/CacheKey.h"
#include "cache/CipherDatabase.h"
#include "log/FileLogging.h"
#include "log/LogRedactor.h"
#include "profile/Profile.h"
#include "support/CacheSummary.h"
#include "support/RuntimeVersions.h"
#include "support/SettingsSnapshot.h"
#include "support/SupportLog.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

namespace sp {

namespace {

QByteArray json(const QJsonObject& object) { return QJsonDocument(object).toJson(QJsonDocument::Indented); }

QString serverOnly(const QString& url)
{
    const QUrl parsed(url);
    return parsed.isValid() && !url.isEmpty()
               ? parsed.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                     .toString()
               : QString();
}

QJsonObject connectionState(const SupportContext& context, const QJsonObject& cache)
{
    QSet<QString> regions;
    QJsonArray marketplaces;
    for (const QJsonValue& value : cache.value(QStringLiteral("marketplaces")).toArray()) {
        const QJsonObject m = value.toObject();
        regions.insert(m.value(QStringLiteral("region")).toString());
        marketplaces.append(m.value(QStringLiteral("country_code")).toString());
    }
    QStringList regionList(regions.begin(), regions.end());
    regionList.sort();
    const QSettings& settings = context.profile->settings();
    // The server's last answer when this run has one; otherwise what the cache shows (marketplaces
    // with synced data mean a connection existed), e.g. for the windowless --support-bundle.
    QJsonObject amazon;
    if (!context.amazonConnected.isEmpty()) {
        amazon =
            QJsonObject{{QStringLiteral("source"), QStringLiteral("server")},
                        {QStringLiteral("connected"), context.amazonConnected},
                        {QStringLiteral("regions"),
                         context.amazonRegion.isEmpty() ? QJsonArray() : QJsonArray{context.amazonRegion}},
                        {QStringLiteral("marketplace_ids"), QJsonArray::fromStringList(context.amazonMarketplaceIds)},
                        {QStringLiteral("marketplaces_in_cache"), marketplaces}};
    } else {
        amazon = QJsonObject{{QStringLiteral("source"), QStringLiteral("cache")},
                             {QStringLiteral("connected"),
                              marketplaces.isEmpty() ? QStringLiteral("unknown") : QStringLiteral("yes (data synced)")},
                             {QStringLiteral("regions"), QJsonArray::fromStringList(regionList)},
                             {QStringLiteral("marketplaces"), marketplaces}};
    }
    return QJsonObject{
        {QStringLiteral("session"), context.sessionState},
        {QStringLiteral("remembered_session"), settings.value(QStringLiteral("session/remembered"), false).toBool()},
        {QStringLiteral("server"), serverOnly(context.serverUrl)},
        {QStringLiteral("amazon"), amazon},
    };
}

QString summaryText(const SupportContext& context, const QJsonObject& versions, const QJsonObject& cache,
                    const QString& cacheNote, const QJsonObject& connection, const QString& createdAt)
{
    QStringList lines;
    lines << QStringLiteral("SellerPulse support bundle, created %1").arg(createdAt);
    lines << RuntimeVersions::describe(versions);
    lines << QString();
    lines << QStringLiteral("Session: %1; server: %2")
                 .arg(context.sessionState, connection.value(QStringLiteral("server")).toString());
    if (context.previousRunEndedUnexpectedly)
        lines << QStringLiteral("The previous run ended unexpectedly.");
    const QJsonObject amazon = connection.value(QStringLiteral("amazon")).toObject();
    lines << QStringLiteral("Amazon connection: %1").arg(amazon.value(QStringLiteral("connected")).toString());
    lines << QString();
    if (!cacheNote.isEmpty())
        lines << QStringLiteral("Cache: %1").arg(cacheNote);
    const QString state = cache.value(QStringLiteral("state")).toString();
    if (!state.isEmpty() && state != QLatin1String("ok"))
        lines << QStringLiteral("Cache state: %1").arg(state.toUpper());
    for (const QJsonValue& problem :
         cache.value(QStringLiteral("integrity")).toObject().value(QStringLiteral("problems")).toArray())
        lines << QStringLiteral("  integrity: %1").arg(problem.toString());
    for (const QJsonValue& copy : cache.value(QStringLiteral("damaged_copies_set_aside")).toArray())
        lines << QStringLiteral("Damaged copy kept aside: %1 (%2 bytes)")
                     .arg(copy.toObject().value(QStringLiteral("name")).toString())
                     .arg(copy.toObject().value(QStringLiteral("bytes")).toInteger());
    if (cache.contains(QStringLiteral("tables"))) {
        lines << QStringLiteral("Cache schema version %1").arg(cache.value(QStringLiteral("schema_version")).toInt());
        const QJsonObject tables = cache.value(QStringLiteral("tables")).toObject();
        for (auto it = tables.begin(); it != tables.end(); ++it)
            lines << QStringLiteral("  %1: %2 rows")
                         .arg(it.key())
                         .arg(it.value().toObject().value(QStringLiteral("rows")).toInteger());
        QStringList markets;
        for (const QJsonValue& value : cache.value(QStringLiteral("marketplaces")).toArray())
            markets << value.toObject().value(QStringLiteral("country_code")).toString();
        lines << QStringLiteral("Marketplaces: %1").arg(markets.join(QStringLiteral(", ")));
        QStringList currencies;
        for (const QJsonValue& value : cache.value(QStringLiteral("currencies")).toArray())
            currencies << value.toString();
        lines << QStringLiteral("Currencies: %1").arg(currencies.join(QStringLiteral(", ")));
        for (const QJsonValue& value : cache.value(QStringLiteral("sync")).toArray()) {
            const QJsonObject s = value.toObject();
            lines << QStringLiteral("Sync %1: last %2%3")
                         .arg(s.value(QStringLiteral("resource")).toString(),
                              s.value(QStringLiteral("last_synced_at")).toString(),
                              s.contains(QStringLiteral("last_error"))
                                  ? QStringLiteral(", error: ") + s.value(QStringLiteral("last_error")).toString()
                                  : QString());
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

QByteArray SupportBundleCollector::recentLog(const QStringList& filesOldestFirst, qint64 maxBytes)
{
    // Newest files first until the budget is spent, then in time order.
    QList<QByteArray> parts;
    qint64 budget = maxBytes;
    for (auto it = filesOldestFirst.crbegin(); it != filesOldestFirst.crend() && budget > 0; ++it) {
        QFile file(*it);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const qint64 size = file.size();
        if (size > budget) {
            file.seek(size - budget);
            QByteArray tail = file.read(budget);
            const qsizetype firstBreak = tail.indexOf('\n');
            tail = firstBreak >= 0 ? tail.mid(firstBreak + 1) : QByteArray(); // whole lines only
            parts.prepend(tail);
            budget = 0;
        } else {
            parts.prepend(file.readAll());
            budget -= size;
        }
    }
    // Redacted again: a line written by an older version, or by hand, gets the same treatment.
    QByteArray out;
    for (const QByteArray& part : std::as_const(parts)) {
        const QList<QByteArray> lines = part.split('\n');
        for (const QByteArray& line : lines) {
            if (!line.isEmpty())
                out += LogRedactor::redact(QString::fromUtf8(line)).toUtf8() + '\n';
        }
    }
    return out;
}

SupportBundle SupportBundleCollector::assemble(const SupportContext& context, const QJsonObject& cacheSummary,
                                               const QString& cacheNote, const QString& createdAt)
{
    const QJsonObject versions = RuntimeVersions::collect();
    const QJsonObject connection = connectionState(context, cacheSummary);
    const QString logDir = FileLogging::logDir(context.profile->dir());

    SupportBundle bundle;
    bundle.add(QLatin1String(SupportBundle::kSummaryName),
               summaryText(context, versions, cacheSummary, cacheNote, connection, createdAt).toUtf8());
    bundle.add(QStringLiteral("versions.json"), json(versions));
    bundle.add(QStringLiteral("settings.json"), json(SettingsSnapshot::take(context.profile->settings())));
    bundle.add(QStringLiteral("connection.json"), json(connection));
    QJsonObject cache = cacheSummary;
    if (!cacheNote.isEmpty())
        cache.insert(QStringLiteral("note"), cacheNote);
    bundle.add(QStringLiteral("cache-summary.json"), json(cache));
    bundle.add(QStringLiteral("logs/sellerpulse.log"), recentLog(FileLogging::mainLogFiles(logDir), kRecentLogBytes));
    bundle.add(QStringLiteral("logs/requests.log"),
               recentLog(FileLogging::requestLogFiles(logDir), kRecentRequestLogBytes));

    // The profile's own identifiers are fine in its private log (keychain entry names carry them)
    // but not in a file that leaves the computer: the bundle names them by role only.
    const QSettings& settings = context.profile->settings();
    const QList<QPair<QString, QString>> known{
        {settings.value(QStringLiteral("session/accountId")).toString(), QStringLiteral("[ACCOUNT-ID]")},
        {context.profile->id(), QStringLiteral("[PROFILE-ID]")},
        {settings.value(QStringLiteral("session/email")).toString(), QStringLiteral("[EMAIL]")}};
    for (SupportBundle::File& file : bundle.files) {
        for (const auto& [value, role] : known) {
            if (value.size() >= 4)
                file.content.replace(value.toUtf8(), role.toUtf8());
        }
    }
    return bundle;
}

void SupportBundleCollector::collect(const SupportContext& context, QObject* receiver, Done done)
{
    const QString createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QPointer<QObject> guard(receiver);
    auto finish = [context, createdAt, guard, done](const QJsonObject& cache, const QString& note) {
        if (!guard)
            return;
        done(assemble(context, cache, note, createdAt));
    };

    const QString accountId = context.profile->settings().value(QStringLiteral("session/accountId")).toString();
    const QString dbPath =
        accountId.isEmpty() ? QString() : CacheFiles::databasePath(CacheFiles::accountDir(*context.profile, accountId));
    // Damaged copies set aside by a reset are reported whatever the current file's state.
    QJsonObject aside;
    if (!dbPath.isEmpty()) {
        const QString dir = QFileInfo(dbPath).absolutePath();
        QJsonArray copies;
        for (const QString& name : CacheFiles::damagedCopies(dir))
            copies.append(QJsonObject{{QStringLiteral("name"), name},
                                      {QStringLiteral("bytes"), QFileInfo(dir + QLatin1Char('/') + name).size()}});
        if (!copies.isEmpty())
            aside.insert(QStringLiteral("damaged_copies_set_aside"), copies);
    }
    auto withAside = [aside](QJsonObject cache) {
        for (auto it = aside.begin(); it != aside.end(); ++it)
            cache.insert(it.key(), it.value());
        return cache;
    };
    if (!context.secrets || dbPath.isEmpty() || !QFileInfo::exists(dbPath)) {
        const QString note = dbPath.isEmpty() || !QFileInfo::exists(dbPath)
                                 ? QStringLiteral("no offline cache on this computer")
                                 : QStringLiteral("not read");
        QTimer::singleShot(0, receiver, [finish, note, cache = withAside(QJsonObject())] { finish(cache, note); });
        return;
    }
    CacheKey::load(
        context.secrets, CacheKey::secretName(*context.profile, accountId), false, receiver,
        [finish, dbPath, withAside](CacheKey::Status status, const QByteArray& key, const QString& message) {
            if (status != CacheKey::Status::Ok) {
                qCInfo(lcSupport) << "support bundle without the cache's summary: no key";
                // QtKeychain 0.13 reads a locked keychain as "not found" (platform notes).
                finish(withAside(QJsonObject{
                           {QStringLiteral("state"), QStringLiteral("not read (keychain locked or key missing)")}}),
                       QStringLiteral("the cache key could not be read from the keychain (%1)")
                           .arg(LogRedactor::redact(message)));
                return;
            }
            CipherDatabase::OpenError openError = CipherDatabase::OpenError::None;
            QString openMessage;
            auto db = CipherDatabase::open(dbPath, key, CipherDatabase::Role::Reader, &openError, &openMessage);
            if (!db) {
                const bool unreadable = openError == CipherDatabase::OpenError::WrongKeyOrDamaged;
                finish(
                    withAside(QJsonObject{{QStringLiteral("state"),
                                           unreadable ? QStringLiteral("unreadable (damaged first page or wrong key)")
                                                      : QStringLiteral("not opened")}}),
                    QStringLiteral("the cache could not be opened (%1)").arg(LogRedactor::redact(openMessage)));
                return;
            }
            QJsonObject summary = CacheSummary::read(*db);
            // Every page read once: damage anywhere shows, not only in the pages the counts touched.
            const CacheIntegrityCheck::Result check = CacheIntegrityCheck::run(*db);
            db.reset();
            QJsonObject integrity{
                {QStringLiteral("checked"), check.outcome != CacheIntegrityCheck::Outcome::NotChecked},
                {QStringLiteral("problems"), QJsonArray::fromStringList(check.problems)}};
            const bool damaged = summary.value(QStringLiteral("damaged")).toBool()
                                 || check.outcome == CacheIntegrityCheck::Outcome::Damaged;
            summary.insert(QStringLiteral("integrity"), integrity);
            summary.insert(QStringLiteral("damaged"), damaged);
            summary.insert(QStringLiteral("state"), damaged ? QStringLiteral("damaged") : QStringLiteral("ok"));
            finish(withAside(summary), damaged ? QStringLiteral("the offline copy is damaged") : QString());
        });
}

} // namespace sp
