#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace sp {

// Converts, once, a cache written by SQLCipher 3.x (Debian 12's 3.4.1: SHA1 HMAC, 1,024-byte pages)
// into SQLCipher 4's format, in place: the old file is opened with cipher_compatibility = 3, copied
// by sqlcipher_export into <cache>.migrating beside it (created 0600 with O_EXCL in the 0700
// folder), the copy is reopened alone as a current file and checked (cipher_integrity_check,
// quick_check, user_version and every table's row count against the old file), flushed to disk and
// renamed over the old file, and the folder is flushed. rename(2) is the only step that changes
// which file the cache is, so a crash anywhere leaves one readable cache: the old one (the next
// open discards the partial copy and converts again) or the new one.
// Sqlcipher_export rather than cipher_migrate: it leaves the old file untouched until the swap and
// takes our non-default page size (cipher_migrate fails for non-default settings).
class CacheFormatMigration
{
public:
    enum class Outcome {
        NotOldFormat, // the file does not read with SQLCipher 3's settings either: wrong key, damage, not a cache
        Migrated,     // the file at `path` is now a verified SQLCipher 4 file with the same rows
        DiskFull,     // not converted, the old file kept: no room for the copy
        Failed        // not converted, the old file kept (unreadable pages, a failed check...)
    };
    // The steps, in order, for the crash tests (SIGKILL at each one) and the log.
    enum class Step { Detected, Checkpointed, Exporting, Exported, Verified, Swapped };
    static const char* stepName(Step step); // "Detected"...

    // Converts the file at `path` if it is an SQLCipher 3 cache keyed with the raw `key` (32 bytes).
    // `message`: readable (translated) when not Migrated nor NotOldFormat. Synchronous; runs on the
    // cache's writer thread.
    static Outcome run(const QString& path, const QByteArray& key, QString* message);
    // Removes what an interrupted conversion left beside a cache that opened in the current format.
    static void removeLeftovers(const QString& path);
    static QString temporaryPath(const QString& path); // <path>.migrating

    // Tests only: called at each step (Exporting: repeatedly while the copy is written), on the
    // converting thread. Process-wide.
    using StepHook = std::function<void(Step step)>;
    static void setStepHookForTests(StepHook hook);
};

} // namespace sp
