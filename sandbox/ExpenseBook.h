#pragma once

#include "Business.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace sp {

// The sellers' expenses outside Amazon (issue 17): one-off, monthly or yearly costs in any currency. Every
// business gets a few generated ones (a software subscription, a yearly packaging order, a one-off
// photo shoot) so the demo shows them; what sellers create, replace or delete is persisted and laid over
// them at every start, as UnitCostBook does with unit costs. The file, DATA/expenses.jsonl (0600), is a
// journal: one JSON line per change, appended and fsync'ed before the change is answered (a write costs the
// same with 1 or 1,000 expenses), compacted to one line per expense at start. A deleted expense stays as a
// tombstone. Expenses of one account are kept in change order.
class ExpenseBook
{
public:
    static constexpr int kMaxLive = 1000; // live (not deleted) expenses per account

    struct Expense
    {
        QString id;
        QString description;
        QString category;   // the contract's enum value, e.g. "software"
        QString recurrence; // "once", "monthly" or "yearly"
        qint64 amountCents = 0;
        QString currency;
        qint64 startsOn = 0;          // days since 1970-01-01 (UTC)
        std::optional<qint64> endsOn; // days since 1970-01-01; unset: no end
        QString marketplaceId;        // empty: the whole business
        QString sku;                  // empty: none
        qint64 createdAt = 0;         // Unix seconds
        qint64 updatedAt = 0;         // Unix seconds
        bool deleted = false;
        quint64 seq = 0;
    };

    explicit ExpenseBook(QString path);
    bool load(QString* error);

    // The account's expenses, tombstones included, in change order (generated on first use from its business).
    const std::vector<Expense>& expenses(const QString& accountId, const Business& business);
    const Expense* find(const QString& accountId, const Business& business, const QString& id);
    int liveCount(const QString& accountId, const Business& business);
    // Stores `expense` (new, or a new version of one with its id) with a new change sequence and change time
    // and saves the file; false (nothing kept) when the file could not be written.
    bool store(const QString& accountId, const Business& business, Expense expense, qint64 now, Expense* stored,
               QString* error);

private:
    static Expense fromJson(const QJsonObject& object);
    static QByteArray line(const QString& accountId, const Expense& expense);
    bool rewrite(QString* error) const;
    bool append(const QString& accountId, const Expense& expense, QString* error) const;
    static std::vector<Expense> generated(const Business& business);
    static void apply(std::vector<Expense>* expenses, Expense expense);

    QString m_path;
    QHash<QString, std::vector<Expense>> m_stored;   // account -> what sellers wrote, in change order
    QHash<QString, std::vector<Expense>> m_accounts; // account -> generated + stored, in change order
};

} // namespace sp
