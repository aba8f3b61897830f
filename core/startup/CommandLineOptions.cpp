#include "startup/CommandLineOptions.h"

#include "api/ServerConfig.h"
#include "api/UrlPolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace sp {

bool CommandLineOptions::parse(const QStringList& arguments, CommandLineOptions* out, QString* error, QString* helpText)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "sp::CommandLineOptions", "SellerPulse Desktop: profit and sales analytics for Amazon sellers."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("sp::CommandLineOptions",
                                    "Use the SellerPulse service at URL (https; http only for this computer)."),
        QStringLiteral("URL"));
    const QCommandLineOption caFileOption(
        QStringLiteral("ca-file"),
        QCoreApplication::translate(
            "sp::CommandLineOptions",
            "Also trust the PEM certificates in FILE, for the --server host only (never for the SellerPulse cloud)."),
        QStringLiteral("FILE"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("sp::CommandLineOptions",
                                    "Keep settings, data and keychain entries in the profile folder DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("sp::CommandLineOptions",
                                    "Start a local sandbox server and use it (for trying SellerPulse out)."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("sp::CommandLineOptions",
                                    "Start, sign in, show the main window, save it as a PNG to FILE and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QCoreApplication::translate("sp::CommandLineOptions", "With --screenshot: show PAGE (%1) once its data is in.")
            .arg(screenshotPages().join(QStringLiteral(", "))),
        QStringLiteral("PAGE"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QCoreApplication::translate("sp::CommandLineOptions", "With --screenshot: the window's size, e.g. 1280x800."),
        QStringLiteral("WxH"));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke-test"),
        QCoreApplication::translate("sp::CommandLineOptions", "Start, sign in, show the main window and exit."));
    const QCommandLineOption smokeDashboardOption(
        QStringLiteral("smoke-dashboard"),
        QCoreApplication::translate("sp::CommandLineOptions",
                                    "With --smoke-test or --screenshot: wait for the dashboard's figures from this "
                                    "computer's copy of the data instead of the sign-in."));
    const QCommandLineOption logLevelOption(
        QStringLiteral("log-level"),
        QCoreApplication::translate("sp::CommandLineOptions",
                                    "Log at LEVEL: debug, info or warning (default: the setting, else info)."),
        QStringLiteral("LEVEL"));
    const QCommandLineOption supportBundleOption(
        QStringLiteral("support-bundle"),
        QCoreApplication::translate("sp::CommandLineOptions",
                                    "Write a support bundle (versions, settings, redacted logs, the cache's shape; no "
                                    "secrets or seller data) to FILE and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption versionOption(
        QStringLiteral("version"), QCoreApplication::translate("sp::CommandLineOptions", "Show the version and exit."));
    const QCommandLineOption helpOption(
        QStringList{QStringLiteral("help"), QStringLiteral("h")},
        QCoreApplication::translate("sp::CommandLineOptions", "Show this help and exit."));
    parser.addOptions({pageOption, sizeOption});
    parser.addOptions({serverOption, caFileOption, profileOption, sandboxOption, screenshotOption, smokeOption,
                       smokeDashboardOption, logLevelOption, supportBundleOption, versionOption, helpOption});

    if (helpText)
        *helpText = parser.helpText();
    if (arguments.isEmpty())
        return fail(QCoreApplication::translate("sp::CommandLineOptions", "no program name given"));
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(QCoreApplication::translate("sp::CommandLineOptions", "unexpected argument: %1")
                        .arg(parser.positionalArguments().constFirst()));

    // Each option once: a second value would silently win otherwise.
    for (const QCommandLineOption* option :
         {&serverOption, &caFileOption, &profileOption, &screenshotOption, &logLevelOption, &supportBundleOption}) {
        if (parser.values(*option).size() > 1)
            return fail(QCoreApplication::translate("sp::CommandLineOptions", "--%1 given more than once")
                            .arg(option->names().constFirst()));
    }

    CommandLineOptions options;
    options.showHelp = parser.isSet(helpOption);
    options.showVersion = parser.isSet(versionOption);
    if (options.showHelp || options.showVersion) {
        *out = options;
        return true;
    }

    options.sandbox = parser.isSet(sandboxOption);
    if (parser.isSet(serverOption)) {
        if (options.sandbox)
            return fail(QCoreApplication::translate("sp::CommandLineOptions",
                                                    "--server and --sandbox cannot be used together"));
        const QString value = parser.value(serverOption).trimmed();
        const QUrl url(value, QUrl::StrictMode);
        QString whyNot;
        if (value.isEmpty() || !UrlPolicy::isAllowed(url, &whyNot))
            return fail(QCoreApplication::translate("sp::CommandLineOptions", "--server %1 is not allowed: %2")
                            .arg(value, whyNot.isEmpty() ? QCoreApplication::translate("sp::CommandLineOptions",
                                                                                       "not a valid https URL")
                                                         : whyNot));
        options.server = url;
    }
    if (parser.isSet(caFileOption)) {
        options.caFile = parser.value(caFileOption);
        QString caError;
        if (options.caFile.isEmpty() || !ServerConfig::checkCaFile(options.caFile, &caError))
            return fail(caError.isEmpty()
                            ? QCoreApplication::translate("sp::CommandLineOptions", "--ca-file needs a file name")
                            : caError);
        // A CA can vouch for any host name: it is trusted for the server named with it, and for no other.
        if (options.server.isEmpty())
            return fail(QCoreApplication::translate(
                "sp::CommandLineOptions",
                "--ca-file needs --server: its certificates are trusted for that server only"));
        if (!ServerConfig::acceptsCaFile(options.server))
            return fail(QCoreApplication::translate(
                "sp::CommandLineOptions", "--ca-file cannot be used for the SellerPulse cloud, whose certificate is "
                                          "checked against the system's certificate authorities only"));
    }
    if (parser.isSet(profileOption)) {
        options.profileDir = parser.value(profileOption);
        if (options.profileDir.isEmpty())
            return fail(QCoreApplication::translate("sp::CommandLineOptions", "--profile needs a folder name"));
    }
    if (parser.isSet(screenshotOption)) {
        options.screenshotPath = parser.value(screenshotOption);
        if (options.screenshotPath.isEmpty())
            return fail(QCoreApplication::translate("sp::CommandLineOptions", "--screenshot needs a file name"));
        options.smokeTest = true;
    }
    if ((parser.isSet(pageOption) || parser.isSet(sizeOption)) && options.screenshotPath.isEmpty())
        return fail(QCoreApplication::translate("sp::CommandLineOptions", "--page and --size need --screenshot"));
    if (parser.isSet(pageOption)) {
        const QStringList kPages = screenshotPages();
        options.screenshotPage = parser.value(pageOption).trimmed().toLower();
        if (!kPages.contains(options.screenshotPage))
            return fail(QCoreApplication::translate("sp::CommandLineOptions", "--page must be one of %1, not \"%2\"")
                            .arg(kPages.join(QLatin1String(", ")), parser.value(pageOption)));
    }
    if (parser.isSet(sizeOption)) {
        const QStringList parts = parser.value(sizeOption).trimmed().toLower().split(QLatin1Char('x'));
        bool okWidth = false, okHeight = false;
        const int width = parts.value(0).toInt(&okWidth), height = parts.value(1).toInt(&okHeight);
        if (parts.size() != 2 || !okWidth || !okHeight || width < 640 || height < 480 || width > 7680 || height > 4320)
            return fail(QCoreApplication::translate("sp::CommandLineOptions",
                                                    "--size must be WIDTHxHEIGHT between 640x480 and 7680x4320, not "
                                                    "\"%1\"")
                            .arg(parser.value(sizeOption)));
        options.screenshotSize = QSize(width, height);
    }
    if (parser.isSet(smokeOption))
        options.smokeTest = true;
    options.smokeDashboard = parser.isSet(smokeDashboardOption);
    if (options.smokeDashboard && !options.smokeTest)
        return fail(QCoreApplication::translate("sp::CommandLineOptions",
                                                "--smoke-dashboard needs --smoke-test or --screenshot"));
    if (parser.isSet(logLevelOption)) {
        const QString level = parser.value(logLevelOption).trimmed().toLower();
        if (level != QLatin1String("debug") && level != QLatin1String("info") && level != QLatin1String("warning"))
            return fail(QCoreApplication::translate("sp::CommandLineOptions",
                                                    "--log-level must be debug, info or warning, not \"%1\"")
                            .arg(parser.value(logLevelOption)));
        options.logLevel = level;
    }
    if (parser.isSet(supportBundleOption)) {
        options.supportBundlePath = parser.value(supportBundleOption);
        if (options.supportBundlePath.isEmpty())
            return fail(QCoreApplication::translate("sp::CommandLineOptions", "--support-bundle needs a file name"));
        if (options.smokeTest || options.sandbox)
            return fail(QCoreApplication::translate(
                "sp::CommandLineOptions",
                "--support-bundle cannot be combined with --sandbox, --smoke-test or --screenshot"));
    }

    *out = options;
    return true;
}

ServerSelection CommandLineOptions::serverSelection(const QUrl& rememberedUrl, const QString& rememberedCaFile) const
{
    ServerSelection selection;
    const QUrl remembered = rememberedUrl.isEmpty() ? kDefaultServerUrl : rememberedUrl;
    if (!server.isEmpty()) {
        selection.url = server;
        selection.caFile = caFile;
        // The remembered CA file belongs to the remembered server: kept only when that is the one named.
        if (selection.caFile.isEmpty() && ServerConfig::sameOrigin(server, remembered))
            selection.caFile = rememberedCaFile;
    } else {
        selection.url = remembered;
        selection.caFile = rememberedCaFile;
    }
    if (!ServerConfig::acceptsCaFile(selection.url))
        selection.caFile.clear();
    return selection;
}

QStringList CommandLineOptions::screenshotPages()
{
    return {QStringLiteral("dashboard"), QStringLiteral("orders"),  QStringLiteral("products"), QStringLiteral("finances"),
            QStringLiteral("reports"),   QStringLiteral("payouts"), QStringLiteral("expenses"),
            QStringLiteral("restock"),   QStringLiteral("alerts"),   QStringLiteral("whatif"),    QStringLiteral("settings")};
}

} // namespace sp
