#pragma once

#include "RestockSetting.h"
#include "RestockSettingsFile.h"

#include <QString>

#include <vector>

namespace sp {

// The sellers' restock settings (issue 18): per account, one row per SKU that has or had a setting of its own,
// and at most one default row, in change order. Nothing is generated: a new account has none, and clients use
// the contract's built-in default (30 lead days, 14 safety days). Every change gives the row the account's
// next change sequence and a change time that never goes back, and is saved before it is answered.
class RestockSettingsBook
{
public:
    explicit RestockSettingsBook(RestockSettingsFile file);
    bool load(QString* error);

    // The account's rows, tombstones included, in change order.
    const std::vector<RestockSetting>& settings(const QString& accountId) const;
    // The SKU's row (empty `sku`: the default), live or a tombstone; nullptr when there is none.
    const RestockSetting* find(const QString& accountId, const QString& sku) const;

    // Sets the SKU's own setting (empty `sku`: the default), live. False (nothing kept) when the file could not
    // be written.
    bool set(const QString& accountId, const QString& sku, int leadTimeDays, int safetyDays, qint64 now,
             RestockSetting* stored, QString* error);
    // Turns the SKU's live row into a tombstone; the caller checked that there is one.
    bool remove(const QString& accountId, const QString& sku, qint64 now, QString* error);

private:
    bool store(const QString& accountId, RestockSetting row, qint64 now, RestockSetting* stored, QString* error);

    RestockSettingsFile m_file;
    RestockSettingsFile::Accounts m_accounts;
};

} // namespace sp
