#pragma once

#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace sp {

// The server to use and the CA file trusted for it (empty: the system's CAs only).
struct ServerSelection
{
    QUrl url;
    QString caFile;
};

// The app's command line, parsed without a GUI so that it can be tested.
struct CommandLineOptions
{
    QUrl server;
    QString caFile;
    QString profileDir;
    bool sandbox = false;
    QString screenshotPath;
    QString screenshotPage = QStringLiteral("dashboard"); // --page: which page the screenshot shows
    // The pages --page names, in the main window's order (MainWindow::Page).
    static QStringList screenshotPages();
    QSize screenshotSize;                                 // --size: the window's size for it (invalid: as it opens)
    bool smokeTest = false;
    bool smokeDashboard = false; // the smoke test waits for the dashboard's figures from the cache
    bool showVersion = false, showHelp = false;
    QString logLevel;          // "debug", "info" or "warning"; empty: the profile's setting
    QString supportBundlePath; // --support-bundle FILE: write a support bundle and exit (no window)

    static constexpr int kUsageError = 2;

    // Parses argv (incl. the program name). On error returns false and a one-line message.
    // `helpText` (optional) receives the --help text.
    static bool parse(const QStringList& arguments, CommandLineOptions* out, QString* error,
                      QString* helpText = nullptr);
    // The server and CA file from this command line and what the profile remembered (an empty URL:
    // nothing). A CA file goes with the server it was given for: a remembered one is dropped when
    // --server names another server, and none is ever used for the cloud server.
    ServerSelection serverSelection(const QUrl& rememberedUrl, const QString& rememberedCaFile) const;
};

} // namespace sp
