#include "restock/RestockSettingRows.h"

namespace sp::RestockSettingRows {

bool write(CipherDatabase& db, const QList<RestockSetting>& rows)
{
    // NULL (the default) matches itself with IS; a UNIQUE index cannot tell two NULLs apart.
    CipherDatabase::Statement remove = db.prepare("DELETE FROM restock_settings WHERE sku IS ?1");
    CipherDatabase::Statement insert = db.prepare(
        "INSERT INTO restock_settings (sku, lead_time_days, safety_days, updated_at) VALUES (?1, ?2, ?3, ?4)");
    if (!remove.isValid() || !insert.isValid())
        return false;
    for (const RestockSetting& r : rows) {
        if (r.isDefault())
            remove.bindNull(1);
        else
            remove.bind(1, r.sku);
        if (!remove.run())
            return false;
        if (r.deleted)
            continue;
        if (r.isDefault())
            insert.bindNull(1);
        else
            insert.bind(1, r.sku);
        insert.bind(2, qint64(r.leadTimeDays)), insert.bind(3, qint64(r.safetyDays)), insert.bind(4, r.updatedAt);
        if (!insert.run())
            return false;
    }
    return true;
}

bool readAll(CipherDatabase& db, QList<RestockSetting>* out)
{
    out->clear();
    CipherDatabase::Statement s = db.prepare("SELECT sku, lead_time_days, safety_days, updated_at FROM "
                                             "restock_settings ORDER BY sku IS NOT NULL, sku");
    if (!s.isValid())
        return false;
    for (auto step = s.step(); step != CipherDatabase::Statement::Step::Done; step = s.step()) {
        if (step == CipherDatabase::Statement::Step::Error)
            return false;
        RestockSetting r;
        if (!s.isNull(0))
            r.sku = s.text(0);
        r.leadTimeDays = int(s.int64(1)), r.safetyDays = int(s.int64(2)), r.updatedAt = s.text(3);
        out->append(r);
    }
    return true;
}

} // namespace sp::RestockSettingRows
