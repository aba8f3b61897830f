#include "SupportBundleCommand.h"

#include "AppLog.h"
#include "TranslationLoader.h"
#include "startup/CommandLineOptions.h"
#include "log/FileLogging.h"
#include "log/LogLevel.h"
#include "profile/Profile.h"
#include "secrets/QtKeychainSecretStore.h"
#include "support/RunMarker.h"
#include "support/SupportBundleCollector.h"
#include "support/SupportBundleWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <cstdio>

namespace sp {

int SupportBundleCommand::run(int argc, char** argv, const CommandLineOptions& options)
{
    QCoreApplication app(argc, argv);
    TranslationLoader::install(&app, TranslationLoader::chosenLocale(options.profileDir));
    auto printError = [](const QString& message) {
        std::fprintf(stderr, "sellerpulse: %s\n", qUtf8Printable(message));
        std::fflush(stderr);
    };
    QString error;
    std::optional<Profile> profile = Profile::open(options.profileDir, &error);
    if (!profile) {
        printError(error);
        return 1;
    }
    if (FileLogging::install(FileLogging::logDir(profile->dir()), &error))
        LogLevels::apply(LogLevels::parse(options.logLevel).value_or(LogLevel::Info));
    qCInfo(lcApp) << "writing a support bundle from the command line";

    // The marker tells, it is not touched: this run is not the app's normal run.
    const bool previousEnded = RunMarker::leftByUnexpectedEnd(profile->dir());
    QtKeychainSecretStore keychain(QStringLiteral("SellerPulse"));
    SupportContext context;
    context.profile = &*profile;
    context.secrets = &keychain;
    context.sessionState = QStringLiteral("not started (command line)");
    context.serverUrl = profile->settings().value(QStringLiteral("session/server")).toString();
    context.previousRunEndedUnexpectedly = previousEnded;

    int exitCode = 1;
    const QString path = options.supportBundlePath;
    SupportBundleCollector::collect(context, &app, [&](const SupportBundle& bundle) {
        QString writeError;
        if (SupportBundleWriter::write(bundle, path, QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                                       &writeError)) {
            std::fprintf(stdout, "sellerpulse: support bundle written to %s (%d files)\n",
                         qUtf8Printable(QDir::toNativeSeparators(path)), int(bundle.files.size()) + 1);
            std::fflush(stdout);
            exitCode = 0;
        } else {
            printError(writeError);
        }
        QCoreApplication::exit(exitCode);
    });
    app.exec();
    FileLogging::uninstall();
    return exitCode;
}

} // namespace sp
