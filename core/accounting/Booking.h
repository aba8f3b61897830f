#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace sp {

// One line of a payout as the accountant books it: what Amazon's settlement says, in the seller's
// point of view (money to the seller positive: sales, a reserve released; money to Amazon negative:
// fees, refunds, a reserve held back). Integer cents of `currency`.
struct BookingLine
{
    enum class Kind { Sales, Refunds, AmazonFee, Advertising, ReserveHeld, ReserveReleased, Reimbursement, Other };

    QDate date;
    Kind kind = Kind::Other;
    QString feeType; // Amazon's fee type when kind == AmazonFee (FBAPerUnitFulfillmentFee, Commission, ...)
    qint64 amountCents = 0;
    QString currency;
    QString description; // free text, any characters (umlauts, quotes, line breaks)
    QString reference;   // an order id, a settlement id
};

// One payout (Amazon's financial event group / settlement): its lines add up to what reached the bank.
struct PayoutBooking
{
    QString settlementId;
    QString currency;
    QDate periodStart;
    QDate periodEnd;
    QDate paidOn; // invalid while the payout is not yet paid: its bank booking is then dated periodEnd
    qint64 payoutCents = 0;
    QList<BookingLine> lines;

    // The date of the bank booking: paidOn, else periodEnd.
    QDate payoutDate() const { return paidOn.isValid() ? paidOn : periodEnd; }
};

// The largest amount one line, one payout or one booking may have: DATEV's Umsatz holds ten integer
// digits (9,999,999,999.99), and the bound keeps every sum of a payout far from qint64's limits.
constexpr qint64 kMaxBookingCents = 999'999'999'999;

// Empty when `payout` can be booked: a settlement id, a currency, valid dates, every line in the
// payout's currency with a valid date and an amount within kMaxBookingCents, and the lines adding up
// exactly to payoutCents. Otherwise a translated sentence naming the payout and what is wrong
// (context "sp::PayoutCheck"). Every exporter refuses a payout this rejects.
QString payoutProblem(const PayoutBooking& payout);

// The stable machine name of a kind ("sales", "refunds", "amazon_fee", "advertising", "reserve_held",
// "reserve_released", "reimbursement", "other"), used by the account mapping's JSON; and back.
QString bookingKindKey(BookingLine::Kind kind);
bool bookingKindFromKey(const QString& key, BookingLine::Kind* kind);
QList<BookingLine::Kind> allBookingKinds();

} // namespace sp
