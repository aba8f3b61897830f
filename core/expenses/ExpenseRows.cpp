#include "expenses/ExpenseRows.h"

namespace sp::ExpenseRows {

namespace {
void bindText(CipherDatabase::Statement& s, int index, const QString& text)
{
    if (text.isEmpty())
        s.bindNull(index);
    else
        s.bind(index, text);
}
} // namespace

bool write(CipherDatabase& db, const QList<ExpenseRecord>& rows)
{
    CipherDatabase::Statement upsert = db.prepare(
        "INSERT OR REPLACE INTO expenses (id, description, category, amount_cents, currency, recurrence, starts_on, "
        "ends_on, marketplace_id, sku, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
        "?12)");
    CipherDatabase::Statement remove = db.prepare("DELETE FROM expenses WHERE id = ?1");
    if (!upsert.isValid() || !remove.isValid())
        return false;
    for (const ExpenseRecord& e : rows) {
        if (e.deleted) {
            remove.bind(1, e.id);
            if (!remove.run())
                return false;
            continue;
        }
        auto& s = upsert;
        s.bind(1, e.id), s.bind(2, e.description), s.bind(3, e.category), s.bind(4, e.amountCents);
        s.bind(5, e.currency), s.bind(6, e.recurrence), s.bind(7, e.startsOn.toString(Qt::ISODate));
        bindText(s, 8, e.endsOn.isValid() ? e.endsOn.toString(Qt::ISODate) : QString());
        bindText(s, 9, e.marketplaceId), bindText(s, 10, e.sku);
        s.bind(11, e.createdAt), s.bind(12, e.updatedAt);
        if (!s.run())
            return false;
    }
    return true;
}

bool readAll(CipherDatabase& db, QList<ExpenseRecord>* out)
{
    out->clear();
    CipherDatabase::Statement s =
        db.prepare("SELECT id, description, category, amount_cents, currency, recurrence, starts_on, ends_on, "
                   "IFNULL(marketplace_id, ''), IFNULL(sku, ''), created_at, updated_at FROM expenses "
                   "ORDER BY starts_on, description, id");
    if (!s.isValid())
        return false;
    for (auto step = s.step(); step != CipherDatabase::Statement::Step::Done; step = s.step()) {
        if (step == CipherDatabase::Statement::Step::Error)
            return false;
        ExpenseRecord e;
        e.id = s.text(0), e.description = s.text(1), e.category = s.text(2), e.amountCents = s.int64(3);
        e.currency = s.text(4), e.recurrence = s.text(5);
        e.startsOn = QDate::fromString(s.text(6), Qt::ISODate);
        e.endsOn = QDate::fromString(s.text(7), Qt::ISODate); // NULL: invalid, no end
        e.marketplaceId = s.text(8), e.sku = s.text(9), e.createdAt = s.text(10), e.updatedAt = s.text(11);
        out->append(e);
    }
    return true;
}

} // namespace sp::ExpenseRows
