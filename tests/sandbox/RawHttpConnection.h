#pragma once

#include "SandboxHttpClient.h"
#include "SandboxProcess.h"

#include <QHostAddress>
#include <QSslSocket>

namespace sp::test {

// One HTTP/1.1 connection to the sandbox written byte by byte, for what QNetworkAccessManager cannot do: a
// chosen source address on loopback (127.0.0.x), a head that promises more than is sent, a body streamed
// without holding it in memory, chunked framing by hand. TLS is verified against the sandbox's certificate.
class RawHttpConnection
{
public:
    explicit RawHttpConnection(const SandboxProcess& sandbox);

    // Connects (and for https completes the verified handshake); `from` binds the client's end, e.g. 127.0.0.7.
    bool open(const QHostAddress& from = QHostAddress(), QString* error = nullptr);
    void write(const QByteArray& bytes);
    // Writes `total` bytes of body from a small repeated block, never more than about 256 KiB queued at once,
    // until all is sent, an answer starts to arrive or the server closes. Returns the bytes handed to the socket.
    // With `chunked`, each block goes out as one chunk of Transfer-Encoding: chunked (without the last chunk).
    qint64 streamBody(qint64 total, bool chunked = false);
    // Waits for one whole answer (Content-Length framed) and parses it; status 0 when none came in time.
    HttpResult readResponse(int timeoutMs = 20000);
    // True once the server closed the connection (within the timeout).
    bool waitForServerClose(int timeoutMs = 10000);

private:
    bool waitForEvent(int timeoutMs);
    qint64 queuedBytes() const;

    const SandboxProcess& m_sandbox;
    QSslSocket m_socket;
    QByteArray m_received; // taken as soon as it arrives: a reset after the answer must not discard it
};

} // namespace sp::test
