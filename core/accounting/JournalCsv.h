#pragma once

#include "accounting/AccountMapping.h"
#include "accounting/Booking.h"
#include "accounting/Postings.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sp {

// A generic manual journal as CSV, for Xero, QuickBooks and any ledger that imports one:
//   Date,Account,Description,Debit,Credit,Currency,Reference
// One journal per payout (Reference = its settlement id, every row on its payout date, as a manual
// journal has one date), one row per account side: each line on its account (a sale a credit, a fee a
// debit; with the VAT option a fee's net and its input VAT on two rows) and the payout on the bank
// account. No clearing account: the journal balances by itself (debits == credits per payout) and
// its bank row equals the payout. UTF-8 with a byte order mark, CRLF, ',' between fields, dot
// decimals without grouping, ISO dates; text through CsvCell (RFC 4180 quotes, formulas made inert).
class JournalCsv
{
public:
    // The file's bytes; false with a translated `error` (nothing rendered) for a payout that does not
    // balance or a mapping that names no account. options.dateBasis is ignored (always the payout date).
    static bool render(const QList<PayoutBooking>& payouts, const AccountMapping& mapping,
                       const PostingOptions& options, QByteArray* file, QString* error);
    // render() into `path`, whole or not at all (AtomicFileReplacer).
    static bool write(const QList<PayoutBooking>& payouts, const AccountMapping& mapping, const PostingOptions& options,
                      const QString& path, QString* error);
    // "amazon-journal-<settlement id>.csv", or "amazon-journal-<first>-<last payout date>.csv".
    static QString suggestedFileName(const QList<PayoutBooking>& payouts);
};

} // namespace sp
