#pragma once

#include <QString>

namespace sp {

class CipherDatabase;

// The cache's tables and their forward-only migrations (PRAGMA user_version).
class CacheSchema
{
public:
    static constexpr int kCurrentVersion = 2;
    enum class Result { Ok, TooNew, Failed };

    // Brings the file to `target` (default: current), one migration per version, each in its own
    // transaction. A file from a newer version is refused, untouched.
    static Result migrate(CipherDatabase& db, QString* message, int target = kCurrentVersion);
};

} // namespace sp
