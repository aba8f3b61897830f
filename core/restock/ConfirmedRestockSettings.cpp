#include "restock/ConfirmedRestockSettings.h"

#include "cache/AccountCache.h"
#include "cache/CacheWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

#include <atomic>

namespace sp {

namespace {
// Apart from ConfirmedUnitCosts' (from 1) and ConfirmedExpenses' (from 2^62) tickets: the writer's
// answers reach all three.
std::atomic<quint64> g_nextTicket{quint64(1) << 61};
} // namespace

ConfirmedRestockSettings::ConfirmedRestockSettings(QObject* parent)
    : QObject(parent)
{}

void ConfirmedRestockSettings::setCache(AccountCache* cache) { m_cache = cache; }

void ConfirmedRestockSettings::write(const QJsonObject& stored)
{
    CacheWriter* writer = m_cache && m_cache->state() == AccountCache::State::Open ? m_cache->writer() : nullptr;
    if (!writer) {
        QTimer::singleShot(0, this, [this] {
            emit failed(QCoreApplication::translate("sp::ConfirmedRestockSettings", "The offline cache is not open."));
        });
        return;
    }
    const quint64 ticket = g_nextTicket++;
    m_pending.insert(ticket);
    // Queued to this object's thread; the connection goes with this object (a late answer finds nobody).
    connect(writer, &CacheWriter::confirmed, this, &ConfirmedRestockSettings::onConfirmed, Qt::UniqueConnection);
    const QJsonArray rows{stored};
    QMetaObject::invokeMethod(
        writer, [writer, ticket, rows] { writer->confirmRows(ticket, QStringLiteral("restock-settings"), rows); },
        Qt::QueuedConnection);
}

void ConfirmedRestockSettings::onConfirmed(quint64 ticket, bool ok, const QString& error)
{
    if (!m_pending.remove(ticket))
        return; // another object's write
    if (ok)
        emit written();
    else
        emit failed(error);
}

} // namespace sp
