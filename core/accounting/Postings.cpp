#include "accounting/Postings.h"

#include "accounting/FeeVat.h"

#include <QCoreApplication>

#include <algorithm>

namespace sp {

namespace {

// `postings` (one payout's lines) summed per role, account, kind and fee type, in the order each
// group first appears; groups that add up to zero leave no booking. VAT was split per line before,
// so the totals are those of PerLine to the cent.
QList<Posting> summarised(const QList<Posting>& postings, const PayoutBooking& payout)
{
    QList<Posting> groups;
    for (const Posting& posting : postings) {
        auto same = [&posting](const Posting& group) {
            return group.role == posting.role && group.contraAccount == posting.contraAccount
                   && group.kind == posting.kind && group.feeType == posting.feeType;
        };
        const auto it = std::find_if(groups.begin(), groups.end(), same);
        if (it != groups.end()) {
            it->cents += posting.cents;
            continue;
        }
        Posting group = posting;
        group.date = payout.payoutDate();
        group.description.clear();
        group.reference = payout.settlementId;
        groups.append(group);
    }
    groups.removeIf([](const Posting& group) { return group.cents == 0; });
    return groups;
}

} // namespace

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
        QList<Posting> lines;
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
                lines.append(posting);
            }
            if (split.vatCents != 0) {
                posting.role = Posting::Role::InputVat;
                posting.contraAccount = mapping.inputVatAccount;
                posting.cents = split.vatCents;
                lines.append(posting);
            }
        }
        out += options.detail == PostingOptions::Detail::PerAccount ? summarised(lines, payout) : lines;
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
