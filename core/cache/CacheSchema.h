#pragma once

#include <QString>

namespace sp {

class CipherDatabase;

// The cache's tables and their forward-only migrations (PRAGMA user_version).
class CacheSchema
{
public:
    static constexpr int kCurrentVersion = 14;
    // Version 3: an order item's row_id is (its order's row_id << kItemRowShift) + its position in
    // the order, so an order's items are one row_id range, right behind each other.
    static constexpr int kItemRowShift = 16;
    static constexpr qsizetype kMaxItemsPerOrder = qsizetype(1) << kItemRowShift;
    // Run when a bulk load (BulkLoad) has put its tables' triggers back: instead of what the
    // triggers would have logged for the appended rows (version 6: the summaries' deltas), every
    // day's summaries are rebuilt at the end of the run.
    static const char* const kAfterBulkLoad;
    // Version 7: builds the orders' search index from the orders and their items (a bulk load of
    // the orders drops its triggers; this runs when the load ends, and in the migration).
    static const char* const kSearchRebuild;
    enum class Result { Ok, TooNew, Failed };

    // Brings the file to `target` (default: current), one migration per version, each in its own
    // transaction. A file from a newer version is refused, untouched.
    static Result migrate(CipherDatabase& db, QString* message, int target = kCurrentVersion);
};

} // namespace sp
