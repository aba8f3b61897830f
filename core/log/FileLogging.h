#pragma once

#include "log/LogLevel.h"

#include <QString>
#include <QStringList>

namespace sp {

// Sends every Qt log message, redacted (LogRedactor), to rotated files in the profile's logs/
// folder (0700, files 0600) and on to the previous handler (stderr). API request lines (category
// "sellerpulse.core.api") also go to the request log. One per process: Qt's message handler is global.
class FileLogging
{
public:
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;
    static constexpr int kKeepFiles = 5;
    static constexpr const char* kRequestCategory = "sellerpulse.core.api";

    static QString logDir(const QString& profileDir); // <profile>/logs
    // Creates the folder (0700) and installs the handler. False with a translated reason.
    static bool install(const QString& dir, QString* error);
    static void uninstall();
    static bool isInstalled();

    // The files of the general log and of the request log, oldest first.
    static QStringList mainLogFiles(const QString& dir);
    static QStringList requestLogFiles(const QString& dir);
    // One formatted, redacted line, as the files hold it.
    static QString formatLine(QtMsgType type, const char* category, const QString& message);
};

} // namespace sp
