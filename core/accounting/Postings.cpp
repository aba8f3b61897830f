#include "accounting/Postings.h"

#include "accounting/FeeVat.h"

#include <QCoreApplication>

namespace sp {

bool PayoutPostings::build(const QList<PayoutBooking>& payouts, const AccountMapping& mapping,
                           const PostingOptions& options, QList<Posting>* postings, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!FeeVat::isValidRate(options.vatRateBp))
        return fail(QCoreApplication::translate("sp::PayoutPostings", "The VAT rate on fees must be from 0 to 100 %."));
    const QString mappingProblem = mapping.problem();
    if (!mappingProblem.isEmpty())
        return fail(mappingProblem);
    QList<Posting> out;
    for (const PayoutBooking& payout : payouts) {
        const QString problem = payoutProblem(payout);
        if (!problem.isEmpty())
            return fail(problem);
        const bool onPayoutDate = options.dateBasis == PostingOptions::DateBasis::PayoutDate;
        for (const BookingLine& line : payout.lines) {
            Posting posting;
            posting.date = onPayoutDate ? payout.payoutDate() : line.date;
            posting.account = mapping.clearingAccount;
            posting.currency = payout.currency;
            posting.settlementId = payout.settlementId;
            posting.kind = line.kind;
            posting.feeType = line.feeType;
            posting.description = line.description;
            posting.reference = line.reference;
            // Seen from the clearing account, a line is what Amazon owes the seller: a sale debits
            // it (and credits revenue), a fee credits it (and debits the expense).
            FeeVat::Split split{line.amountCents, 0};
            if (FeeVat::carriesVat(line.kind))
                split = FeeVat::split(line.amountCents, options.vatRateBp);
            if (split.netCents != 0) {
                posting.role = Posting::Role::Line;
                posting.contraAccount = mapping.accountFor(line);
                posting.cents = split.netCents;
                out.append(posting);
            }
            if (split.vatCents != 0) {
                posting.role = Posting::Role::InputVat;
                posting.contraAccount = mapping.inputVatAccount;
                posting.cents = split.vatCents;
                out.append(posting);
            }
        }
        if (payout.payoutCents != 0) {
            Posting bank;
            bank.role = Posting::Role::Payout;
            bank.date = payout.payoutDate();
            bank.account = mapping.bankAccount;
            bank.contraAccount = mapping.clearingAccount;
            bank.cents = payout.payoutCents;
            bank.currency = payout.currency;
            bank.settlementId = payout.settlementId;
            bank.reference = payout.settlementId;
            out.append(bank);
        }
    }
    *postings = out;
    return true;
}

} // namespace sp
