#include "cache/CacheQuery.h"

#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"

namespace sp {

CacheQuery::CacheQuery(std::unique_ptr<CipherDatabase> db, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_orders(*m_db, &m_lastError, &m_jumps)
    , m_financialEvents(*m_db, &m_lastError, &m_jumps)
    , m_products(*m_db, &m_lastError)
    , m_catalog(*m_db, &m_lastError)
{
    // The views seek in indexes and read the small summary tables: 4 MB of decrypted pages is
    // plenty, and keeps the app over a million orders within 1.4x the memory of an empty cache
    // (the reader's default 16 MB: 1.7x; orders_table.memory_over_empty).
    m_db->exec("PRAGMA cache_size = -4096");
    // A damaged page is reported, never read as "no rows": the controller switches to the damaged
    // state (queued: the view whose read failed is still in its call).
    m_db->setDamageHandler(
        [this](CipherDatabase::Damage damage) { emit damageFound(damage == CipherDatabase::Damage::Damaged); });
}

CacheQuery::~CacheQuery() = default;

QString CacheQuery::lastError() const { return m_lastError; }

CipherDatabase& ReadConnection::of(const CacheQuery& query) { return *query.m_db; }

} // namespace sp
