#include "RateLimiter.h"

namespace sp {

RateLimiter::RateLimiter(int limit, int windowSeconds)
    : m_limit(limit)
    , m_windowMs(static_cast<qint64>(windowSeconds) * 1000)
{
    m_clock.start();
}

void RateLimiter::expire(QList<qint64>* attempts, qint64 now) const
{
    while (!attempts->isEmpty() && attempts->constFirst() + m_windowMs <= now)
        attempts->removeFirst();
}

int RateLimiter::retryAfter(const QString& key)
{
    const qint64 now = m_clock.elapsed();
    auto it = m_attempts.find(key);
    if (it == m_attempts.end())
        return 0;
    expire(&it.value(), now);
    if (it->isEmpty()) {
        m_attempts.erase(it);
        return 0;
    }
    if (it->size() < m_limit)
        return 0;
    const qint64 waitMs = it->constFirst() + m_windowMs - now;
    return static_cast<int>(qMax<qint64>(1, (waitMs + 999) / 1000));
}

void RateLimiter::record(const QString& key) { m_attempts[key].append(m_clock.elapsed()); }

int RateLimiter::consume(const QString& key)
{
    const int wait = retryAfter(key);
    if (wait == 0)
        record(key);
    return wait;
}

} // namespace sp
