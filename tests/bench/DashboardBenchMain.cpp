// bench_dashboard: the dashboard benchmark of issue 4. Prints
//   BENCH dashboard.over_scan <ratio> ratio
// the time of one dashboard refresh for the last 12 months (DashboardQuery::load, all marketplaces)
// over the time of one full scan of the order-items table (SELECT count(*) FROM order_items), both
// measured side by side in this run on the same encrypted cache (median of several alternating runs).
//
// The cache (default 1,000,000 orders) is made once by a real sync from the sandbox into
// DIR/profile and reused while DIR/cache.json names it and its schema is current:
//   bench_dashboard --dir DIR [--orders 1000000] [--prepare-only]
// DIR/cache.json: {"database": path of the SQLCipher file, "key_file": DIR/cache.key (the 32-byte
// key as 64 hex digits, 0600; a benchmark's throw-away key, not a user's), "account_id", "orders"}.
// --prepare-only makes (or checks) the cache and prints its database path, nothing else.
#include "SandboxProcess.h"

#include "api/ApiClient.h"
#include "auth/Session.h"
#include "cache/CacheFiles.h"
#include "cache/CacheFormatMigration.h"
#include "cache/CacheKey.h"
#include "cache/CacheQuery.h"
#include "cache/CacheSchema.h"
#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"
#include "cache/SecureBytes.h"
#include "common/Clock.h"
#include "profile/Profile.h"
#include "reports/DashboardQuery.h"
#include "reports/ReportPeriods.h"
#include "cache/summary/SalesSummary.h"
#include "secrets/InMemorySecretStore.h"
#include "sync/SyncController.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

namespace {

const char* const kName = "dashboard.over_scan";

int fail(const QString& reason)
{
    std::printf("BENCH %s FAILED %s\n", kName, qPrintable(reason));
    std::fflush(stdout);
    return 1;
}

struct CacheInfo
{
    QString database;
    QByteArray keyHex;
    int orders = 0;
};

std::optional<CacheInfo> readInfo(const QString& dir)
{
    QFile file(dir + QStringLiteral("/cache.json"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    QFile keyFile(o.value(QStringLiteral("key_file")).toString());
    if (!keyFile.open(QIODevice::ReadOnly))
        return std::nullopt;
    CacheInfo info{o.value(QStringLiteral("database")).toString(), keyFile.readAll().trimmed(),
                   o.value(QStringLiteral("orders")).toInt()};
    if (!QFile::exists(info.database) || info.keyHex.size() != 64)
        return std::nullopt;
    return info;
}

std::unique_ptr<sp::CipherDatabase> openCache(const CacheInfo& info, QString* message)
{
    sp::CipherDatabase::OpenError error;
    const sp::SecureBytes key = sp::SecureBytes::fromHex(info.keyHex);
    return sp::CipherDatabase::open(info.database, key.toByteArray(), sp::CipherDatabase::Role::Reader, &error,
                                    message);
}

bool writePrivate(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(data);
    return file.commit();
}

// A full sync from a sandbox with `orders` orders into DIR/profile; writes DIR/cache.json and DIR/cache.key.
bool makeCache(const QString& dir, int orders, QString* error)
{
    QDir(dir).removeRecursively();
    if (!QDir().mkpath(dir + QStringLiteral("/profile"))) {
        *error = QStringLiteral("cannot create ") + dir;
        return false;
    }
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    sp::test::SandboxProcess sandbox;
    sp::test::SandboxProcess::Options options;
    options.demoOrders = orders;
    options.seed = 5;
    options.bcryptCost = 4;
    if (!sandbox.start(options, error))
        return false;
    auto profile = sp::Profile::open(dir + QStringLiteral("/profile"), error);
    if (!profile)
        return false;
    QNetworkAccessManager nam;
    sp::Clock clock;
    sp::InMemorySecretStore secrets;
    sp::ApiClient api(&nam, sp::ServerConfig{sandbox.url(), sandbox.sslConfiguration().caCertificates(), 60000});
    sp::Session session(&api, &secrets, &*profile, &clock);
    sp::SyncController sync(&session, &secrets, &*profile, &clock);
    sync.setIntervalMinutes(0);
    {
        QEventLoop loop;
        bool ok = false;
        QObject::connect(&session, &sp::Session::signedIn, &loop, [&] {
            ok = true;
            loop.quit();
        });
        QObject::connect(&session, &sp::Session::signInFailed, &loop, [&](const sp::ApiError& e) {
            *error = e.userMessage();
            loop.quit();
        });
        session.signIn(sandbox.demoEmail(), sandbox.demoPassword());
        loop.exec();
        if (!ok)
            return false;
    }
    QElapsedTimer timer;
    timer.start();
    {
        QEventLoop loop;
        bool ok = false;
        QObject::connect(&sync, &sp::SyncController::syncFinished, &loop, [&](bool done, const QString& message) {
            ok = done;
            *error = message;
            loop.quit();
        });
        QObject::connect(&sync, &sp::SyncController::stateChanged, &loop, [&](sp::SyncController::State s) {
            if (s == sp::SyncController::State::Failed || s == sp::SyncController::State::CacheUnreadable) {
                *error = sync.lastError();
                loop.quit();
            }
        });
        sync.open();
        loop.exec();
        if (!ok)
            return false;
    }
    std::fprintf(stderr, "bench: synced %d orders into the dashboard cache in %lld s\n", orders,
                 static_cast<long long>(timer.elapsed() / 1000));
    const QString accountId = session.account().id;
    QByteArray keyHex;
    {
        QEventLoop loop;
        QObject context;
        secrets.read(sp::CacheKey::secretName(*profile, accountId), &context, [&](const sp::SecretResult& r) {
            keyHex = r.value;
            loop.quit();
        });
        loop.exec();
    }
    const QString database = sp::CacheFiles::databasePath(sp::CacheFiles::accountDir(*profile, accountId));
    const QString keyFile = dir + QStringLiteral("/cache.key");
    const QJsonObject info{{QStringLiteral("database"), database},
                           {QStringLiteral("key_file"), keyFile},
                           {QStringLiteral("account_id"), accountId},
                           {QStringLiteral("orders"), orders}};
    if (keyHex.size() != 64 || !writePrivate(keyFile, keyHex)
        || !writePrivate(dir + QStringLiteral("/cache.json"), QJsonDocument(info).toJson())) {
        *error = QStringLiteral("cannot record the cache's key and path");
        return false;
    }
    return true;
}

qint64 median(std::vector<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("folder of the reusable cache"),
                                       QStringLiteral("DIR"));
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QStringLiteral("orders in the cache"),
                                          QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption prepareOption(QStringLiteral("prepare-only"), QStringLiteral("only make the cache"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("alternating measurements"),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption rebuildOption(
        QStringLiteral("time-rebuild"), QStringLiteral("also time a rebuild of every day's summaries (rolled back)"));
    parser.addOptions({dirOption, ordersOption, prepareOption, runsOption, rebuildOption});
    parser.process(app);
    const QString dir = QDir(parser.value(dirOption)).absolutePath();
    const int orders = parser.value(ordersOption).toInt();
    if (!parser.isSet(dirOption) || orders <= 0)
        return fail(QStringLiteral("usage: bench_dashboard --dir DIR [--orders N]"));
    if (qEnvironmentVariableIsEmpty("SP_SANDBOX_BIN"))
        qputenv("SP_SANDBOX_BIN",
                QFile::encodeName(QCoreApplication::applicationDirPath() + QStringLiteral("/sellerpulse-sandbox")));

    // Reuse the cache when it is there, has the orders asked for and the current schema.
    std::optional<CacheInfo> info = readInfo(dir);
    QString message;
    if (info && info->orders == orders) {
        // A cache of SQLCipher 3 is converted first, as the app's writer would (said once, with its time).
        QElapsedTimer conversion;
        conversion.start();
        if (sp::CacheFormatMigration::run(info->database, sp::SecureBytes::fromHex(info->keyHex).toByteArray(),
                                          &message)
            == sp::CacheFormatMigration::Outcome::Migrated)
            std::fprintf(stderr, "bench: converted the SQLCipher 3 cache of %d orders to SQLCipher 4 in %lld ms\n",
                         orders, static_cast<long long>(conversion.elapsed()));
        // An older schema is migrated (and its summaries brought up to date) as the app would.
        sp::CipherDatabase::OpenError openError;
        auto db = sp::CipherDatabase::open(info->database, sp::SecureBytes::fromHex(info->keyHex).toByteArray(),
                                           sp::CipherDatabase::Role::Writer, &openError, &message);
        const int before = db ? db->userVersion() : -1;
        QElapsedTimer migration;
        migration.start();
        const bool migrated = db && sp::CacheSchema::migrate(*db, &message) == sp::CacheSchema::Result::Ok;
        if (migrated && before >= 0 && before < sp::CacheSchema::kCurrentVersion)
            std::fprintf(stderr, "bench: migrated the cache of %d orders from schema %d to %d in %lld ms\n", orders,
                         before, sp::CacheSchema::kCurrentVersion, static_cast<long long>(migration.elapsed()));
        if (!migrated || !sp::SalesSummary::refresh(*db, &message)
            || db->userVersion() != sp::CacheSchema::kCurrentVersion) {
            std::fprintf(stderr, "bench: the cache is not reusable (%s)\n", qPrintable(message));
            info.reset();
        }
    } else {
        info.reset();
    }
    if (!info) {
        std::fprintf(stderr, "bench: making the dashboard cache (%d orders, once; this takes minutes) in %s\n", orders,
                     qPrintable(dir));
        if (!makeCache(dir, orders, &message))
            return fail(QStringLiteral("making the cache failed: ") + message);
        info = readInfo(dir);
        if (!info)
            return fail(QStringLiteral("the cache made has no readable cache.json"));
    }
    if (parser.isSet(prepareOption)) {
        std::printf("%s\n", qPrintable(info->database));
        return 0;
    }

    if (parser.isSet(rebuildOption)) {
        // What a first sync's end costs: every day's summaries, in a transaction that is rolled back.
        sp::CipherDatabase::OpenError openError;
        auto writer = sp::CipherDatabase::open(info->database, sp::SecureBytes::fromHex(info->keyHex).toByteArray(),
                                               sp::CipherDatabase::Role::Writer, &openError, &message);
        QElapsedTimer timer;
        timer.start();
        const bool ok = writer && writer->begin()
                        && writer->exec("INSERT OR IGNORE INTO summary_dirty_from (day) VALUES ('0000-01-01')")
                        && sp::SalesSummary::rebuildDirty(*writer, &message);
        std::fprintf(stderr, "bench: rebuilding every day's summaries %s in %lld ms\n",
                     ok ? "worked" : qPrintable(message), static_cast<long long>(timer.elapsed()));
        if (writer)
            writer->rollback();
    }

    auto reader = openCache(*info, &message);
    if (!reader)
        return fail(QStringLiteral("cannot open the cache: ") + message);
    // The dashboard reads through the app's read connection (a CacheQuery's); the scan uses it too.
    const sp::CacheQuery cache(std::move(reader));
    sp::CipherDatabase* db = &sp::ReadConnection::of(cache);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const sp::DashboardFilter filter{sp::periodFor(sp::RangePreset::Last12Months, today), {}};
    sp::DashboardQuery query(cache);
    // One untimed round of each first, so neither pays for a cold start alone.
    const qint64 items = db->scalar("SELECT count(*) FROM order_items");
    (void)query.load(filter, today);
    if (!query.lastError().isEmpty())
        return fail(query.lastError());
    std::vector<qint64> scans, dashboards;
    const int runs = std::max(1, parser.value(runsOption).toInt());
    qint64 checksum = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        checksum += db->scalar("SELECT count(*) FROM order_items");
        scans.push_back(timer.nsecsElapsed());
        timer.restart();
        const sp::DashboardData data = query.load(filter, today);
        dashboards.push_back(timer.nsecsElapsed());
        checksum += data.current.size();
    }
    const double ratio = double(median(dashboards)) / double(std::max<qint64>(1, median(scans)));
    std::fprintf(stderr, "bench: %lld order items; scan %.1f ms, dashboard %.1f ms (medians of %d; checksum %lld)\n",
                 static_cast<long long>(items), double(median(scans)) / 1e6, double(median(dashboards)) / 1e6, runs,
                 static_cast<long long>(checksum));
    std::printf("BENCH %s %.4f ratio\n", kName, ratio);
    std::fflush(stdout);
    return 0; // the goal (at most 0.25) is judged by the reader of the figure, as for the other figures
}
