#include "RestockSettingsBook.h"

#include <algorithm>

namespace sp {

RestockSettingsBook::RestockSettingsBook(RestockSettingsFile file)
    : m_file(std::move(file))
{}

bool RestockSettingsBook::load(QString* error) { return m_file.load(&m_accounts, error); }

const std::vector<RestockSetting>& RestockSettingsBook::settings(const QString& accountId) const
{
    static const std::vector<RestockSetting> none;
    const auto it = m_accounts.constFind(accountId);
    return it == m_accounts.constEnd() ? none : it.value();
}

const RestockSetting* RestockSettingsBook::find(const QString& accountId, const QString& sku) const
{
    const std::vector<RestockSetting>& rows = settings(accountId);
    const auto it = std::find_if(rows.begin(), rows.end(), [&](const RestockSetting& row) { return row.sku == sku; });
    return it == rows.end() ? nullptr : &*it;
}

bool RestockSettingsBook::set(const QString& accountId, const QString& sku, int leadTimeDays, int safetyDays,
                              qint64 now, RestockSetting* stored, QString* error)
{
    RestockSetting row;
    row.sku = sku;
    row.leadTimeDays = leadTimeDays;
    row.safetyDays = safetyDays;
    return store(accountId, row, now, stored, error);
}

bool RestockSettingsBook::remove(const QString& accountId, const QString& sku, qint64 now, QString* error)
{
    const RestockSetting* current = find(accountId, sku);
    if (!current || current->isDefault())
        return false;
    RestockSetting tombstone = *current;
    tombstone.deleted = true;
    RestockSetting stored;
    return store(accountId, tombstone, now, &stored, error);
}

bool RestockSettingsBook::store(const QString& accountId, RestockSetting row, qint64 now, RestockSetting* stored,
                                QString* error)
{
    std::vector<RestockSetting>& rows = m_accounts[accountId];
    const std::vector<RestockSetting> before = rows;
    // Rows are in change order: the last one has the highest sequence and the latest change time.
    row.seq = rows.empty() ? 1 : rows.back().seq + 1;
    row.updatedAt = rows.empty() ? now : std::max(now, rows.back().updatedAt); // updated_since stays a search
    rows.erase(std::remove_if(rows.begin(), rows.end(), [&](const RestockSetting& r) { return r.sku == row.sku; }),
               rows.end());
    rows.push_back(row);
    if (!m_file.save(m_accounts, error)) {
        rows = before;
        return false;
    }
    *stored = row;
    return true;
}

} // namespace sp
