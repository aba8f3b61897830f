#pragma once

#include <QDateTime>
#include <QString>

namespace sp {

class AtomicFileReplacer;
class CacheQuery;
class ReadProgress;

// Writes this computer's offline cache as a ZIP of CSV files (UTF-8 with a byte-order mark, so
// spreadsheet programs read the accents right), one per table, plus README.txt. Chosen over an
// encrypted copy because an offline archive must open years later without SellerPulse or a
// remembered passphrase (the seller's or the accountant's spreadsheet reads it); the UI says the
// file is not encrypted, and it is written 0600 through a temporary file and a rename
// (AtomicFileReplacer: no link is followed), so a failure leaves nothing behind. Amounts are decimal (12.34), not cents; text cells that a spreadsheet
// would run as a formula (=, +, -, @, tab, CR) get a leading apostrophe.
// A job (CacheReader): it reports rows written of the rows the last sync counted (sync_state, no
// fresh count of millions; the items are measured by their orders), streams each table into the
// ZIP (no table is held whole in memory), and stops early when cancelled.
class CacheArchiveWriter
{
public:
    struct Result
    {
        bool ok = false;
        bool cancelled = false; // stopped on request: no error, no file
        QString error;          // translated ("sp::CacheArchiveWriter")
        qint64 rows = 0;
    };

    // Writes the archive to `path` and commits it (renamed into place), all on the caller's thread.
    static Result write(const CacheQuery& cache, const QString& path, const QDateTime& dataAsOf,
                        ReadProgress* progress = nullptr);
    // Writes the archive into `file` (opened here, flushed to disk) and leaves the rename to the
    // caller: the UI commits when the job's result reaches it, so a job cancelled at any moment
    // never puts a file in place (its unfinished file goes with the AtomicFileReplacer).
    static Result writeInto(const CacheQuery& cache, AtomicFileReplacer& file, const QDateTime& dataAsOf,
                            ReadProgress* progress = nullptr);
    // Renames what writeInto() wrote into place; false (and `result` says why) when it cannot.
    static bool commit(AtomicFileReplacer& file, Result* result);
};

} // namespace sp
