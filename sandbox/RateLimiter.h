#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

namespace sp {

// At most `limit` attempts per sliding window per key (e.g. "login-email:a@b.c"), in memory.
// Uses a monotonic clock so wall-clock changes cannot reset or extend a window.
class RateLimiter
{
public:
    RateLimiter(int limit, int windowSeconds);

    // 0 when an attempt is allowed now, else whole seconds until the window frees a slot (>= 1).
    int retryAfter(const QString& key);
    void record(const QString& key);
    // Checks and records in one step (for actions where every attempt counts); 0 when allowed.
    int consume(const QString& key);

private:
    void expire(QList<qint64>* attempts, qint64 now) const;

    int m_limit;
    qint64 m_windowMs;
    QElapsedTimer m_clock;
    QHash<QString, QList<qint64>> m_attempts;
};

} // namespace sp
