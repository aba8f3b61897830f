#include "cache/ReadProgress.h"

namespace sp {

ReadProgress::ReadProgress(Send send, Stale stale)
    : m_send(std::move(send))
    , m_stale(std::move(stale))
{}

void ReadProgress::report(qint64 done, qint64 total)
{
    const bool last = total > 0 && done >= total; // an unknown total (0) has no last report
    if (done == m_lastDone || (m_sinceSent.isValid() && !last && m_sinceSent.elapsed() < kIntervalMs))
        return;
    m_lastDone = done;
    m_sinceSent.start();
    if (m_send)
        m_send(done, total);
}

bool ReadProgress::isCancelled() const { return m_stale && m_stale(); }

} // namespace sp
