#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace sp::test {

// The longest gap between two ticks of a 5 ms timer on the thread that owns it (the UI thread):
// how long that thread stalled while the meter ran. Used by UI tests and the interaction benchmark.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] { m_longest = qMax(m_longest, m_since.restart()); });
        m_since.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
};

} // namespace sp::test
