#include "cache/ConfirmedUnitCosts.h"

#include "cache/AccountCache.h"
#include "cache/CacheWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

#include <atomic>

namespace sp {

namespace {
std::atomic<quint64> g_nextTicket{1}; // unique over every writer's answers
}

ConfirmedUnitCosts::ConfirmedUnitCosts(QObject* parent)
    : QObject(parent)
{}

void ConfirmedUnitCosts::setCache(AccountCache* cache) { m_cache = cache; }

void ConfirmedUnitCosts::write(const QJsonObject& stored)
{
    CacheWriter* writer = m_cache && m_cache->state() == AccountCache::State::Open ? m_cache->writer() : nullptr;
    if (!writer) {
        QTimer::singleShot(0, this, [this] {
            emit failed(QCoreApplication::translate("sp::ConfirmedUnitCosts", "The offline cache is not open."));
        });
        return;
    }
    const quint64 ticket = g_nextTicket++;
    m_pending.insert(ticket);
    // Queued to this object's thread; the connection goes with this object (a late answer finds nobody).
    connect(writer, &CacheWriter::confirmed, this, &ConfirmedUnitCosts::onConfirmed, Qt::UniqueConnection);
    const QJsonArray rows{stored};
    QMetaObject::invokeMethod(
        writer, [writer, ticket, rows] { writer->confirmUnitCosts(ticket, rows); }, Qt::QueuedConnection);
}

void ConfirmedUnitCosts::onConfirmed(quint64 ticket, bool ok, const QString& error)
{
    if (!m_pending.remove(ticket))
        return; // another object's write
    if (ok)
        emit written();
    else
        emit failed(error);
}

} // namespace sp
