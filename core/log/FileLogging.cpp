#include "log/FileLogging.h"

#include "log/LogRedactor.h"
#include "log/RotatingLogFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <cstring>
#include <memory>

namespace sp {

namespace {

const QString kMainName = QStringLiteral("sellerpulse");
const QString kRequestName = QStringLiteral("requests");

struct Sinks
{
    std::unique_ptr<RotatingLogFile> main;
    std::unique_ptr<RotatingLogFile> requests;
    QtMessageHandler previous = nullptr;
};

Sinks* g_sinks = nullptr; // set and cleared only on the main thread, before and after logging starts

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    Sinks* sinks = g_sinks;
    const QString redacted = LogRedactor::redact(message);
    if (sinks) {
        const QString line = FileLogging::formatLine(type, context.category, message);
        sinks->main->append(line);
        if (context.category && std::strcmp(context.category, FileLogging::kRequestCategory) == 0)
            sinks->requests->append(line);
        if (sinks->previous)
            sinks->previous(type, context, redacted);
    }
}

} // namespace

QString FileLogging::logDir(const QString& profileDir) { return QDir(profileDir).filePath(QStringLiteral("logs")); }

QString FileLogging::formatLine(QtMsgType type, const char* category, const QString& message)
{
    return QStringLiteral("%1 %2 %3: %4")
        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), QLatin1String(levelName(type)),
             QLatin1String(category ? category : "default"), LogRedactor::redact(message));
}

bool FileLogging::install(const QString& dir, QString* error)
{
    if (g_sinks)
        return true;
    if (!QDir().mkpath(dir)
        || !QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        if (error)
            *error = QCoreApplication::translate("sp::FileLogging", "Cannot create the log folder %1.")
                         .arg(QDir::toNativeSeparators(dir));
        return false;
    }
    auto* sinks = new Sinks;
    sinks->main = std::make_unique<RotatingLogFile>(dir, kMainName, kMaxFileBytes, kKeepFiles);
    sinks->requests = std::make_unique<RotatingLogFile>(dir, kRequestName, kMaxFileBytes, kKeepFiles);
    g_sinks = sinks;
    sinks->previous = qInstallMessageHandler(handleMessage);
    return true;
}

void FileLogging::uninstall()
{
    Sinks* sinks = g_sinks;
    if (!sinks)
        return;
    qInstallMessageHandler(sinks->previous);
    g_sinks = nullptr;
    delete sinks;
}

bool FileLogging::isInstalled() { return g_sinks != nullptr; }

QStringList FileLogging::mainLogFiles(const QString& dir)
{
    return RotatingLogFile::filesOldestFirst(dir, kMainName, kKeepFiles);
}

QStringList FileLogging::requestLogFiles(const QString& dir)
{
    return RotatingLogFile::filesOldestFirst(dir, kRequestName, kKeepFiles);
}

} // namespace sp
