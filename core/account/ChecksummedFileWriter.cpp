#include "account/ChecksummedFileWriter.h"

#include <QCoreApplication>
#include <QLocale>

namespace sp {

ChecksummedFileWriter::ChecksummedFileWriter(const QString& path, QObject* parent)
    : QIODevice(parent)
    , m_file(path)
{}

ChecksummedFileWriter::~ChecksummedFileWriter() { discard(); }

bool ChecksummedFileWriter::open(QString* error)
{
    // The temporary file (0600: it holds the account's data) is created exclusively.
    if (!m_file.open()) {
        *error = tr("The file could not be created: %1").arg(m_file.errorString());
        return false;
    }
    return QIODevice::open(QIODevice::WriteOnly);
}

QByteArray ChecksummedFileWriter::sha256Hex() const { return m_hash.result().toHex(); }

QString ChecksummedFileWriter::tooLargeText(qint64 maximum)
{
    return tr("The download was larger than announced (more than %1). It was stopped and no file was saved; "
              "please try again later.")
        .arg(QLocale().formattedDataSize(maximum));
}

qint64 ChecksummedFileWriter::readData(char*, qint64) { return -1; }

qint64 ChecksummedFileWriter::writeData(const char* data, qint64 size)
{
    if (m_tooLarge || size > m_maximum - m_written) {
        // A server that sends more than it announced fills no disk: the download stops here.
        m_tooLarge = true;
        return -1;
    }
    const qint64 done = m_file.file().write(data, size);
    if (done != size)
        return -1;
    m_hash.addData(QByteArrayView(data, size));
    m_written += size;
    return size;
}

bool ChecksummedFileWriter::commit(const QByteArray& expectedSha256Hex, qint64 expectedSize, QString* error)
{
    if (!isOpen()) {
        *error = tr("The download was already discarded.");
        return false;
    }
    if (m_tooLarge) {
        *error = tooLargeText(m_maximum);
        discard();
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
        m_file.discard();
        return false;
    }
    return true;
}

void ChecksummedFileWriter::discard()
{
    if (isOpen())
        QIODevice::close();
    m_file.discard(); // the temporary file goes before the owner reports the failure
}

} // namespace sp
