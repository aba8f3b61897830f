#include "expenses/ConfirmedExpenses.h"

#include "cache/AccountCache.h"
#include "cache/CacheWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

#include <atomic>

namespace sp {

namespace {
// Far from ConfirmedUnitCosts' tickets (which count from 1): the writer's answers reach both.
std::atomic<quint64> g_nextTicket{quint64(1) << 62};
} // namespace

ConfirmedExpenses::ConfirmedExpenses(QObject* parent)
    : QObject(parent)
{}

void ConfirmedExpenses::setCache(AccountCache* cache) { m_cache = cache; }

void ConfirmedExpenses::write(const QJsonObject& stored)
{
    CacheWriter* writer = m_cache && m_cache->state() == AccountCache::State::Open ? m_cache->writer() : nullptr;
    if (!writer) {
        QTimer::singleShot(0, this, [this] {
            emit failed(QCoreApplication::translate("sp::ConfirmedExpenses", "The offline cache is not open."));
        });
        return;
    }
    const quint64 ticket = g_nextTicket++;
    m_pending.insert(ticket);
    // Queued to this object's thread; the connection goes with this object (a late answer finds nobody).
    connect(writer, &CacheWriter::confirmed, this, &ConfirmedExpenses::onConfirmed, Qt::UniqueConnection);
    const QJsonArray rows{stored};
    QMetaObject::invokeMethod(
        writer, [writer, ticket, rows] { writer->confirmRows(ticket, QStringLiteral("expenses"), rows); },
        Qt::QueuedConnection);
}

void ConfirmedExpenses::onConfirmed(quint64 ticket, bool ok, const QString& error)
{
    if (!m_pending.remove(ticket))
        return; // another object's write
    if (ok)
        emit written();
    else
        emit failed(error);
}

} // namespace sp
