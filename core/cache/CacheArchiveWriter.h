#pragma once

#include <QDateTime>
#include <QString>

namespace sp {

class CacheQuery;

// Writes this computer's offline cache as a ZIP of CSV files (UTF-8 with a byte-order mark, so
// spreadsheet programs read the accents right), one per table, plus README.txt. Chosen over an
// encrypted copy because an offline archive must open years later without SellerPulse or a
// remembered passphrase (the seller's or the accountant's spreadsheet reads it); the UI says the
// file is not encrypted, and it is written 0600 through a temporary file and a rename
// (AtomicFileReplacer: no link is followed), so a failure leaves nothing behind. Amounts are decimal (12.34), not cents; text cells that a spreadsheet
// would run as a formula (=, +, -, @, tab, CR) get a leading apostrophe.
class CacheArchiveWriter
{
public:
    struct Result
    {
        bool ok = false;
        QString error; // translated ("sp::CacheArchiveWriter")
        qint64 rows = 0;
    };

    // Reads through the cache's read connection (the UI thread's, owned by `cache`).
    static Result write(const CacheQuery& cache, const QString& path, const QDateTime& dataAsOf);
};

} // namespace sp
