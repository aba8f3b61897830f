#pragma once

#include "cache/SecureBytes.h"

#include <QObject>
#include <QTimer>

namespace sp {

class Clock;

// The access token, in memory only, with its expiry and the timer of its proactive refresh (at 80% of its
// lifetime, or later again after a failed refresh). Its serial changes with every token, so that answers
// can tell which token they were about without keeping a copy of it.
class AccessToken : public QObject
{
    Q_OBJECT
public:
    explicit AccessToken(const Clock* clock, QObject* parent = nullptr);

    void set(SecureBytes token, qint64 lifetimeMs);
    void clear(); // wiped; the timer stops
    bool isEmpty() const { return m_token.isEmpty(); }
    // Not expired, with a little margin so it does not expire on its way to the server.
    bool usable() const;
    QByteArray forSend() const { return m_token.toByteArray(); } // the caller wipes it after the send
    quint64 serial() const { return m_serial; }
    void refused(quint64 serial); // the server said this token is no good: dropped if still the current one

    // On by default; tests switch it off to exercise the refresh on a 401 token_expired.
    void setProactiveRefresh(bool enabled);
    bool proactiveRefresh() const { return m_proactive; }
    void scheduleRefresh();                        // at 80% of the lifetime left
    void retryRefreshAfter(int retryAfterSeconds); // after a failed refresh: no sooner than 30 s
    void stopRefreshTimer() { m_timer.stop(); }

signals:
    void refreshDue();

private:
    const Clock* m_clock;
    SecureBytes m_token;
    quint64 m_serial = 0;
    qint64 m_expiresAtMs = 0; // by m_clock
    bool m_proactive = true;
    QTimer m_timer;
};

} // namespace sp
