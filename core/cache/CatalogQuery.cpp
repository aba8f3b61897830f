#include "cache/CatalogQuery.h"

#include "cache/CipherDatabase.h"
#include "cache/TableQuerySql.h"

namespace sp {

QList<MarketplaceRow> CatalogQuery::marketplaces() const
{
    CipherDatabase::Statement s = m_db.prepare("SELECT id, country_code, name, currency FROM marketplaces ORDER BY id");
    if (!s.isValid()) {
        *m_lastError = m_db.lastError();
        return {};
    }
    return TableQuerySql::readAll<MarketplaceRow>(m_db, s, m_lastError, [](const CipherDatabase::Statement& row) {
        return MarketplaceRow{row.text(0), row.text(1), row.text(2), row.text(3)};
    });
}

QList<UnitCostRow> CatalogQuery::unitCosts() const
{
    if (m_db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'unit_costs'", 0) == 0)
        return {}; // an older cache: no unit costs yet
    CipherDatabase::Statement s = m_db.prepare(
        "SELECT sku, currency, unit_cost_cents, effective_from FROM unit_costs ORDER BY sku, currency, effective_from");
    if (!s.isValid()) {
        *m_lastError = m_db.lastError();
        return {};
    }
    return TableQuerySql::readAll<UnitCostRow>(m_db, s, m_lastError, [](const CipherDatabase::Statement& row) {
        return UnitCostRow{row.text(0), row.text(1), row.int64(2), QDate::fromString(row.text(3), Qt::ISODate)};
    });
}

} // namespace sp
