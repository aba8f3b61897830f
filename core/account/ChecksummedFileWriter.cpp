#include "account/ChecksummedFileWriter.h"

#include <QCoreApplication>
#include <QFile>

namespace sp {

ChecksummedFileWriter::ChecksummedFileWriter(const QString& path, QObject* parent)
    : QIODevice(parent)
    , m_file(path)
{
}

ChecksummedFileWriter::~ChecksummedFileWriter()
{
    discard();
}

bool ChecksummedFileWriter::open(QString* error)
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        *error = tr("The file could not be created: %1").arg(m_file.errorString());
        return false;
    }
    // The temporary file holds the account's data: only its owner may read it.
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return QIODevice::open(QIODevice::WriteOnly);
}

QByteArray ChecksummedFileWriter::sha256Hex() const
{
    return m_hash.result().toHex();
}

qint64 ChecksummedFileWriter::readData(char*, qint64)
{
    return -1;
}

qint64 ChecksummedFileWriter::writeData(const char* data, qint64 size)
{
    const qint64 done = m_file.write(data, size);
    if (done != size)
        return -1;
    m_hash.addData(QByteArrayView(data, size));
    m_written += size;
    return size;
}

bool ChecksummedFileWriter::commit(const QByteArray& expectedSha256Hex, qint64 expectedSize, QString* error)
{
    if (!m_file.isOpen()) {
        *error = tr("The download was already discarded.");
        return false;
    }
    if (expectedSize >= 0 && m_written != expectedSize) {
        *error = tr("The download is incomplete (%1 of %2 bytes). No file was saved.").arg(m_written).arg(expectedSize);
        discard();
        return false;
    }
    if (expectedSha256Hex.isEmpty() || sha256Hex() != expectedSha256Hex.toLower()) {
        *error = tr("The downloaded file does not match the server's checksum (SHA-256): it was damaged on the "
                    "way. No file was saved; please download it again.");
        discard();
        return false;
    }
    QIODevice::close();
    if (!m_file.commit()) {
        *error = tr("The file could not be saved: %1").arg(m_file.errorString());
        return false;
    }
    QFile::setPermissions(m_file.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void ChecksummedFileWriter::discard()
{
    if (isOpen())
        QIODevice::close();
    // The temporary file goes when this object is destroyed (QSaveFile removes it when uncommitted):
    // owners destroy the writer before they report the failure.
    if (m_file.isOpen())
        m_file.cancelWriting();
}

} // namespace sp
