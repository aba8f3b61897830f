#pragma once

namespace sp {

// The SQL of the cache schema's versions 7 and 8 (issue 15), run by CacheSchema::migrate: the
// orders' search index and the sort indexes of the orders and financial events tables. Apart from
// CacheSchema.cpp so that each file stays readable (and under the house rule's length).
namespace CacheSchemaIndexes {
const char* searchIndex(); // version 7 (docs/cache-and-sync.md, "Searching the orders")
const char* sortIndexes(); // version 8 (docs/cache-and-sync.md, "Sorting the tables")
} // namespace CacheSchemaIndexes

} // namespace sp
