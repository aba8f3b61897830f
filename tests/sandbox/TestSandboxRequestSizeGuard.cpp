// The sandbox's RequestSizeGuard on its own (compiled from sandbox/ sources): it follows HTTP/1.1 framing from
// bytes in any pieces and stops a request as soon as its head or body is known to be over the limit.

#include "RequestSizeGuard.h"

#include <QTest>

namespace sp::test {

namespace {

constexpr qint64 kHead = 1024;
constexpr qint64 kBody = 4096;
using Verdict = RequestSizeGuard::Verdict;

QByteArray post(const QByteArray& framing, const QByteArray& body = {})
{
    return "POST /v1/auth/login?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-Id: abc\r\n" + framing + "\r\n\r\n" + body;
}

QByteArray chunked(const QByteArray& body, int piece)
{
    QByteArray out;
    for (qsizetype i = 0; i < body.size(); i += piece) {
        const QByteArray part = body.mid(i, piece);
        out += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
    }
    return out + "0\r\nX-Trailer: t\r\n\r\n";
}

// Feeds `stream` in pieces of `step` bytes; the verdict after the last piece.
Verdict feedInPieces(RequestSizeGuard* guard, const QByteArray& stream, qsizetype step)
{
    for (qsizetype i = 0; i < stream.size(); i += step)
        guard->feed(stream.mid(i, step));
    return guard->verdict();
}

} // namespace

class TestSandboxRequestSizeGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsWithinTheLimitsPassInAnyPieces();
    void contentLengthOverTheLimitStopsAtTheHead();
    void chunkedBodyStopsWhenItPassesTheLimit();
    void manyTinyChunksCountTheirFraming();
    void headOverTheLimitStops();
    void ambiguousLengthsAreMalformed_data();
    void ambiguousLengthsAreMalformed();
    void theStoppedRequestIsTheOneReported();
};

void TestSandboxRequestSizeGuard::requestsWithinTheLimitsPassInAnyPieces()
{
    const QByteArray body(kBody, 'b');
    const QByteArray stream = "\r\n" + post("Content-Length: " + QByteArray::number(kBody), body)
                              + post("Transfer-Encoding: gzip, chunked", chunked(body, 1000))
                              + "GET /v1/health HTTP/1.1\nHost: x\n\n" // bare LF lines
                              + post("Content-Length: 0") + post("Content-Length: 3, 3", "abc");
    for (const qsizetype step : {qsizetype(1), qsizetype(2), qsizetype(7), qsizetype(100), stream.size()}) {
        RequestSizeGuard guard(kHead, kBody);
        QCOMPARE(feedInPieces(&guard, stream, step), Verdict::Fine);
    }
}

void TestSandboxRequestSizeGuard::contentLengthOverTheLimitStopsAtTheHead()
{
    RequestSizeGuard guard(kHead, kBody);
    QCOMPARE(guard.feed(post("Content-Length: " + QByteArray::number(kBody + 1))), Verdict::BodyTooLarge);
    QCOMPARE(guard.head().method, QByteArrayLiteral("POST"));
    QCOMPARE(guard.head().target, QByteArrayLiteral("/v1/auth/login?x=1"));
    RequestSizeGuard huge(kHead, kBody);
    QCOMPARE(huge.feed(post("Content-Length: 99999999999999999999999")), Verdict::BodyTooLarge);
    QCOMPARE(huge.feed(QByteArray(100, 'x')), Verdict::BodyTooLarge); // it stays so
}

void TestSandboxRequestSizeGuard::chunkedBodyStopsWhenItPassesTheLimit()
{
    RequestSizeGuard guard(kHead, kBody);
    QCOMPARE(guard.feed(post("Transfer-Encoding: chunked") + "800\r\n" + QByteArray(0x800, 'a') + "\r\n"),
             Verdict::Fine);
    // The chunk that would pass the limit is refused when announced, before its data.
    QCOMPARE(guard.feed("801\r\n"), Verdict::BodyTooLarge);
    RequestSizeGuard oneBigChunk(kHead, kBody);
    QCOMPARE(oneBigChunk.feed(post("Transfer-Encoding: chunked") + "c800000\r\n"), Verdict::BodyTooLarge);
}

void TestSandboxRequestSizeGuard::manyTinyChunksCountTheirFraming()
{
    RequestSizeGuard guard(kHead, kBody);
    guard.feed(post("Transfer-Encoding: chunked"));
    Verdict verdict = Verdict::Fine;
    for (int i = 0; i < kBody && verdict == Verdict::Fine; ++i)
        verdict = guard.feed("1;some-long-extension-to-pad-the-framing\r\nx\r\n");
    QCOMPARE(verdict, Verdict::BodyTooLarge);
}

void TestSandboxRequestSizeGuard::headOverTheLimitStops()
{
    RequestSizeGuard guard(kHead, kBody);
    QCOMPARE(guard.feed("GET /v1/health HTTP/1.1\r\nX-Filler: " + QByteArray(kHead / 2, 'f')), Verdict::Fine);
    QCOMPARE(guard.feed(QByteArray(kHead, 'f')), Verdict::HeadTooLarge);
    QCOMPARE(guard.head().target, QByteArrayLiteral("/v1/health"));
}

void TestSandboxRequestSizeGuard::ambiguousLengthsAreMalformed_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::newRow("two lengths") << post("Content-Length: 3\r\nContent-Length: 4", "abcd");
    QTest::newRow("not a number") << post("Content-Length: 3x", "abc");
    QTest::newRow("negative") << post("Content-Length: -1");
    QTest::newRow("transfer-encoding without chunked") << post("Transfer-Encoding: gzip", "abc");
    QTest::newRow("bad chunk size") << (post("Transfer-Encoding: chunked") + "zz\r\n");
    QTest::newRow("chunk without its CRLF") << (post("Transfer-Encoding: chunked") + "3\r\nabcX\r\n");
    QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n  folded\r\n\r\n");
    QTest::newRow("no version") << QByteArray("GET /\r\n\r\n");
}

void TestSandboxRequestSizeGuard::ambiguousLengthsAreMalformed()
{
    QFETCH(QByteArray, stream);
    RequestSizeGuard guard(kHead, kBody);
    QCOMPARE(guard.feed(stream), Verdict::Malformed);
}

void TestSandboxRequestSizeGuard::theStoppedRequestIsTheOneReported()
{
    RequestSizeGuard guard(kHead, kBody);
    const QByteArray stream = post("Content-Length: 3", "abc")
                              + "PUT /second HTTP/1.1\r\nContent-Length: 5000\r\nX-Request-Id: second\r\n\r\n";
    QCOMPARE(guard.feed(stream), Verdict::BodyTooLarge);
    QCOMPARE(guard.head().method, QByteArrayLiteral("PUT"));
    QCOMPARE(guard.head().target, QByteArrayLiteral("/second"));
    QCOMPARE(guard.head().headers.constLast().second, QByteArrayLiteral("second"));
}

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSandboxRequestSizeGuard)
#include "TestSandboxRequestSizeGuard.moc"
