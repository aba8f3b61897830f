#pragma once

#include "Business.h"

#include <QHash>
#include <QString>

#include <vector>

namespace sp {

// The sellers' unit costs (cost of goods per unit of a SKU in a currency, from a day on). The
// generated part is derived from each business (most SKUs have a cost, some deliberately not, so
// "cost of goods incomplete" shows); what sellers PUT is persisted in DATA/unit-costs.json (0600)
// and laid over it at every start. Entries of one account are kept in change order.
class UnitCostBook
{
public:
    struct Entry
    {
        QString sku;
        QString currency;
        qint64 effectiveDay = 0; // days since 1970-01-01 (UTC)
        qint64 costCents = 0;
        quint64 seq = 0;
        qint64 updatedAt = 0; // Unix seconds
    };

    explicit UnitCostBook(QString path);
    bool load(QString* error);

    // The account's entries in change order (generated on first use from its business).
    const std::vector<Entry>& entries(const QString& accountId, const Business& business);
    // Creates or replaces (sku, currency, effectiveDay) with a new change sequence and saves the file;
    // false (nothing kept) when the file could not be written.
    bool put(const QString& accountId, const Business& business, Entry entry, qint64 now, Entry* stored,
             QString* error);

private:
    bool save(QString* error) const;
    static std::vector<Entry> generated(const Business& business);
    static void apply(std::vector<Entry>* entries, Entry entry);

    QString m_path;
    QHash<QString, std::vector<Entry>> m_stored;   // account -> what sellers put, in change order
    QHash<QString, std::vector<Entry>> m_accounts; // account -> generated + stored, in change order
};

} // namespace sp
