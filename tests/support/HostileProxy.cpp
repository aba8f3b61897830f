#include "HostileProxy.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace sp::test {

QString HostileProxy::Request::path() const { return QUrl(QString::fromLatin1(target)).path(); }

QString HostileProxy::Request::query(const QString& name) const
{
    return QUrlQuery(QUrl(QString::fromLatin1(target)).query()).queryItemValue(name, QUrl::FullyDecoded);
}

HostileProxy::HostileProxy(const QUrl& upstream, const QSslConfiguration& tls, QObject* parent)
    : QObject(parent)
    , m_upstream(upstream)
    , m_tls(tls)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HostileProxy::onNewConnection);
}

bool HostileProxy::listen() { return m_server.listen(QHostAddress::LocalHost, 0); }

QUrl HostileProxy::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

void HostileProxy::clear()
{
    m_rewrite = nullptr;
    m_local = nullptr;
}

void HostileProxy::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
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
            request.target = first.value(1);
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
            m_paths.append(request.path());
            Answer local;
            if (m_local && m_local(request, &local))
                send(socket, request, std::move(local));
            else
                forward(socket, request);
        });
    }
}

void HostileProxy::forward(QTcpSocket* socket, const Request& request)
{
    QUrl url = m_upstream;
    const QUrl target(QString::fromLatin1(request.target));
    url.setPath(target.path());
    url.setQuery(target.query());
    QNetworkRequest upstream(url);
    upstream.setSslConfiguration(m_tls);
    upstream.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const char* name : {"authorization", "content-type", "accept", "x-request-id", "user-agent"}) {
        const QByteArray value = request.headers.value(name);
        if (!value.isEmpty())
            upstream.setRawHeader(name, value);
    }
    QNetworkReply* reply = m_nam.sendCustomRequest(upstream, request.method, request.body);
    QPointer<QTcpSocket> client(socket);
    connect(reply, &QNetworkReply::finished, this, [this, reply, client, request] {
        reply->deleteLater();
        if (!client)
            return;
        Answer answer;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        answer.status = status.isValid() ? status.toInt() : 502;
        answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        answer.body = reply->readAll();
        for (const char* name : {"Retry-After", "Date", "Cache-Control"})
            if (reply->hasRawHeader(name))
                answer.headers.append({name, reply->rawHeader(name)});
        if (m_rewrite)
            m_rewrite(request, answer);
        send(client, request, std::move(answer));
    });
}

void HostileProxy::send(QTcpSocket* socket, const Request&, Answer answer)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\n";
    if (!answer.contentType.isEmpty())
        head += "Content-Type: " + answer.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    for (const auto& header : std::as_const(answer.headers))
        head += header.first + ": " + header.second + "\r\n";
    head += "Connection: close\r\n\r\n";
    if (!answer.trickle) {
        socket->write(head + answer.body);
        socket->disconnectFromHost();
        return;
    }
    // One byte per interval: never silent long enough for a transfer timeout, never done.
    socket->write(head);
    auto* timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(0);
    const QByteArray body = answer.body;
    connect(timer, &QTimer::timeout, socket, [socket, timer, sent, body] {
        if (*sent >= body.size()) {
            timer->stop();
            socket->disconnectFromHost();
            return;
        }
        socket->write(body.mid(*sent, 1));
        ++*sent;
    });
    timer->start(m_trickleMs);
}

} // namespace sp::test
