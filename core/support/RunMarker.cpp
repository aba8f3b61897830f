#include "support/RunMarker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

namespace sp {

RunMarker::RunMarker(const QString& profileDir)
    : m_path(QDir(profileDir).filePath(QStringLiteral("running.marker")))
{}

namespace {

// Whether the run that wrote `content` is still running (a smoke test beside the user's window):
// then its marker is not a sign of a crash, and it stays that run's to remove.
bool writerIsAlive(const QByteArray& content)
{
#ifdef Q_OS_UNIX
    static const QRegularExpression pidPattern(QStringLiteral(R"( pid (\d+))"));
    const QRegularExpressionMatch match = pidPattern.match(QString::fromUtf8(content));
    if (!match.hasMatch())
        return false;
    const qint64 pid = match.captured(1).toLongLong();
    return pid > 0 && pid != QCoreApplication::applicationPid() && ::kill(pid_t(pid), 0) == 0;
#else
    Q_UNUSED(content);
    return false;
#endif
}

QString checkPath(const QString& profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("cache-check.pending"));
}

} // namespace

bool RunMarker::leftByUnexpectedEnd(const QString& profileDir)
{
    QFile existing(RunMarker(profileDir).path());
    if (!existing.open(QIODevice::ReadOnly))
        return false;
    return !writerIsAlive(existing.read(256));
}

bool RunMarker::cacheCheckPending(const QString& profileDir) { return QFile::exists(checkPath(profileDir)); }

void RunMarker::setCacheCheckPending(const QString& profileDir, bool pending)
{
    const QString path = checkPath(profileDir);
    if (!pending) {
        QFile::remove(path);
        return;
    }
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool RunMarker::start(QString* error)
{
    QFile existing(m_path);
    if (existing.open(QIODevice::ReadOnly)) {
        if (writerIsAlive(existing.read(256))) {
            m_previousEndedUnexpectedly = false;
            return true; // not ours: neither rewritten nor removed by this run
        }
        m_previousEndedUnexpectedly = true;
        setCacheCheckPending(QFileInfo(m_path).absolutePath(), true);
    }
    QSaveFile file(m_path);
    // The start time and process id only: enough to tell runs apart, nothing about the seller.
    const QByteArray content = QStringLiteral("started %1 pid %2\n")
                                   .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                                   .arg(QCoreApplication::applicationPid())
                                   .toUtf8();
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(content) != content.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("sp::RunMarker", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    m_started = true;
    return true;
}

void RunMarker::finish()
{
    if (m_started)
        QFile::remove(m_path);
    m_started = false;
}

} // namespace sp
