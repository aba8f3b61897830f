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
    const int shift = qMin(m_attempt, 16);
    ++m_attempt;
    qint64 delay = jittered(qMin(m_capMs, m_baseMs << shift));
    delay = qMax(delay, qint64(retryAfterSeconds) * 1000);
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
