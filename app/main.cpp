// SellerPulse Desktop: parses the command line, then runs the app (see AppController).
#include "AppController.h"
#include "AppLog.h"
#include "KeychainUnavailableDialog.h"
#include "MainWindow.h"
#include "QuitOnTerminationSignal.h"
#include "SignInDialog.h"
#include "SingleInstance.h"
#include "SmokeTest.h"
#include "SupportBundleCommand.h"
#include "TranslationLoader.h"
#include "WindowCoordinator.h"
#include "startup/CommandLineOptions.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QProcess>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

constexpr int kSmokeTestTimeoutMs = 60000;

void printLine(FILE* stream, const QString& text)
{
    std::fprintf(stream, "%s\n", qUtf8Printable(text));
    std::fflush(stream);
}

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("SellerPulse"));
    QCoreApplication::setOrganizationName(QStringLiteral("SellerPulse"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("getsellerpulse.com"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SP_VERSION));
}

// Parses the command line with a QCoreApplication only, so that --help, --version and usage errors
// work without a display (and in the user's language). Returns an exit code, or -1 to go on.
int parseCommandLine(int argc, char** argv, sp::CommandLineOptions* options)
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    sp::TranslationLoader::install(&app);
    QString error;
    QString help;
    if (!sp::CommandLineOptions::parse(QCoreApplication::arguments(), options, &error, &help)) {
        printLine(stderr, QStringLiteral("sellerpulse: ") + error);
        return sp::CommandLineOptions::kUsageError;
    }
    if (options->showHelp) {
        std::fprintf(stdout, "%s", qUtf8Printable(help));
        std::fflush(stdout);
        return 0;
    }
    if (options->showVersion) {
        printLine(
            stdout,
            QStringLiteral("sellerpulse %1 (Qt %2)").arg(QStringLiteral(SP_VERSION), QString::fromLatin1(qVersion())));
        return 0;
    }
    return -1;
}

// Brings the window the user needs now to the front: a dialog that waits for them, else the main window.
void raiseWindow(sp::WindowCoordinator* windows)
{
    QWidget* target = QApplication::activeModalWidget();
    if (!target && windows) {
        if (windows->keychainDialog())
            target = windows->keychainDialog();
        else if (windows->signInDialog())
            target = windows->signInDialog();
        else
            target = windows->mainWindow();
    }
    if (!target)
        return;
    if (target->isMinimized())
        target->showNormal();
    else
        target->show();
    target->raise();
    target->activateWindow();
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    sp::CommandLineOptions options;
    if (const int exitCode = parseCommandLine(argc, argv, &options); exitCode >= 0)
        return exitCode;
    // Scripted and windowless: before any QApplication exists, so it needs no display.
    if (!options.supportBundlePath.isEmpty())
        return sp::SupportBundleCommand::run(argc, argv, options);

    QApplication app(argc, argv);
    setApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("SellerPulse"));
    QGuiApplication::setDesktopFileName(QStringLiteral("com.getsellerpulse.SellerPulse"));
    sp::TranslationLoader::install(&app, sp::TranslationLoader::chosenLocale(options.profileDir));
    sp::QuitOnTerminationSignal quitOnSignal;

    const bool smoke = options.smokeTest || !options.screenshotPath.isEmpty();
    // One window per profile. The automated modes (smoke test, screenshot, support bundle) may run beside it.
    sp::SingleInstance singleInstance;
    if (!smoke && options.supportBundlePath.isEmpty()) {
        QString message;
        switch (singleInstance.claim(options.profileDir, &message)) {
        case sp::SingleInstance::Role::Primary:
            break;
        case sp::SingleInstance::Role::Secondary:
            printLine(stdout, message);
            return 0;
        case sp::SingleInstance::Role::Failed:
            printLine(stderr, QStringLiteral("sellerpulse: ") + message); // go on: one window is better than none
            break;
        }
    }
    auto controller = std::make_unique<sp::AppController>(options);
    QObject::connect(&singleInstance, &sp::SingleInstance::activationRequested, &app,
                     [&controller] { raiseWindow(controller->windows()); });
    std::unique_ptr<sp::SmokeTest> smokeTest;

    QObject::connect(controller.get(), &sp::AppController::quitRequested, &app, &QCoreApplication::quit);
    bool restart = false; // the user changed the language and asked to restart now
    QObject::connect(controller.get(), &sp::AppController::restartRequested, &app, [&restart] {
        restart = true;
        QCoreApplication::quit();
    });
    QObject::connect(controller.get(), &sp::AppController::fatalError, &app, [&](const QString& message) {
        if (smokeTest) {
            smokeTest->fail(message);
            return;
        }
        printLine(stderr, QStringLiteral("sellerpulse: ") + message);
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SellerPulse"), message);
        QCoreApplication::exit(1);
    });

    QString error;
    if (!controller->start(&error)) {
        printLine(stderr, QStringLiteral("sellerpulse: ") + error);
        return 1;
    }
    if (smoke && controller->sessionOwnedElsewhere()) {
        // The running app owns this profile's session; refreshing it here would sign that app out.
        return sp::SmokeTest::reportSessionOwnedElsewhere(options.screenshotPath);
    }
    if (smoke) {
        smokeTest = std::make_unique<sp::SmokeTest>(controller->windows(), options.screenshotPath, sinceStart,
                                                    kSmokeTestTimeoutMs, options.smokeDashboard);
        smokeTest->setScreenshotPage(options.screenshotPage, options.screenshotSize);
        QObject::connect(smokeTest.get(), &sp::SmokeTest::finished, &app,
                         [](int exitCode) { QCoreApplication::exit(exitCode); });
    }
    const int exitCode = app.exec();
    if (restart) {
        // The profile is given up first (its window, cache and lock), or the new process would
        // find this one still running and hand over to it.
        controller.reset();
        singleInstance.release();
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1)))
            printLine(stderr, QStringLiteral("sellerpulse: could not start again; start SellerPulse yourself"));
    }
    return exitCode;
}
