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
// decoded and checked like a page of the listing of `resource` ("unit-costs", "expenses",
// "restock-settings"; for unit costs the writer also recomputes the cost of goods they change). Only
// the server's answer is written, never what was typed. The next sync brings the same row again; the
// server's word stands.
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

// The products page's, the expenses page's and the restock page's: one class, named for what they write.
class ConfirmedUnitCosts : public ConfirmedRows
{
public:
    explicit ConfirmedUnitCosts(QObject* parent = nullptr)
        : ConfirmedRows(QStringLiteral("unit-costs"), parent)
    {}
};

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
