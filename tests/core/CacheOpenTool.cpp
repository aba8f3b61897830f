// sp_core_cache_open_tool: one start of the app's core for TestCacheKeychainLocked (a new process
// each time, so that it meets the keyring daemon that runs now, as a restarted app would).
//   sp_core_cache_open_tool --profile DIR open|reset
// Restores the remembered account (no server is needed), opens its cache, and with "reset" asks
// for a reset once the open has settled. Prints "STATE <state>", "MESSAGE <text>", "ORDERS <n>"
// (when open) and "KEYHASH <sha256 of the stored key>" (never the key).
#include "api/ApiClient.h"
#include "auth/Session.h"
#include "cache/CacheKey.h"
#include "cache/CacheQuery.h"
#include "common/Clock.h"
#include "profile/Profile.h"
#include "secrets/QtKeychainSecretStore.h"
#include "sync/SyncController.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption profileDir(QStringLiteral("profile"), QStringLiteral("profile"), QStringLiteral("DIR"));
    parser.addOption(profileDir);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("open or reset"));
    parser.process(app);
    const bool reset = parser.positionalArguments().value(0) == QLatin1String("reset");

    QString error;
    auto profile = sp::Profile::open(parser.value(profileDir), &error);
    if (!profile) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    sp::ServerConfig config;
    config.baseUrl = QUrl(profile->settings().value(QStringLiteral("session/server")).toString());
    config.transferTimeoutMs = 2000;
    QNetworkAccessManager nam;
    sp::Clock clock;
    sp::QtKeychainSecretStore keychain(QStringLiteral("SellerPulse-tests"));
    sp::ApiClient api(&nam, config);
    sp::Session session(&api, &keychain, &*profile, &clock);
    session.restore();
    sp::SyncController sync(&session, &keychain, &*profile, &clock);
    sync.setOfflineRetryDelaysMs(60000, 60000);

    bool resetAsked = false;
    auto report = [&](const QString& message) {
        std::printf("STATE %s\n", QMetaEnum::fromType<sp::SyncController::State>().valueToKey(int(sync.state())));
        std::printf("MESSAGE %s\n", qUtf8Printable(message));
        if (sync.query())
            std::printf("ORDERS %d\n", sync.query()->orders().count(sp::OrderFilter{}));
        keychain.read(sp::CacheKey::secretName(*profile, session.account().id), &app, [](const sp::SecretResult& r) {
            if (r.status == sp::SecretResult::Status::Ok)
                std::printf("KEYHASH %s\n",
                            QCryptographicHash::hash(r.value, QCryptographicHash::Sha256).toHex().constData());
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    };
    auto settled = [&](const QString& message) {
        if (reset && !resetAsked) {
            resetAsked = true;
            QTimer::singleShot(0, &sync, [&sync] { sync.resetCache(); });
            return;
        }
        report(message);
    };
    QObject::connect(&sync, &sp::SyncController::opened, &app, [&] { settled(QString()); });
    QObject::connect(&sync, &sp::SyncController::keychainLocked, &app, settled);
    QObject::connect(&sync, &sp::SyncController::cacheUnreadable, &app, settled);
    QObject::connect(&sync, &sp::SyncController::stateChanged, &app, [&](sp::SyncController::State state) {
        if (state == sp::SyncController::State::Failed && !sync.query())
            settled(sync.lastError());
    });
    QTimer::singleShot(0, &sync, [&sync] { sync.open(); });
    QTimer::singleShot(60000, &app, [] {
        std::printf("STATE timeout\n");
        QCoreApplication::exit(2);
    });
    return app.exec();
}
