#include "sync/RetryPolicy.h"

#include "api/ApiError.h"

#include <QRandomGenerator>

namespace sp {

void RetryPolicy::start() { succeeded(); }

void RetryPolicy::succeeded()
{
    m_timer.invalidate();
    m_attempt = 0;
}

qint64 RetryPolicy::nextDelayMs(int retryAfterSeconds)
{
    if (!m_timer.isValid())
        m_timer.start();
    qint64 delay = 0;
    if (retryAfterSeconds > 0) {
        // The server said when: wait exactly that (plus a little jitter), no longer.
        delay = qint64(retryAfterSeconds) * 1000 + jittered(m_baseMs / 2);
    } else {
        const int shift = qMin(m_attempt, 16);
        ++m_attempt;
        delay = jittered(qMin(m_capMs, m_baseMs << shift));
    }
    if (m_timer.elapsed() + delay > m_budgetMs)
        return -1;
    return delay;
}

qint64 RetryPolicy::elapsedMs() const { return m_timer.isValid() ? m_timer.elapsed() : 0; }

qint64 RetryPolicy::jittered(qint64 ms)
{
    if (ms <= 1)
        return qMax<qint64>(ms, 0);
    return ms / 2 + qint64(QRandomGenerator::global()->bounded(quint64(ms / 2 + 1)));
}

bool RetryPolicy::isUnreachable(const ApiError& error)
{
    // A server that answers too slowly (ApiClient's deadline) is reachable: not "Offline".
    return error.kind == ApiError::Kind::Network
           || (error.kind == ApiError::Kind::Timeout && error.code != QLatin1String("deadline"));
}

bool RetryPolicy::isTransient(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Decode: // truncated or malformed page: fetched again
        return true;
    case ApiError::Kind::Problem:
        return error.httpStatus >= 500 || error.httpStatus == 408;
    default:
        return false;
    }
}

} // namespace sp
