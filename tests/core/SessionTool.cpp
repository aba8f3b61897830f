// sp_core_session_tool: one process of the "restore in a new process" test.
//   sp_core_session_tool signin|restore|signout|refresh-crash --server URL --ca-file FILE --profile DIR
// refresh-crash restores (the refresh rotates the token on the server) and SIGKILLs itself at the
// moment the rotated token would be written to the keychain: a crash between rotation and write.
// The email and password come from the environment (SP_TOOL_EMAIL, SP_TOOL_PASSWORD), never argv,
// so they do not show up in process listings. Prints one line "RESULT state=<State> email=<email>".
#include "api/ApiClient.h"
#include "auth/Session.h"
#include "common/Clock.h"
#include "profile/Profile.h"
#include "secrets/QtKeychainSecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

#include <csignal>
#include <unistd.h>

namespace {

// The real keychain, except that a write kills the process before it happens.
class KilledBeforeWriteKeychain : public sp::QtKeychainSecretStore
{
public:
    using QtKeychainSecretStore::QtKeychainSecretStore;
    void write(const QString&, const QByteArray&, QObject*, Callback) override
    {
        std::printf("KILLED-BEFORE-KEYCHAIN-WRITE\n");
        std::fflush(stdout);
        ::kill(::getpid(), SIGKILL);
    }
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("server"), QStringLiteral("URL"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), QStringLiteral("CA file"), QStringLiteral("FILE"));
    const QCommandLineOption profileDir(QStringLiteral("profile"), QStringLiteral("profile"), QStringLiteral("DIR"));
    parser.addOptions({server, caFile, profileDir});
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("signin, restore or signout"));
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);

    sp::ServerConfig config;
    config.baseUrl = QUrl(parser.value(server));
    QString error;
    if (!sp::ServerConfig::loadCaFile(parser.value(caFile), &config.extraCaCertificates, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    auto profile = sp::Profile::open(parser.value(profileDir), &error);
    if (!profile) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QNetworkAccessManager nam;
    sp::ApiClient api(&nam, config);
    sp::QtKeychainSecretStore realKeychain(QStringLiteral("SellerPulse-tests"));
    KilledBeforeWriteKeychain killingKeychain(QStringLiteral("SellerPulse-tests"));
    sp::SecretStore& keychain =
        mode == QLatin1String("refresh-crash") ? static_cast<sp::SecretStore&>(killingKeychain) : realKeychain;
    sp::Clock clock;
    sp::Session session(&api, &keychain, &*profile, &clock);

    auto report = [&](int code) {
        const char* state = QMetaEnum::fromType<sp::Session::State>().valueToKey(int(session.state()));
        std::printf("RESULT state=%s email=%s\n", state, qPrintable(session.account().email));
        std::fflush(stdout);
        QCoreApplication::exit(code);
    };
    QObject::connect(&session, &sp::Session::signedIn, &app, [&] { report(0); });
    QObject::connect(&session, &sp::Session::signInFailed, &app, [&](const sp::ApiError& e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.userMessage()));
        report(1);
    });
    QObject::connect(&session, &sp::Session::keychainUnavailable, &app, [&](const QString& m) {
        std::fprintf(stderr, "%s\n", qPrintable(m));
        report(1);
    });
    QObject::connect(&session, &sp::Session::ended, &app, [&] { report(mode == QLatin1String("signout") ? 0 : 1); });

    QTimer::singleShot(0, &app, [&] {
        if (mode == QLatin1String("signin")) {
            session.signIn(qEnvironmentVariable("SP_TOOL_EMAIL"), qEnvironmentVariable("SP_TOOL_PASSWORD"));
        } else if (mode == QLatin1String("restore") || mode == QLatin1String("signout")
                   || mode == QLatin1String("refresh-crash")) {
            if (mode == QLatin1String("signout")) {
                QObject::disconnect(&session, &sp::Session::signedIn, &app, nullptr);
                QObject::connect(&session, &sp::Session::signedIn, &app, [&] { session.signOut(); });
            }
            session.restore();
            if (session.state() == sp::Session::State::SignedOut)
                report(mode == QLatin1String("signout") ? 1 : 3);
        } else {
            std::fprintf(stderr, "unknown mode\n");
            QCoreApplication::exit(2);
        }
    });
    QTimer::singleShot(60000, &app, [] { QCoreApplication::exit(4); });
    const int code = app.exec();
    // Close the TLS connections now: their deferred deletion would otherwise never run.
    nam.clearConnectionCache();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return code;
}
