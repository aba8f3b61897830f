#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

namespace sp {

class AccountCache;

// Puts a row the server has just stored (its answer to a POST or PUT), or the tombstone of one it
// deleted, into the account's offline cache at once, through the cache's only writer in its thread,
// decoded and checked like a page of the listing of `resource` ("expenses", "restock-settings").
// The next sync brings the same row again; the server's word stands. (Unit costs have their own,
// ConfirmedUnitCosts, which also recomputes the cost of goods.)
class ConfirmedRows : public QObject
{
    Q_OBJECT
public:
    explicit ConfirmedRows(const QString& resource, QObject* parent = nullptr);

    void setCache(AccountCache* cache);
    void write(const QJsonObject& stored); // written() or failed() follows, always asynchronously

signals:
    void written();
    void failed(const QString& message);

private:
    void onConfirmed(quint64 ticket, bool ok, const QString& error);

    const QString m_resource;
    QPointer<AccountCache> m_cache;
    QSet<quint64> m_pending;
};

// The expenses page's and the restock page's: one class, named for what they write.
class ConfirmedExpenses : public ConfirmedRows
{
public:
    explicit ConfirmedExpenses(QObject* parent = nullptr)
        : ConfirmedRows(QStringLiteral("expenses"), parent)
    {}
};

class ConfirmedRestockSettings : public ConfirmedRows
{
public:
    explicit ConfirmedRestockSettings(QObject* parent = nullptr)
        : ConfirmedRows(QStringLiteral("restock-settings"), parent)
    {}
};

} // namespace sp
