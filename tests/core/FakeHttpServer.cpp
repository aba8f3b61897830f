#include "FakeHttpServer.h"

#include <QTcpSocket>
#include <QTimer>

namespace sp::test {

FakeHttpServer::FakeHttpServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

bool FakeHttpServer::listen() { return m_server.listen(QHostAddress::LocalHost, 0); }

QUrl FakeHttpServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        ++m_connections;
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                           lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length", "0").toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return;
            request.body = buffer->mid(headerEnd + 4, length);
            buffer->clear();
            m_requests.append(request);

            const Response response = m_handler ? m_handler(request) : Response{};
            if (response.hang)
                return;
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
            if (!response.contentType.isEmpty())
                out += "Content-Type: " + response.contentType + "\r\n";
            if (!response.lieAboutLength)
                out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            for (const auto& header : response.headers)
                out += header.first + ": " + header.second + "\r\n";
            out += "Connection: close\r\n\r\n";
            if (response.trickleMs > 0) {
                // Never silent for long, never done: a transfer timeout alone never fires.
                socket->write(out);
                auto* timer = new QTimer(socket);
                auto sent = std::make_shared<qsizetype>(0);
                const QByteArray body = response.body;
                connect(timer, &QTimer::timeout, socket, [socket, timer, sent, body] {
                    if (*sent >= body.size()) {
                        timer->stop();
                        socket->disconnectFromHost();
                        return;
                    }
                    socket->write(body.mid((*sent)++, 1));
                });
                timer->start(response.trickleMs);
                return;
            }
            out += response.body;
            auto send = [socket, out] {
                socket->write(out);
                socket->disconnectFromHost();
            };
            if (response.delayMs > 0)
                QTimer::singleShot(response.delayMs, socket, send);
            else
                send();
        });
    }
}

} // namespace sp::test
