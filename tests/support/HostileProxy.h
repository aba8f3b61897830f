#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace sp::test {

// A misbehaving server for the sync's fault tests: plain HTTP on 127.0.0.1 in front of the real
// sandbox (HTTPS). Every request goes to the sandbox; the test may rewrite the answer (a cursor that
// never advances, a cycle, invented cursors), answer in its place, or have the answer trickle one
// byte at a time. One request per connection.
class HostileProxy : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method, target, body;       // target: path and query as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QString path() const;
        QString query(const QString& name) const;
    };
    struct Answer
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool trickle = false; // the body one byte per trickle interval, the headers at once
    };
    // Called with the sandbox's answer, before it is sent on.
    using Rewrite = std::function<void(const Request&, Answer&)>;
    // Answers without asking the sandbox when it returns true.
    using Local = std::function<bool(const Request&, Answer*)>;

    HostileProxy(const QUrl& upstream, const QSslConfiguration& tls, QObject* parent = nullptr);
    bool listen();
    QUrl url() const;
    void setRewrite(Rewrite rewrite) { m_rewrite = std::move(rewrite); }
    void setLocal(Local local) { m_local = std::move(local); }
    void setTrickleIntervalMs(int ms) { m_trickleMs = ms; }
    void clear(); // honest again
    int requestsTo(const QString& path) const { return int(m_paths.count(path)); }
    int requestCount() const { return int(m_paths.size()); }
    void resetCounts() { m_paths.clear(); }

private:
    void onNewConnection();
    void forward(QTcpSocket* socket, const Request& request);
    void send(QTcpSocket* socket, const Request& request, Answer answer);

    QUrl m_upstream;
    QSslConfiguration m_tls;
    QTcpServer m_server;
    QNetworkAccessManager m_nam;
    Rewrite m_rewrite;
    Local m_local;
    int m_trickleMs = 200;
    QStringList m_paths;
};

} // namespace sp::test
