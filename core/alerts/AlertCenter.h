#pragma once

#include "alerts/AlertEvaluator.h"
#include "alerts/AlertSettings.h"
#include "alerts/AlertTypes.h"
#include "amazon/AmazonConnection.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

class QSettings;

namespace sp {

class AccountCache;
class CipherDatabase;
class Clock;

// Issue 18 part 2: the alerts of one profile, on the UI thread. After each sync, evaluate() reads the
// causes on the cache reader's thread (AlertEvaluator, never on the UI thread), records them on the
// cache writer's thread (AlertStore: each cause raised once, re-armed when it clears) and announces
// what was raised (raised(): the notifier makes operating-system notifications of it). The page's
// list, Read, Snooze and Dismiss go through here too.
class AlertCenter : public QObject
{
    Q_OBJECT
public:
    // `settings`: the profile's (the rules' thresholds, "alerts/..."); `clock`: the injected time. Both
    // may come later (setSettingsStore, setClock): until then the defaults and the system clock.
    explicit AlertCenter(QSettings* settings = nullptr, const Clock* clock = nullptr, QObject* parent = nullptr);
    ~AlertCenter() override;
    void setSettingsStore(QSettings* settings); // reads the rules' settings from it; settingsChanged() follows
    void setClock(const Clock* clock);

    AlertSettings settings() const { return m_settings; }
    void setSettings(const AlertSettings& settings); // saved at once; settingsChanged() follows
    // The connection as the settings page last read it (AmazonConnectionClient::connectionLoaded).
    void setAmazonConnection(const AmazonConnection& connection) { m_amazon = connection; }
    // The open cache (SyncController::cache()); evaluate(cache) sets it too.
    void setCache(AccountCache* cache);
    AccountCache* cache() const;

    // After a sync (ended well or not): evaluated() follows, after raised() when something was raised.
    void evaluate(AccountCache* cache = nullptr);
    bool isEvaluating() const { return m_answered < m_asked; } // tests: the newest evaluation has answered
    // The list as shown at the clock's now (AlertEvaluator::shown), read off the UI thread.
    void readShown(QObject* context, std::function<void(QList<Alert>)> done);
    void markRead(const QString& key) { setState(key, Alert::State::Read, {}); }
    void snooze(const QString& key, const QDateTime& until) { setState(key, Alert::State::Snoozed, until); }
    void dismiss(const QString& key) { setState(key, Alert::State::Dismissed, {}); }
    const Clock* clock() const { return m_clock; }
    qint64 lastEvaluateMs() const { return m_lastMs; }

signals:
    void raised(const QList<sp::Alert>& alerts); // each cause once (see AlertStore)
    void evaluated(bool ok, qint64 ms);          // ms: the rules' read (alerts.evaluate_ms)
    void changed();                              // the list changed (raised, cleared, read, snoozed, dismissed)
    void settingsChanged();

private:
    void setState(const QString& key, Alert::State state, const QDateTime& until);
    // Runs `work` in a transaction on the writer's thread; `done(ok)` on this thread, while this exists.
    void write(std::function<bool(CipherDatabase&, QString*)> work, std::function<void(bool)> done);
    void onConfirmed(quint64 ticket, bool ok, const QString& error);

    QSettings* m_settingsStore;
    std::unique_ptr<Clock> m_systemClock; // while no clock was given
    const Clock* m_clock;
    AlertSettings m_settings;
    AmazonConnection m_amazon;
    QPointer<AccountCache> m_cache;
    QHash<quint64, std::function<void(bool)>> m_pending; // tickets of the writer's answers
    qint64 m_lastMs = -1;
    // The newest evaluation asked for, and the newest answered (a newer read drops older queued ones).
    quint64 m_asked = 0;
    quint64 m_answered = 0;
};

} // namespace sp
