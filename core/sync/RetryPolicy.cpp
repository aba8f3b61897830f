#include "sync/RetryPolicy.h"

#include <QRandomGenerator>

namespace sp {

void RetryPolicy::start()
{
    succeeded();
}

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

qint64 RetryPolicy::elapsedMs() const
{
    return m_timer.isValid() ? m_timer.elapsed() : 0;
}

qint64 RetryPolicy::jittered(qint64 ms)
{
    if (ms <= 1)
        return qMax<qint64>(ms, 0);
    return ms / 2 + qint64(QRandomGenerator::global()->bounded(quint64(ms / 2 + 1)));
}

} // namespace sp
