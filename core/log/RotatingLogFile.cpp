#include "log/RotatingLogFile.h"

#include <QFileInfo>

namespace sp {

RotatingLogFile::RotatingLogFile(QString dir, QString baseName, qint64 maxBytes, int keepFiles)
    : m_dir(std::move(dir))
    , m_baseName(std::move(baseName))
    , m_maxBytes(qMax<qint64>(1024, maxBytes))
    , m_keepFiles(qMax(1, keepFiles))
{}

RotatingLogFile::~RotatingLogFile() = default;

QString RotatingLogFile::pathOf(const QString& dir, const QString& baseName, int index)
{
    return index == 0 ? QStringLiteral("%1/%2.log").arg(dir, baseName)
                      : QStringLiteral("%1/%2.%3.log").arg(dir, baseName).arg(index);
}

QStringList RotatingLogFile::filesOldestFirst(const QString& dir, const QString& baseName, int keepFiles)
{
    QStringList files;
    for (int i = keepFiles - 1; i >= 0; --i) {
        const QString path = pathOf(dir, baseName, i);
        if (QFileInfo::exists(path))
            files.append(path);
    }
    return files;
}

QStringList RotatingLogFile::filesOldestFirst() const { return filesOldestFirst(m_dir, m_baseName, m_keepFiles); }

QString RotatingLogFile::currentPath() const { return pathOf(m_dir, m_baseName, 0); }

bool RotatingLogFile::openLocked()
{
    if (m_file.isOpen())
        return true;
    m_file.setFileName(currentPath());
    // Created 0600 from the start: no moment with the umask's wider mode.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void RotatingLogFile::rotateLocked()
{
    m_file.close();
    QFile::remove(pathOf(m_dir, m_baseName, m_keepFiles - 1));
    for (int i = m_keepFiles - 2; i >= 0; --i) {
        const QString from = pathOf(m_dir, m_baseName, i);
        if (QFileInfo::exists(from))
            QFile::rename(from, pathOf(m_dir, m_baseName, i + 1));
    }
}

bool RotatingLogFile::append(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    QMutexLocker lock(&m_mutex);
    if (!openLocked())
        return false;
    if (m_file.size() > 0 && m_file.size() + bytes.size() > m_maxBytes) {
        rotateLocked();
        if (!openLocked())
            return false;
    }
    // A single line longer than the cap is cut, so that one line can never grow a file past it.
    const QByteArray capped = bytes.size() > m_maxBytes ? bytes.left(m_maxBytes - 1) + '\n' : bytes;
    const bool ok = m_file.write(capped) == capped.size();
    m_file.flush(); // a crash must not lose the lines that explain it
    return ok;
}

} // namespace sp
