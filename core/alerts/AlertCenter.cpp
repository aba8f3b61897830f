#include "alerts/AlertCenter.h"

#include "alerts/AlertStore.h"
#include "alerts/AlertsLog.h"
#include "cache/AccountCache.h"
#include "cache/CacheReader.h"
#include "cache/CacheWriter.h"
#include "common/Clock.h"

#include <QSettings>
#include <QTimer>

namespace sp {

AlertCenter::AlertCenter(QSettings* settings, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_settingsStore(settings)
    , m_systemClock(std::make_unique<Clock>())
    , m_clock(clock ? clock : m_systemClock.get())
    , m_settings(settings ? AlertSettings::load(*settings) : AlertSettings())
{
    qRegisterMetaType<QList<sp::Alert>>();
}

AlertCenter::~AlertCenter() = default;

void AlertCenter::setSettingsStore(QSettings* settings)
{
    m_settingsStore = settings;
    m_settings = settings ? AlertSettings::load(*settings) : AlertSettings();
    emit settingsChanged();
}

void AlertCenter::setClock(const Clock* clock) { m_clock = clock ? clock : m_systemClock.get(); }

void AlertCenter::setSettings(const AlertSettings& settings)
{
    m_settings = settings;
    if (m_settingsStore) {
        settings.save(*m_settingsStore);
        m_settingsStore->sync();
    }
    emit settingsChanged();
}

void AlertCenter::setCache(AccountCache* cache)
{
    if (m_cache == cache)
        return;
    m_cache = cache;
    m_pending.clear(); // a late answer about another file finds nothing
    emit changed();
}

AccountCache* AlertCenter::cache() const { return m_cache.data(); }

void AlertCenter::evaluate(AccountCache* cache)
{
    if (cache)
        setCache(cache);
    CacheReader* reader = m_cache && m_cache->state() == AccountCache::State::Open ? m_cache->reader() : nullptr;
    const quint64 id = ++m_asked;
    if (!reader) {
        QTimer::singleShot(0, this, [this, id] {
            m_answered = qMax(m_answered, id);
            emit evaluated(false, -1);
        });
        return;
    }
    const AlertInputs inputs{m_settings, m_clock->nowUtc(), m_amazon};
    reader->read<AlertEvaluation>(
        this, CacheReader::laneOf(this, "evaluate"),
        [inputs](const CacheQuery& query) { return AlertEvaluator::evaluate(query, inputs); },
        [this, id, now = inputs.now](AlertEvaluation evaluation) {
            m_lastMs = evaluation.ms;
            if (!evaluation.ok) {
                m_answered = qMax(m_answered, id);
                emit evaluated(false, evaluation.ms);
                return;
            }
            auto fresh = std::make_shared<QList<Alert>>();
            const QList<AlertCause> causes = evaluation.causes;
            const QStringList unjudged = evaluation.unjudged;
            const qint64 ms = evaluation.ms;
            write(
                [causes, unjudged, now, fresh](CipherDatabase& db, QString* error) {
                    fresh->clear();
                    return AlertStore::apply(db, causes, unjudged, now, fresh.get(), error);
                },
                [this, id, fresh, ms](bool ok) {
                    if (ok && !fresh->isEmpty()) {
                        qCInfo(lcAlerts) << fresh->size() << "alert(s) raised";
                        emit raised(*fresh);
                    }
                    if (ok)
                        emit changed();
                    m_answered = qMax(m_answered, id);
                    emit evaluated(ok, ms);
                });
        });
}

void AlertCenter::readShown(QObject* context, std::function<void(QList<Alert>)> done)
{
    CacheReader* reader = m_cache && m_cache->state() == AccountCache::State::Open ? m_cache->reader() : nullptr;
    if (!reader) {
        QTimer::singleShot(0, context, [done] { done({}); });
        return;
    }
    const QDateTime now = m_clock->nowUtc();
    reader->read<QList<Alert>>(
        context, CacheReader::laneOf(context, "alerts"),
        [now](const CacheQuery& query) {
            QString error;
            const QList<Alert> alerts = AlertEvaluator::shown(query, now, &error);
            if (!error.isEmpty())
                qCWarning(lcAlerts) << "the alerts could not be read:" << error;
            return alerts;
        },
        std::move(done));
}

void AlertCenter::setState(const QString& key, Alert::State state, const QDateTime& until)
{
    write([key, state, until](CipherDatabase& db,
                              QString* error) { return AlertStore::setState(db, key, state, until, error); },
          [this](bool ok) {
              if (ok)
                  emit changed();
          });
}

void AlertCenter::write(std::function<bool(CipherDatabase&, QString*)> work, std::function<void(bool)> done)
{
    CacheWriter* writer = m_cache && m_cache->state() == AccountCache::State::Open ? m_cache->writer() : nullptr;
    if (!writer) {
        QTimer::singleShot(0, this, [done] { done(false); });
        return;
    }
    const quint64 ticket = CacheWriter::newTicket();
    m_pending.insert(ticket, std::move(done));
    // Queued to this object's thread; the connection goes with this object (a late answer finds nobody).
    connect(writer, &CacheWriter::confirmed, this, &AlertCenter::onConfirmed, Qt::UniqueConnection);
    QMetaObject::invokeMethod(
        writer,
        [writer, ticket, work = std::move(work)] {
            QString error;
            const bool ok = writer->writeInTransaction(work, &error);
            emit writer->confirmed(ticket, ok, error);
        },
        Qt::QueuedConnection);
}

void AlertCenter::onConfirmed(quint64 ticket, bool ok, const QString& error)
{
    const auto done = m_pending.take(ticket);
    if (!done)
        return; // another object's write, or one about a file no longer set
    if (!ok)
        qCWarning(lcAlerts) << "the alerts could not be recorded:" << error;
    done(ok);
}

} // namespace sp
