// bench_startup_profile: makes the profile the cached-start benchmark starts the app with (see
// startup_bench.py): signs in to the given server with the app's real keychain service, keeps the
// session as the app would (refresh token in the keychain, marker in the profile) and syncs the
// account's data into its encrypted cache until the first complete sync; then exits 0.
//   bench_startup_profile --server URL --ca-file FILE --profile DIR --email EMAIL < password
// The password comes on stdin, never on the command line. Run it inside scripts/with-keyring.sh,
// in the same keychain session as the app it prepares for.
#include "api/ServerChoice.h"
#include "auth/Session.h"
#include "auth/SessionHost.h"
#include "common/Clock.h"
#include "profile/Profile.h"
#include "secrets/QtKeychainSecretStore.h"
#include "sync/SyncController.h"
#include "sync/SyncHost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

constexpr int kTimeoutMs = 30 * 60 * 1000;

int failWith(const QString& message)
{
    std::fprintf(stderr, "bench_startup_profile: %s\n", qUtf8Printable(message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server URL."), QStringLiteral("URL"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), QStringLiteral("The server's CA."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption profileDir(QStringLiteral("profile"), QStringLiteral("Profile folder."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption email(QStringLiteral("email"), QStringLiteral("Account."), QStringLiteral("EMAIL"));
    parser.addOptions({server, caFile, profileDir, email});
    parser.process(app);
    for (const QCommandLineOption* option : {&server, &caFile, &profileDir, &email}) {
        if (parser.value(*option).isEmpty())
            return failWith(QStringLiteral("--%1 is required").arg(option->names().constFirst()));
    }
    const QString password = QTextStream(stdin).readLine();
    if (password.isEmpty())
        return failWith(QStringLiteral("no password on stdin"));

    QString error;
    std::optional<sp::Profile> profile = sp::Profile::open(parser.value(profileDir), &error);
    if (!profile)
        return failWith(error);
    QNetworkAccessManager nam;
    sp::QtKeychainSecretStore keychain(QStringLiteral("SellerPulse")); // the app's service
    sp::Clock clock;
    sp::SessionHost host(&nam, &keychain, &*profile, &clock);
    sp::ServerChoice choice;
    choice.url = QUrl(parser.value(server));
    choice.caFile = parser.value(caFile);
    if (!host.useServer(choice, &error))
        return failWith(error);
    sp::SyncHost sync(&host);

    int exitCode = 1;
    QElapsedTimer elapsed;
    elapsed.start();
    const auto finish = [&](int code, const QString& message) {
        if (!message.isEmpty())
            std::fprintf(code == 0 ? stdout : stderr, "bench_startup_profile: %s\n", qUtf8Printable(message));
        exitCode = code;
        QCoreApplication::quit();
    };
    QObject::connect(host.session(), &sp::Session::signInFailed, &app,
                     [&](const sp::ApiError& failure) { finish(1, failure.userMessage()); });
    QObject::connect(&sync, &sp::SyncHost::controllerChanged, &app, [&](sp::SyncController* controller) {
        if (!controller)
            return;
        QObject::connect(controller, &sp::SyncController::syncFinished, &app,
                         [&, controller](bool ok, const QString& m) {
                             if (!ok)
                                 return finish(1, QStringLiteral("the sync failed: ") + m);
                             if (!host.session()->hasRememberedSession())
                                 return finish(1, QStringLiteral("the session was not kept in the keychain"));
                             finish(0, QStringLiteral("profile ready (%1 ms, cache synced at %2)")
                                           .arg(elapsed.elapsed())
                                           .arg(controller->lastSyncedAt().toString(Qt::ISODate)));
                         });
    });
    QTimer::singleShot(kTimeoutMs, &app, [&] { finish(1, QStringLiteral("no complete sync within 30 minutes")); });
    host.session()->signIn(parser.value(email), password);
    app.exec();
    return exitCode;
}
