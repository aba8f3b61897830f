#include "SandboxOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::SandboxOptions", text); }

// Reads an integer option within [min, max]; leaves `target` alone when the option is absent.
bool readInt(const QCommandLineParser& parser, const QCommandLineOption& option, qint64 min, qint64 max, int* target,
             QString* message)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const QString text = parser.value(option);
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max) {
        *message = tr("invalid value \"%1\" for --%2: expected a whole number from %3 to %4")
                       .arg(text, option.names().constFirst())
                       .arg(min)
                       .arg(max);
        return false;
    }
    *target = static_cast<int>(value);
    return true;
}

} // namespace

SandboxOptions::Outcome SandboxOptions::parse(const QStringList& arguments, SandboxOptions* options, QString* message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Local implementation of the SellerPulse API (docs/api/openapi.yaml) for development and tests. "
           "Listens on 127.0.0.1 only."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), tr("State folder (created 0700)."), tr("DIR"));
    const QCommandLineOption port(QStringLiteral("port"), tr("Port on 127.0.0.1; 0 picks a free one."), tr("N"),
                                  QStringLiteral("0"));
    const QCommandLineOption plainHttp(QStringLiteral("plain-http"),
                                       tr("Serve plain HTTP instead of HTTPS (development only)."));
    const QCommandLineOption accessTtl(QStringLiteral("access-ttl"), tr("Access token lifetime in seconds."),
                                       tr("SECONDS"), QStringLiteral("900"));
    const QCommandLineOption refreshTtl(QStringLiteral("refresh-ttl"), tr("Refresh token lifetime in seconds."),
                                        tr("SECONDS"), QString::number(30 * 24 * 3600));
    const QCommandLineOption bcryptCost(QStringLiteral("bcrypt-cost"), tr("bcrypt cost factor (4 to 14)."), tr("N"),
                                        QStringLiteral("12"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       tr("Attempts allowed per window for sensitive actions."), tr("N"),
                                       QStringLiteral("10"));
    const QCommandLineOption rateWindow(QStringLiteral("rate-window"), tr("Rate limit window in seconds."),
                                        tr("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption demoOrders(QStringLiteral("demo-orders"),
                                        tr("Orders per account over the last 18 months (generated)."), tr("N"),
                                        QStringLiteral("3000"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the generated business data."), tr("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption fromBundle(
        QStringLiteral("from-bundle"),
        tr("Shape the generated data like the account in a SellerPulse support "
           "bundle (marketplaces, currencies, row counts, date span, Amazon connection)."),
        tr("FILE"));
    parser.addOptions({dataDir, port, plainHttp, accessTtl, refreshTtl, bcryptCost, rateLimit, rateWindow, demoOrders,
                       seed, fromBundle});

    if (!parser.parse(arguments)) {
        *message = parser.errorText().simplified();
        return Outcome::Error;
    }
    if (parser.isSet(helpOption)) {
        *message = parser.helpText();
        return Outcome::ShowHelp;
    }
    if (parser.isSet(versionOption)) {
        *message = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
        return Outcome::ShowVersion;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *message = tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst());
        return Outcome::Error;
    }

    SandboxOptions result;
    int portValue = 0;
    constexpr qint64 kYear = 366LL * 24 * 3600;
    if (!readInt(parser, port, 0, 65535, &portValue, message)
        || !readInt(parser, accessTtl, 1, kYear, &result.accessTtlSeconds, message)
        || !readInt(parser, refreshTtl, 1, 10 * kYear, &result.refreshTtlSeconds, message)
        || !readInt(parser, bcryptCost, 4, 14, &result.bcryptCost, message)
        || !readInt(parser, rateLimit, 1, 1000000, &result.rateLimit, message)
        || !readInt(parser, rateWindow, 1, kYear, &result.rateWindowSeconds, message)
        || !readInt(parser, demoOrders, 0, 2000000, &result.demoOrders, message)
        || !readInt(parser, seed, 0, 2147483647, &result.seed, message))
        return Outcome::Error;
    result.port = static_cast<quint16>(portValue);
    result.plainHttp = parser.isSet(plainHttp);
    result.demoOrdersGiven = parser.isSet(demoOrders);
    if (parser.isSet(fromBundle)) {
        result.fromBundle = parser.value(fromBundle);
        if (result.fromBundle.isEmpty()) {
            *message = tr("--from-bundle needs a file name");
            return Outcome::Error;
        }
    }
    if (parser.isSet(dataDir)) {
        result.dataDir = parser.value(dataDir);
        if (result.dataDir.isEmpty()) {
            *message = tr("--data-dir must not be empty");
            return Outcome::Error;
        }
    } else {
        result.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    *options = result;
    return Outcome::Run;
}

} // namespace sp
