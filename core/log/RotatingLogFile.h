#pragma once

#include <QFile>
#include <QMutex>
#include <QString>
#include <QStringList>

namespace sp {

// An append-only text log capped in size: NAME.log, when full renamed to NAME.1.log, ... up to
// NAME.<keep-1>.log; the oldest is deleted. Files 0600 (the folder is the caller's, 0700).
// Thread-safe: log lines come from the sync's worker threads too.
class RotatingLogFile
{
public:
    RotatingLogFile(QString dir, QString baseName, qint64 maxBytes, int keepFiles);
    ~RotatingLogFile();
    RotatingLogFile(const RotatingLogFile&) = delete;
    RotatingLogFile& operator=(const RotatingLogFile&) = delete;

    // Appends one line (a newline is added). False when the file cannot be written.
    bool append(const QString& line);
    QString currentPath() const;
    // Every file of this log, oldest first (for the support bundle).
    QStringList filesOldestFirst() const;

    static QString pathOf(const QString& dir, const QString& baseName, int index);
    static QStringList filesOldestFirst(const QString& dir, const QString& baseName, int keepFiles);

private:
    bool openLocked();
    void rotateLocked();

    mutable QMutex m_mutex;
    QString m_dir;
    QString m_baseName;
    qint64 m_maxBytes;
    int m_keepFiles;
    QFile m_file;
};

} // namespace sp
