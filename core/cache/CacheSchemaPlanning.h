#pragma once

namespace sp {

// The SQL of the cache schema's versions 12 to 14 (issue 18, planning ahead), run by
// CacheSchema::migrate. Apart from CacheSchema.cpp so that each file stays readable.
namespace CacheSchemaPlanning {
const char* whatIfScenarios(); // version 12: the what-if's saved scenarios (local only)
const char* alerts();          // version 13: one row per alert cause (core/alerts/AlertStore)
const char* restockSettings(); // version 14: lead time and safety days (resource "restock-settings")
} // namespace CacheSchemaPlanning

} // namespace sp
