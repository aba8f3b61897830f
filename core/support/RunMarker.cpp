#include "support/RunMarker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace sp {

RunMarker::RunMarker(const QString& profileDir)
    : m_path(QDir(profileDir).filePath(QStringLiteral("running.marker")))
{
}

bool RunMarker::start(QString* error)
{
    m_previousEndedUnexpectedly = QFile::exists(m_path);
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
