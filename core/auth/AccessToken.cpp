#include "auth/AccessToken.h"

#include "common/Clock.h"

#include <utility>

namespace sp {

namespace {

// A token is treated as expired a little early, so it does not expire on its way to the server.
constexpr qint64 kExpirySkewMs = 1000;
// After a failed proactive refresh (offline, server trouble), try again no sooner than this.
constexpr int kRefreshRetryMs = 30000;

} // namespace

AccessToken::AccessToken(const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AccessToken::refreshDue);
}

void AccessToken::set(SecureBytes token, qint64 lifetimeMs)
{
    m_token = std::move(token);
    ++m_serial;
    m_expiresAtMs = m_clock->nowMSecsSinceEpoch() + lifetimeMs;
}

void AccessToken::clear()
{
    m_token.clear();
    ++m_serial;
    m_expiresAtMs = 0;
    m_timer.stop();
}

bool AccessToken::usable() const
{
    return !m_token.isEmpty() && m_clock->nowMSecsSinceEpoch() + kExpirySkewMs < m_expiresAtMs;
}

void AccessToken::refused(quint64 serial)
{
    if (serial == m_serial)
        m_token.clear(); // the next send refreshes first
}

void AccessToken::setProactiveRefresh(bool enabled)
{
    m_proactive = enabled;
    if (!enabled)
        m_timer.stop();
}

void AccessToken::scheduleRefresh()
{
    if (!m_proactive || m_token.isEmpty())
        return;
    const qint64 lifetimeLeft = qMax<qint64>(0, m_expiresAtMs - m_clock->nowMSecsSinceEpoch());
    // At 80% of the lifetime: early enough for a slow network, late enough not to waste rotations.
    m_timer.start(int(qBound<qint64>(200, lifetimeLeft * 8 / 10, 24LL * 3600 * 1000)));
}

void AccessToken::retryRefreshAfter(int retryAfterSeconds)
{
    if (m_proactive)
        m_timer.start(qMax(kRefreshRetryMs, retryAfterSeconds * 1000));
}

} // namespace sp
