#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace sp {

// Follows the request framing of one HTTP/1.1 connection (heads, Content-Length and chunked bodies, one request
// after another) from the bytes as they arrive, ahead of Qt HttpServer, whose 6.4 parser keeps a whole request
// in memory before any handler runs. It says "stop" as soon as a head or a body is known to be over its limit:
// a Content-Length over the limit at the end of the head, a chunked body once its data passes the limit.
// It never keeps a body, only the head being read (at most maxHeadBytes).
class RequestSizeGuard
{
public:
    enum class Verdict { Fine, HeadTooLarge, BodyTooLarge, Malformed };

    // The head of the request that was stopped (empty fields when it was not complete).
    struct Head
    {
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    RequestSizeGuard(qint64 maxHeadBytes, qint64 maxBodyBytes);

    // The next bytes of the stream, each byte exactly once. Once the verdict is not Fine it stays so.
    Verdict feed(const QByteArray& data);
    Verdict verdict() const { return m_verdict; }
    const Head& head() const { return m_head; }

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers };

    qsizetype feedHead(const QByteArray& data, qsizetype offset);
    qsizetype feedLine(const QByteArray& data, qsizetype offset, QByteArray* line, bool* complete);
    bool startBody();
    bool parseHead(const QByteArray& text);
    bool chunkSizeLine(const QByteArray& line);
    Verdict fail(Verdict verdict);

    qint64 m_maxHeadBytes;
    qint64 m_maxBodyBytes;
    State m_state = State::Head;
    Verdict m_verdict = Verdict::Fine;
    QByteArray m_pending; // the head or the framing line read so far
    Head m_head;
    qint64 m_remaining = 0; // body or chunk bytes still to come
    qint64 m_bodyBytes = 0; // decoded bytes of the current chunked body
    qint64 m_wireBytes = 0; // bytes on the wire of the current chunked body, framing included
};

} // namespace sp
