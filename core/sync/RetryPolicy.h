#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace sp {

struct ApiError;

// Exponential back-off with jitter for one sync's transient errors, within a time budget counted
// from the first error of a streak (a long sync that meets an error late still gets the full budget).
class RetryPolicy
{
public:
    void setBudgetMs(qint64 ms) { m_budgetMs = ms; }
    void setBaseDelayMs(qint64 ms) { m_baseMs = ms; }
    void start(); // a new sync
    // A page was committed: the next error starts a new streak with a fresh budget.
    void succeeded();
    // The wait before the next attempt (at least Retry-After), or -1 once the budget would be spent.
    qint64 nextDelayMs(int retryAfterSeconds);
    qint64 elapsedMs() const;
    // A random delay in [ms/2, ms]: many clients never retry in step.
    static qint64 jittered(qint64 ms);
    // Worth retrying within the run: the network, a timeout, 429, 5xx/408, a truncated page.
    static bool isTransient(const ApiError& error);
    // The server cannot be reached (a server too slow for ApiClient's deadline can: not Offline).
    static bool isUnreachable(const ApiError& error);

private:
    QElapsedTimer m_timer;
    qint64 m_budgetMs = 2 * 60 * 1000;
    qint64 m_baseMs = 500;
    qint64 m_capMs = 30 * 1000;
    int m_attempt = 0;
};

} // namespace sp
