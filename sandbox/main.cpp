// sellerpulse-sandbox: a local, independent implementation of docs/api/openapi.yaml for development and tests.

#include "AdminToken.h"
#include "SandboxLog.h"
#include "SandboxOptions.h"
#include "SandboxServer.h"
#include "UnixSignalWatcher.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

Q_LOGGING_CATEGORY(lcSandbox, "sellerpulse.sandbox")

namespace {

// The machine-readable lines tests and the app wait for; flushed at once because stdout is a pipe there.
void printLine(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printError(const QString& message)
{
    std::fprintf(stderr, "sellerpulse-sandbox: %s\n", message.toUtf8().constData());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sellerpulse-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SP_VERSION));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{category} %{type}: %{message}"));

    sp::SandboxOptions options;
    QString message;
    switch (sp::SandboxOptions::parse(QCoreApplication::arguments(), &options, &message)) {
    case sp::SandboxOptions::Outcome::ShowHelp:
    case sp::SandboxOptions::Outcome::ShowVersion:
        printLine(message.trimmed());
        return 0;
    case sp::SandboxOptions::Outcome::Error:
        printError(message);
        return 2;
    case sp::SandboxOptions::Outcome::Run:
        break;
    }
    if (!options.fromBundle.isEmpty()) {
        sp::BundleShape shape;
        if (!sp::BundleShape::read(options.fromBundle, &shape, &message)) {
            printError(message);
            return 2;
        }
        if (!options.demoOrdersGiven)
            options.demoOrders = shape.orderCount;
        options.shape = shape;
        printLine(QStringLiteral("SANDBOX shape marketplace-mask=%1 orders=%2 products=%3 days=%4 amazon=%5")
                      .arg(shape.business.marketplaceMask)
                      .arg(options.demoOrders)
                      .arg(shape.business.productCount)
                      .arg(shape.business.historyDays)
                      .arg(shape.amazonConnected ? QStringLiteral("connected") : QStringLiteral("not-connected")));
    }

    sp::UnixSignalWatcher signalWatcher;
    if (!signalWatcher.install()) {
        printError(QCoreApplication::translate("main", "cannot install signal handlers"));
        return 1;
    }
    QObject::connect(&signalWatcher, &sp::UnixSignalWatcher::terminationRequested, &app, [](int signalNumber) {
        qCInfo(lcSandbox) << "Stopping on signal" << signalNumber;
        QCoreApplication::quit();
    });

    const QByteArray adminToken = qgetenv("SELLERPULSE_SANDBOX_ADMIN_TOKEN");
    if (!adminToken.isEmpty() && adminToken.size() < sp::kMinAdminTokenBytes) {
        // The value itself is never printed.
        printError(QCoreApplication::translate(
                       "main", "SELLERPULSE_SANDBOX_ADMIN_TOKEN is shorter than %1 bytes; set a random "
                               "value of at least %1 bytes, or unset it to get a random token per start")
                       .arg(sp::kMinAdminTokenBytes));
        return 1;
    }

    sp::SandboxServer server(options);
    QString error;
    if (!server.start(&error)) {
        printError(error);
        return 1;
    }

    if (!server.demoPassword().isEmpty())
        printLine(
            QStringLiteral("SANDBOX demo-email=%1 demo-password=%2").arg(server.demoEmail(), server.demoPassword()));
    printLine(QStringLiteral("SANDBOX admin-token=%1").arg(QString::fromLatin1(server.adminToken())));
    QString ready = QStringLiteral("SANDBOX ready url=%1").arg(server.url().toString());
    if (!server.certificatePath().isEmpty())
        ready += QStringLiteral(" cert=%1").arg(QDir::toNativeSeparators(server.certificatePath()));
    printLine(ready);
    qCInfo(lcSandbox).noquote() << "Listening on" << server.url().toString() << "data"
                                << QDir(options.dataDir).absolutePath();

    return app.exec();
}
