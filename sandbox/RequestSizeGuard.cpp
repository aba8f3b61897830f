#include "RequestSizeGuard.h"

namespace sp {

namespace {

constexpr qsizetype kMaxLineBytes = 4096;        // a chunk-size line or a trailer line
constexpr qint64 kFramingAllowanceBytes = 16384; // chunk framing on top of the body limit

bool isToken(const QByteArray& text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c <= ' ' || c >= 127 || c == ':' || c == '"' || c == '(' || c == ')' || c == ',' || c == '/' || c == ';'
            || c == '<' || c == '=' || c == '>' || c == '?' || c == '@' || c == '[' || c == '\\' || c == ']' || c == '{'
            || c == '}')
            return false;
    }
    return true;
}

bool allDigits(const QByteArray& text, int base)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool digit = c >= '0' && c <= '9';
        const bool hex = (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!digit && !(base == 16 && hex))
            return false;
    }
    return true;
}

QByteArray withoutCarriageReturn(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

RequestSizeGuard::RequestSizeGuard(qint64 maxHeadBytes, qint64 maxBodyBytes)
    : m_maxHeadBytes(maxHeadBytes)
    , m_maxBodyBytes(maxBodyBytes)
{}

RequestSizeGuard::Verdict RequestSizeGuard::fail(Verdict verdict)
{
    m_verdict = verdict;
    m_pending.clear();
    return verdict;
}

RequestSizeGuard::Verdict RequestSizeGuard::feed(const QByteArray& data)
{
    qsizetype offset = 0;
    while (m_verdict == Verdict::Fine && offset < data.size()) {
        const qsizetype available = data.size() - offset;
        switch (m_state) {
        case State::Head:
            offset = feedHead(data, offset);
            break;
        case State::Body:
        case State::ChunkData: {
            const qsizetype take = static_cast<qsizetype>(qMin<qint64>(m_remaining, available));
            offset += take;
            m_remaining -= take;
            if (m_state == State::ChunkData)
                m_wireBytes += take;
            if (m_remaining == 0)
                m_state = m_state == State::Body ? State::Head : State::ChunkDataEnd;
            break;
        }
        case State::ChunkSize:
        case State::ChunkDataEnd:
        case State::Trailers: {
            bool complete = false;
            const qsizetype used = feedLine(data, offset, &m_pending, &complete);
            offset += used;
            m_wireBytes += used;
            if (!complete) {
                if (m_pending.size() > kMaxLineBytes)
                    return fail(Verdict::Malformed);
                break;
            }
            const QByteArray line = withoutCarriageReturn(m_pending);
            m_pending.clear();
            if (m_state == State::ChunkSize) {
                if (!chunkSizeLine(line))
                    return m_verdict == Verdict::Fine ? fail(Verdict::Malformed) : m_verdict;
            } else if (m_state == State::ChunkDataEnd) {
                if (!line.isEmpty())
                    return fail(Verdict::Malformed);
                m_state = State::ChunkSize;
            } else if (line.isEmpty()) {
                m_state = State::Head; // the end of the trailers: the next request may follow
            }
            break;
        }
        }
        // Many tiny chunks cost Qt HttpServer their framing too: the whole chunked body counts.
        if (m_state != State::Head && m_state != State::Body && m_wireBytes > m_maxBodyBytes + kFramingAllowanceBytes)
            return fail(Verdict::BodyTooLarge);
    }
    return m_verdict;
}

qsizetype RequestSizeGuard::feedLine(const QByteArray& data, qsizetype offset, QByteArray* line, bool* complete)
{
    const qsizetype newline = data.indexOf('\n', offset);
    const qsizetype end = newline < 0 ? data.size() : newline + 1;
    // Never more than one line's worth is kept, whatever arrives.
    const qsizetype keep = qMin<qsizetype>(end - offset, kMaxLineBytes + 2 - line->size());
    if (keep > 0)
        line->append(data.constData() + offset, keep);
    *complete = newline >= 0 && keep == end - offset;
    if (*complete)
        line->chop(1); // the '\n'
    return end - offset;
}

qsizetype RequestSizeGuard::feedHead(const QByteArray& data, qsizetype offset)
{
    if (m_pending.isEmpty()) {
        // Empty lines before a request line are allowed (RFC 9112, section 2.2).
        while (offset < data.size() && (data.at(offset) == '\r' || data.at(offset) == '\n'))
            ++offset;
        if (offset == data.size())
            return offset;
    }
    const qsizetype before = m_pending.size();
    // Keep at most the limit plus the end marker: a longer head is refused, not collected.
    const qsizetype room = static_cast<qsizetype>(m_maxHeadBytes) + 4 - before;
    const qsizetype appended = qMin<qsizetype>(room, data.size() - offset);
    m_pending.append(data.constData() + offset, appended);
    const qsizetype from = qMax<qsizetype>(0, before - 3);
    const qsizetype crlf = m_pending.indexOf("\r\n\r\n", from);
    const qsizetype lf = m_pending.indexOf("\n\n", from);
    qsizetype end = -1;
    qsizetype markerLength = 0;
    if (crlf >= 0 && (lf < 0 || crlf < lf)) {
        end = crlf;
        markerLength = 4;
    } else if (lf >= 0) {
        end = lf;
        markerLength = 2;
    }
    if (end < 0 || end > m_maxHeadBytes) {
        if (m_pending.size() <= m_maxHeadBytes)
            return offset + appended; // wait for more
        // Its complete lines (the request line, the X-Request-Id if it came) for the reply; the rest is not read.
        parseHead(m_pending.left(m_pending.lastIndexOf('\n')));
        fail(Verdict::HeadTooLarge);
        return data.size();
    }
    const qsizetype usedHere = end + markerLength - before;
    const QByteArray text = m_pending.left(end);
    m_pending.clear();
    if (!parseHead(text)) {
        fail(Verdict::Malformed);
        return data.size();
    }
    startBody();
    return offset + usedHere;
}

bool RequestSizeGuard::parseHead(const QByteArray& text)
{
    m_head = Head();
    const QList<QByteArray> lines = text.split('\n');
    const QList<QByteArray> requestLine = withoutCarriageReturn(lines.value(0)).split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || requestLine.at(1).isEmpty()
        || !requestLine.at(2).startsWith("HTTP/"))
        return false;
    m_head.method = requestLine.at(0);
    m_head.target = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = withoutCarriageReturn(lines.at(i));
        const qsizetype colon = line.indexOf(':');
        // No obsolete line folding, no space before the colon (RFC 9112, section 5).
        if (colon <= 0 || !isToken(line.left(colon)))
            return false;
        m_head.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    return true;
}

bool RequestSizeGuard::startBody()
{
    QList<QByteArray> transferEncodings;
    QList<QByteArray> contentLengths;
    for (const auto& header : std::as_const(m_head.headers)) {
        if (header.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            transferEncodings.append(header.second.split(','));
        else if (header.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLengths.append(header.second.split(','));
    }
    m_state = State::Head;
    if (!transferEncodings.isEmpty()) {
        // Transfer-Encoding wins over Content-Length; a request body must end with chunked to have a length.
        if (transferEncodings.constLast().trimmed().toLower() != "chunked") {
            fail(Verdict::Malformed);
            return false;
        }
        m_state = State::ChunkSize;
        m_bodyBytes = 0;
        m_wireBytes = 0;
        return true;
    }
    if (contentLengths.isEmpty())
        return true; // no body
    const QByteArray first = contentLengths.constFirst().trimmed();
    for (const QByteArray& value : std::as_const(contentLengths)) {
        if (!allDigits(value.trimmed(), 10) || value.trimmed() != first) {
            fail(Verdict::Malformed);
            return false;
        }
    }
    if (first.size() > 15 || first.toLongLong() > m_maxBodyBytes) {
        fail(Verdict::BodyTooLarge);
        return false;
    }
    m_remaining = first.toLongLong();
    if (m_remaining > 0)
        m_state = State::Body;
    return true;
}

bool RequestSizeGuard::chunkSizeLine(const QByteArray& line)
{
    const qsizetype semicolon = line.indexOf(';');
    const QByteArray size = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
    if (!allDigits(size, 16))
        return false;
    if (size.size() > 15) {
        fail(Verdict::BodyTooLarge);
        return false;
    }
    const qint64 bytes = size.toLongLong(nullptr, 16);
    if (bytes == 0) {
        m_state = State::Trailers;
        return true;
    }
    m_bodyBytes += bytes;
    if (m_bodyBytes > m_maxBodyBytes) {
        fail(Verdict::BodyTooLarge); // refused when announced, before its data is read
        return false;
    }
    m_remaining = bytes;
    m_state = State::ChunkData;
    return true;
}

} // namespace sp
