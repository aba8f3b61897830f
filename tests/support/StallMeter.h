#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace sp::test {

// The longest gap between two ticks of a 5 ms timer on the thread that owns it (the UI thread):
// how long that thread stalled while the meter ran. Used by UI tests and the interaction benchmark.
// With SP_STALL_TRACE=<ms> in the environment, each stall longer than that is printed with the
// CLOCK_MONOTONIC time it ended ("STALL <end s> <ms> ms"), to find it in a `perf record -k
// CLOCK_MONOTONIC` profile.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        m_traceOver = qEnvironmentVariableIntValue("SP_STALL_TRACE");
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_since.restart();
            m_longest = qMax(m_longest, gap);
            if (m_traceOver > 0 && gap > m_traceOver) {
                timespec now{};
                clock_gettime(CLOCK_MONOTONIC, &now);
                std::fprintf(stderr, "STALL %lld.%06ld %lld ms\n", static_cast<long long>(now.tv_sec),
                             now.tv_nsec / 1000, static_cast<long long>(gap));
            }
        });
        m_since.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
    int m_traceOver = 0;
};

} // namespace sp::test
