#include "amazon/LoopbackRedirectListener.h"

#include "amazon/AmazonLog.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace sp {

namespace {

// The one value of a query item; empty when it is missing or given more than once (ambiguous).
QString single(const QUrlQuery& query, const QString& name)
{
    const QStringList values = query.allQueryItemValues(name, QUrl::FullyDecoded);
    return values.size() == 1 ? values.constFirst() : QString();
}

} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_server->setMaxPendingConnections(kMaxConnections);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::accept);
}

LoopbackRedirectListener::~LoopbackRedirectListener() { close(); }

bool LoopbackRedirectListener::listen(QString* error)
{
    // IPv4 loopback only (RFC 8252 7.3): not "localhost", which may resolve elsewhere, and not
    // every interface, where other computers could reach the port.
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), 0)) {
        if (error)
            *error = m_server->errorString();
        return false;
    }
    m_done = false;
    return true;
}

quint16 LoopbackRedirectListener::port() const { return m_server->serverPort(); }

bool LoopbackRedirectListener::isListening() const { return m_server->isListening(); }

void LoopbackRedirectListener::expect(const QString& authorizationId) { m_authorizationId = authorizationId; }

void LoopbackRedirectListener::setConnectionTimeoutMs(int ms)
{
    m_connectionTimeoutMs = qBound(100, ms, int(kConnectionTimeoutMs));
}

void LoopbackRedirectListener::close()
{
    m_done = true;
    m_server->close();
    const QList<QTcpSocket*> sockets = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket* socket : sockets) {
        socket->abort();
        socket->deleteLater();
    }
}

void LoopbackRedirectListener::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        if (m_done || m_buffers.size() >= kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_buffers.insert(socket, QByteArray());
        // A connection that never finishes its request does not hold a slot for long.
        QTimer::singleShot(m_connectionTimeoutMs, socket, [socket] { socket->abort(); });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackRedirectListener::read(QTcpSocket* socket)
{
    auto found = m_buffers.find(socket);
    if (found == m_buffers.end()) {
        socket->readAll(); // answered already: anything more is ignored
        return;
    }
    QByteArray& buffer = *found;
    buffer += socket->read(kMaxRequestBytes + 1 - buffer.size());
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > kMaxRequestBytes) {
            m_buffers.erase(found);
            socket->readAll(); // unread bytes would turn the close into a reset that loses the answer
            respond(socket, 431, QByteArray());
        }
        return;
    }
    const QByteArray head = buffer.left(end);
    m_buffers.erase(found);
    QString handle, error;
    if (m_done || !isAwaitedRequest(head, &handle, &error)) {
        // Not ours, or a second one: nothing is revealed and nothing changes.
        respond(socket, 404, QByteArray());
        return;
    }
    m_done = true;
    respond(socket, 200, page(!error.isEmpty()));
    // Exactly once: no further connection is taken, and the others are dropped. The socket that
    // got the page is no longer tracked and closes itself once the page is written.
    close();
    qCInfo(lcAmazon) << "consent redirect received on the loopback port";
    emit redirected(handle, error);
}

bool LoopbackRedirectListener::isAwaitedRequest(const QByteArray& head, QString* handle, QString* error) const
{
    if (m_authorizationId.isEmpty())
        return false;
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine.at(0) != "GET" || !requestLine.at(2).startsWith("HTTP/1."))
        return false;
    // The Host a browser sends after the server's redirect; another one means a page that merely
    // resolves to 127.0.0.1 (DNS rebinding) is talking to us.
    const QByteArray expectedHost = "127.0.0.1:" + QByteArray::number(port());
    int hosts = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.left(colon).trimmed().toLower() != "host")
            continue;
        if (line.mid(colon + 1).trimmed() != expectedHost)
            return false;
        ++hosts;
    }
    if (hosts != 1)
        return false;

    const QByteArray target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    if (question < 0 || target.left(question) != kPath)
        return false;
    const QUrlQuery query(QString::fromLatin1(target.mid(question + 1)));
    if (single(query, QStringLiteral("authorization_id")) != m_authorizationId)
        return false;
    static const QRegularExpression handleShape(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    const QString givenHandle = single(query, QStringLiteral("handle"));
    const QString givenError = single(query, QStringLiteral("error"));
    if (!givenHandle.isEmpty() && givenError.isEmpty() && handleShape.match(givenHandle).hasMatch()) {
        *handle = givenHandle;
        return true;
    }
    if (givenHandle.isEmpty() && givenError == QLatin1String("access_denied")
        && !query.hasQueryItem(QStringLiteral("handle"))) {
        *error = givenError;
        return true;
    }
    return false;
}

void LoopbackRedirectListener::respond(QTcpSocket* socket, int status, const QByteArray& body)
{
    QByteArray reason = "Not Found";
    if (status == 200)
        reason = "OK";
    else if (status == 431)
        reason = "Request Header Fields Too Large";
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    head += "Content-Type: text/html; charset=utf-8\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Cache-Control: no-store\r\n";
    head += "Referrer-Policy: no-referrer\r\n";
    head += "Content-Security-Policy: default-src 'none'\r\n";
    head += "X-Content-Type-Options: nosniff\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    socket->write(body);
    socket->disconnectFromHost(); // after the bytes are written
}

QByteArray LoopbackRedirectListener::page(bool denied)
{
    // Self-contained: no script, style sheet, image or link (the CSP forbids them anyway), and no
    // echo of the request, so nothing from the URL reaches the page.
    const QString heading = tr("Return to SellerPulse");
    const QString text = denied ? tr("You chose not to connect your Amazon account. You can close this tab.")
                                : tr("Amazon has approved. Return to SellerPulse to check the Amazon account and "
                                     "finish connecting it. You can close this tab.");
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>\n"
                          "<body><h1>%1</h1>\n<p>%2</p></body></html>\n")
        .arg(heading.toHtmlEscaped(), text.toHtmlEscaped())
        .toUtf8();
}

} // namespace sp
