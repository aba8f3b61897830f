#pragma once

#include <QCryptographicHash>
#include <QIODevice>
#include <QSaveFile>

namespace sp {

// A write-only device for a download: the bytes go to a temporary file next to `path` and into a
// SHA-256. Only commit() with the expected digest makes the file appear under `path` (renamed,
// 0600); otherwise destroying the writer removes the temporary file, so a mismatch or an
// interrupted download never leaves a file behind, and an existing file at `path` stays untouched.
class ChecksummedFileWriter : public QIODevice
{
    Q_OBJECT
public:
    explicit ChecksummedFileWriter(const QString& path, QObject* parent = nullptr);
    ~ChecksummedFileWriter() override;

    bool open(QString* error); // creates the temporary file
    qint64 written() const { return m_written; }
    QByteArray sha256Hex() const; // of what was written so far
    // Renames the temporary file to `path` when the digest matches; else discards. False with a
    // translated reason ("sp::ChecksummedFileWriter").
    bool commit(const QByteArray& expectedSha256Hex, qint64 expectedSize, QString* error);
    void discard();

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    QSaveFile m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_written = 0;
};

} // namespace sp
