#pragma once

#include <QJsonObject>

#include <functional>

namespace sp {

class CipherDatabase;

// The shape of an open cache, never its rows: schema version, row count and date span per table,
// marketplaces and currencies, order counts per marketplace, and per synced resource whether a
// cursor is stored (never the cursor, which may embed ids), when it last synced and its last error.
//
// One snapshot: everything is read in one read transaction (WAL), so a sync committing meanwhile
// never makes the counts disagree. A statement that fails on a damaged page marks the summary
// "damaged": a count of -1 is never left to speak for itself.
class CacheSummary
{
public:
    // `betweenReads`: tests only, runs after the row counts and before the distributions.
    static QJsonObject read(CipherDatabase& db, const std::function<void()>& betweenReads = {});
};

} // namespace sp
