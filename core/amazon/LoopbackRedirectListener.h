#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QTcpServer;
class QTcpSocket;

namespace sp {

// The end of Amazon's consent on this computer (RFC 8252 section 7.3, loopback redirect): after the
// seller approves, the server redirects the browser to
//   http://127.0.0.1:<port>/sellerpulse/amazon-consent?authorization_id=<id>&handle=<one-time handle>
// (or &error=access_denied). Only a browser on this computer reaches this port, so a consent link
// forwarded to another computer never delivers the handle the app needs to confirm.
//
// Listens on IPv4 loopback only, on a port the system picks. Answers exactly one well-formed GET for
// the authorization it waits for, with a small self-contained page ("Return to SellerPulse"), then
// stops listening. Everything else (other path, method, authorization id, Host, a malformed handle)
// gets 404 and changes nothing. Requests are capped in size, connections in number and time.
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT
public:
    static constexpr const char* kPath = "/sellerpulse/amazon-consent";
    static constexpr int kMaxRequestBytes = 8 * 1024;
    static constexpr int kMaxConnections = 8;
    static constexpr int kConnectionTimeoutMs = 10 * 1000;

    explicit LoopbackRedirectListener(QObject* parent = nullptr);
    ~LoopbackRedirectListener() override;

    // Binds 127.0.0.1 on a free port; false with a technical reason.
    bool listen(QString* error);
    quint16 port() const;
    bool isListening() const;
    // The authorization whose redirect is awaited; until set, every request gets 404.
    void expect(const QString& authorizationId);
    // Stops listening and drops every connection; nothing is emitted afterwards.
    void close();
    // How long one connection may take to send its request; bounded to 100 ms .. kConnectionTimeoutMs.
    void setConnectionTimeoutMs(int ms);

signals:
    // Once, for the awaited authorization: the handle (43 characters base64url), or an empty handle
    // and Amazon's error ("access_denied") when the seller denied.
    void redirected(const QString& handle, const QString& error);

private:
    void accept();
    void read(QTcpSocket* socket);
    void respond(QTcpSocket* socket, int status, const QByteArray& body);
    bool isAwaitedRequest(const QByteArray& head, QString* handle, QString* error) const;
    static QByteArray page(bool denied);

    QTcpServer* m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QString m_authorizationId;
    int m_connectionTimeoutMs = kConnectionTimeoutMs;
    bool m_done = false;
};

} // namespace sp
