#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace sp {

class AccountCache;

// Puts a restock setting the server has just stored (its answer to a PUT), or the tombstone of one
// it deleted, into the account's offline cache at once, through the cache's only writer in its
// thread, decoded and checked like a page of the listing (as ConfirmedUnitCosts and
// ConfirmedExpenses). The next sync brings the same row again; the server's word stands.
class ConfirmedRestockSettings : public QObject
{
    Q_OBJECT
public:
    explicit ConfirmedRestockSettings(QObject* parent = nullptr);

    void setCache(AccountCache* cache);
    void write(const QJsonObject& stored); // written() or failed() follows, always asynchronously

signals:
    void written();
    void failed(const QString& message);

private:
    void onConfirmed(quint64 ticket, bool ok, const QString& error);

    QPointer<AccountCache> m_cache;
    QSet<quint64> m_pending;
};

} // namespace sp
