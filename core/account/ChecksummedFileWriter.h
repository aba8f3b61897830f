#pragma once

#include "common/AtomicFileReplacer.h"

#include <QCryptographicHash>
#include <QIODevice>

namespace sp {

// A write-only device for a download: the bytes go to a temporary file next to `path` (through one
// descriptor, never reopened by name: AtomicFileReplacer) and into a SHA-256. Only commit() with the
// expected digest makes the file appear under `path` (renamed, 0600); otherwise destroying the
// writer removes the temporary file, so a mismatch, an oversized or an interrupted download never
// leaves a file behind, and an existing file at `path` stays untouched. Writes beyond the maximum
// size fail (the download is aborted) and tooLarge() says so.
class ChecksummedFileWriter : public QIODevice
{
    Q_OBJECT
public:
    // Without an announced size, no download is larger than this.
    static constexpr qint64 kDefaultMaximumBytes = qint64(2) * 1024 * 1024 * 1024;

    explicit ChecksummedFileWriter(const QString& path, QObject* parent = nullptr);
    ~ChecksummedFileWriter() override;

    bool open(QString* error); // creates the temporary file
    void setMaximumSize(qint64 bytes) { m_maximum = bytes; }
    qint64 maximumSize() const { return m_maximum; }
    bool tooLarge() const { return m_tooLarge; }
    qint64 written() const { return m_written; }
    QByteArray sha256Hex() const; // of what was written so far
    // Renames the temporary file to `path` when the digest matches; else discards. False with a
    // translated reason ("sp::ChecksummedFileWriter").
    bool commit(const QByteArray& expectedSha256Hex, qint64 expectedSize, QString* error);
    void discard();
    // The translated reason for an oversized download.
    static QString tooLargeText(qint64 maximum);

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    AtomicFileReplacer m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_written = 0;
    qint64 m_maximum = kDefaultMaximumBytes;
    bool m_tooLarge = false;
};

} // namespace sp
