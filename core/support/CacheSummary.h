#pragma once

#include <QJsonObject>

namespace sp {

class CipherDatabase;

// The shape of an open cache, never its rows: schema version, row count and date span per table,
// marketplaces and currencies, order counts per marketplace, and per synced resource whether a
// cursor is stored (never the cursor, which may embed ids), when it last synced and its last error.
class CacheSummary
{
public:
    static QJsonObject read(CipherDatabase& db);
};

} // namespace sp
