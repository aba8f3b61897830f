#pragma once

#include "support/SupportBundle.h"

#include <QString>

#include <optional>

namespace sp {

// What a bundle may be at most; anything beyond is refused before it is read.
struct SupportBundleLimits
{
    qint64 maxArchiveBytes = 64LL * 1024 * 1024;
    int maxEntries = 64;
    qint64 maxEntryBytes = 16LL * 1024 * 1024;
    qint64 maxTotalBytes = 64LL * 1024 * 1024;
    qint64 maxRatio = 200;                    // uncompressed / compressed,
    qint64 ratioCheckFromBytes = 1024 * 1024; // for entries at least this large
};

// Reads a support bundle for viewing, entirely in memory (nothing is ever extracted to disk), and
// refuses a damaged or hostile file with a translated reason: not a ZIP, truncated, too large,
// too many entries, an entry too large (declared or actual) or compressed suspiciously well (a zip
// bomb), a name that is absolute, climbs out ("..") or is otherwise odd, a duplicate name, or
// files that do not match the manifest.
class SupportBundleReader
{
public:
    using Limits = SupportBundleLimits;

    static std::optional<SupportBundle> readFile(const QString& path, QString* error, const Limits& limits = Limits());
    static std::optional<SupportBundle> read(const QByteArray& archive, QString* error,
                                             const Limits& limits = Limits());
    // Whether `name` may name a file in a bundle (relative, no "..", no odd characters).
    static bool isSafeName(const QString& name);
};

} // namespace sp
