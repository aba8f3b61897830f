#pragma once

#include "accounting/AccountMapping.h"
#include "accounting/Booking.h"

#include <QList>

namespace sp {

// How payouts become bookings, the same for every file format.
struct PostingOptions
{
    enum class DateBasis {
        LineDate,  // each line on its own date, the bank booking on the payout date
        PayoutDate // everything of a payout on its payout date (one fiscal year even when the
                   // settlement period crosses the year's end; cash basis)
    };
    enum class Detail {
        PerLine,   // one booking per payout line (each order's sale, fee, refund)
        PerAccount // per payout one booking per account and kind (and fee type), dated the payout
                   // date, text the kind's name: what most accountants want for thousands of orders
    };
    int vatRateBp = 0; // VAT on Amazon's fees and advertising, basis points (1900 = 19 %); 0 = off
    DateBasis dateBasis = DateBasis::LineDate;
    Detail detail = Detail::PerLine;
};

// One double-entry booking: `cents` moves between `account` and `contraAccount`, signed as seen from
// `account` (> 0: account debited (Soll), contra credited; < 0 the reverse). Never zero.
//   Line:     account = Amazon clearing, contra = the line's account (net when its VAT is split)
//   InputVat: account = Amazon clearing, contra = the input VAT account (the VAT part of a line)
//   Payout:   account = bank, contra = Amazon clearing (the payout itself)
// So per payout the clearing account nets to zero and the bank receives exactly the payout.
struct Posting
{
    enum class Role { Line, InputVat, Payout };

    Role role = Role::Line;
    QDate date;
    QString account;
    QString contraAccount;
    qint64 cents = 0;
    QString currency;
    QString settlementId;
    // From the line (empty for Payout): what the writers turn into their text and document number.
    BookingLine::Kind kind = BookingLine::Kind::Other;
    QString feeType;
    QString description;
    QString reference;
};

class PayoutPostings
{
public:
    // The bookings of `payouts` in their order, each payout's lines in order and its bank booking
    // last. False, with a translated `error` and no postings, when a payout fails payoutProblem(),
    // the mapping fails AccountMapping::problem() or the VAT rate is not FeeVat::isValidRate.
    static bool build(const QList<PayoutBooking>& payouts, const AccountMapping& mapping, const PostingOptions& options,
                      QList<Posting>* postings, QString* error);
};

} // namespace sp
