#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace sp::test {

// A tiny plain-HTTP server on 127.0.0.1 for unit tests of the client: it records each request and
// answers with whatever the test's handler returns. One request per connection.
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method, path, body;
        QHash<QByteArray, QByteArray> headers; // lower-case names
    };
    struct Response
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool hang = false;           // never answer (for timeouts)
        bool lieAboutLength = false; // send no Content-Length, stream the body, close
        int delayMs = 0;             // answer this much later (other requests are served meanwhile)
        int trickleMs = 0;           // > 0: the headers at once, then the body one byte per trickleMs
    };
    using Handler = std::function<Response(const Request&)>;

    explicit FakeHttpServer(QObject* parent = nullptr);
    bool listen();
    QUrl url() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request>& requests() const { return m_requests; }
    int connectionCount() const { return m_connections; }

private:
    void onNewConnection();

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    int m_connections = 0;
};

} // namespace sp::test
