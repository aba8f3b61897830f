#include "cache/ConfirmedRows.h"

#include "cache/AccountCache.h"
#include "cache/CacheWriter.h"

#include <QJsonArray>
#include <QTimer>

namespace sp {

ConfirmedRows::ConfirmedRows(const QString& resource, QObject* parent)
    : QObject(parent)
    , m_resource(resource)
{}

void ConfirmedRows::setCache(AccountCache* cache) { m_cache = cache; }

void ConfirmedRows::write(const QJsonObject& stored)
{
    CacheWriter* writer = m_cache && m_cache->state() == AccountCache::State::Open ? m_cache->writer() : nullptr;
    if (!writer) {
        QTimer::singleShot(0, this, [this] { emit failed(tr("The offline cache is not open.")); });
        return;
    }
    const quint64 ticket = CacheWriter::newTicket();
    m_pending.insert(ticket);
    // Queued to this object's thread; the connection goes with this object (a late answer finds nobody).
    connect(writer, &CacheWriter::confirmed, this, &ConfirmedRows::onConfirmed, Qt::UniqueConnection);
    const QJsonArray rows{stored};
    QMetaObject::invokeMethod(
        writer, [writer, ticket, rows, resource = m_resource] { writer->confirmRows(ticket, resource, rows); },
        Qt::QueuedConnection);
}

void ConfirmedRows::onConfirmed(quint64 ticket, bool ok, const QString& error)
{
    if (!m_pending.remove(ticket))
        return; // another object's write
    if (ok)
        emit written();
    else
        emit failed(error);
}

} // namespace sp
