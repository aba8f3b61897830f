#pragma once

#include "RestockSetting.h"

#include <QHash>
#include <QString>

#include <vector>

namespace sp {

// DATA/restock-settings.json (0600, written atomically): every account's restock settings, tombstones
// included, in change order. Small (one row per SKU with a setting, plus the default), so each change
// rewrites the whole file, as the unit costs do.
class RestockSettingsFile
{
public:
    using Accounts = QHash<QString, std::vector<RestockSetting>>; // account id -> rows in change order

    explicit RestockSettingsFile(QString path);

    // A missing file is no settings; a file that is not the sandbox's JSON is an error (never overwritten).
    bool load(Accounts* accounts, QString* error) const;
    bool save(const Accounts& accounts, QString* error) const;

private:
    QString m_path;
};

} // namespace sp
