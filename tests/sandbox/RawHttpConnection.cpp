#include "RawHttpConnection.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

namespace sp::test {

namespace {
constexpr qint64 kMaxQueuedBytes = 256 * 1024;
} // namespace

RawHttpConnection::RawHttpConnection(const SandboxProcess& sandbox)
    : m_sandbox(sandbox)
{
    QObject::connect(&m_socket, &QIODevice::readyRead, &m_socket, [this] { m_received += m_socket.readAll(); });
}

bool RawHttpConnection::open(const QHostAddress& from, QString* error)
{
    if (!from.isNull() && !m_socket.bind(from)) {
        if (error)
            *error = QStringLiteral("cannot bind %1: %2").arg(from.toString(), m_socket.errorString());
        return false;
    }
    const QUrl url = m_sandbox.url();
    const bool tls = url.scheme() == QLatin1String("https");
    if (tls) {
        m_socket.setSslConfiguration(m_sandbox.sslConfiguration());
        m_socket.connectToHostEncrypted(url.host(), static_cast<quint16>(url.port()));
    } else {
        m_socket.connectToHost(url.host(), static_cast<quint16>(url.port()));
    }
    const bool ready = tls ? m_socket.waitForEncrypted(20000) : m_socket.waitForConnected(20000);
    if (!ready && error)
        *error = m_socket.errorString();
    return ready;
}

void RawHttpConnection::write(const QByteArray& bytes) { m_socket.write(bytes); }

qint64 RawHttpConnection::queuedBytes() const { return m_socket.bytesToWrite() + m_socket.encryptedBytesToWrite(); }

bool RawHttpConnection::waitForEvent(int timeoutMs)
{
    QEventLoop loop;
    QObject::connect(&m_socket, &QIODevice::bytesWritten, &loop, &QEventLoop::quit);
    QObject::connect(&m_socket, &QSslSocket::encryptedBytesWritten, &loop, &QEventLoop::quit);
    QObject::connect(&m_socket, &QIODevice::readyRead, &loop, &QEventLoop::quit);
    QObject::connect(&m_socket, &QAbstractSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&m_socket, &QAbstractSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    loop.exec();
    return timeout.isActive();
}

qint64 RawHttpConnection::streamBody(qint64 total, bool chunked)
{
    const QByteArray block(64 * 1024, 'x');
    qint64 sent = 0;
    QDeadlineTimer deadline(120000);
    while (sent < total && m_received.isEmpty() && m_socket.state() == QAbstractSocket::ConnectedState
           && !deadline.hasExpired()) {
        if (queuedBytes() < kMaxQueuedBytes) {
            const qint64 size = qMin<qint64>(block.size(), total - sent);
            if (chunked)
                m_socket.write(QByteArray::number(size, 16) + "\r\n");
            m_socket.write(block.constData(), size);
            if (chunked)
                m_socket.write("\r\n");
            sent += size;
            continue;
        }
        waitForEvent(1000);
    }
    return sent;
}

HttpResult RawHttpConnection::readResponse(int timeoutMs)
{
    HttpResult result;
    QDeadlineTimer deadline(timeoutMs);
    qsizetype headEnd = -1;
    qint64 length = -1;
    while (!deadline.hasExpired()) {
        headEnd = m_received.indexOf("\r\n\r\n");
        if (headEnd >= 0 && length < 0) {
            const QList<QByteArray> lines = m_received.left(headEnd).split('\n');
            result.status = lines.value(0).split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    result.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            }
            length = result.header("Content-Length").toLongLong();
        }
        if (headEnd >= 0 && m_received.size() >= headEnd + 4 + length)
            break;
        if (m_socket.state() == QAbstractSocket::UnconnectedState && m_socket.bytesAvailable() == 0)
            break;
        waitForEvent(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
    }
    if (headEnd < 0 || m_received.size() < headEnd + 4 + length) {
        result.status = 0;
        result.networkError = QStringLiteral("no whole answer: %1").arg(m_socket.errorString());
        return result;
    }
    result.body = m_received.mid(headEnd + 4, length);
    m_received.remove(0, headEnd + 4 + length);
    return result;
}

bool RawHttpConnection::waitForServerClose(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired())
        waitForEvent(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
    return m_socket.state() == QAbstractSocket::UnconnectedState;
}

} // namespace sp::test
