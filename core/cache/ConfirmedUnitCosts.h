#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace sp {

class AccountCache;

// Puts a unit cost the server has just stored (its answer to PUT /v1/unit-costs/{sku}) into the
// account's offline cache at once, through the cache's only writer in its thread, with the cost of
// goods it changes; the products page and the dashboard then show it before the next sync, which
// brings the same row again from the listing (the server's value stands). Only the server's answer
// is written, never what was typed: nothing reaches the cache that the server has not accepted.
class ConfirmedUnitCosts : public QObject
{
    Q_OBJECT
public:
    explicit ConfirmedUnitCosts(QObject* parent = nullptr);

    void setCache(AccountCache* cache); // null: nothing is written (failed() follows each write())
    // `stored`: the server's UnitCost object. written() or failed() follows, always asynchronously.
    void write(const QJsonObject& stored);

signals:
    void written();
    void failed(const QString& message); // readable

private:
    void onConfirmed(quint64 ticket, bool ok, const QString& error);

    QPointer<AccountCache> m_cache;
    QSet<quint64> m_pending; // this object's tickets among the writer's answers
};

} // namespace sp
