#include "accounting/Booking.h"

#include "common/Money.h"

#include <QCoreApplication>

namespace sp {

namespace {

bool withinBound(qint64 cents) { return cents >= -kMaxBookingCents && cents <= kMaxBookingCents; }

} // namespace

QString payoutProblem(const PayoutBooking& payout)
{
    const QString id = payout.settlementId;
    if (id.trimmed().isEmpty())
        return QCoreApplication::translate("sp::PayoutCheck", "A payout has no settlement id; nothing was written.");
    if (payout.currency.size() != 3)
        return QCoreApplication::translate("sp::PayoutCheck", "Payout %1 has no currency; nothing was written.")
            .arg(id);
    if (!payout.periodStart.isValid() || !payout.periodEnd.isValid() || payout.periodEnd < payout.periodStart)
        return QCoreApplication::translate("sp::PayoutCheck",
                                           "Payout %1 has no valid settlement period; nothing was written.")
            .arg(id);
    if (!withinBound(payout.payoutCents))
        return QCoreApplication::translate("sp::PayoutCheck",
                                           "Payout %1 is larger than an accounting file can hold; nothing was written.")
            .arg(id);
    qint64 sum = 0;
    for (const BookingLine& line : payout.lines) {
        if (line.currency != payout.currency)
            return QCoreApplication::translate("sp::PayoutCheck",
                                               "Payout %1 is in %2 but one of its lines is in %3; nothing was written.")
                .arg(id, payout.currency,
                     line.currency.isEmpty() ? QCoreApplication::translate("sp::PayoutCheck", "no currency")
                                             : line.currency);
        if (!line.date.isValid())
            return QCoreApplication::translate("sp::PayoutCheck",
                                               "A line of payout %1 has no date; nothing was written.")
                .arg(id);
        if (!withinBound(line.amountCents))
            return QCoreApplication::translate(
                       "sp::PayoutCheck",
                       "A line of payout %1 is larger than an accounting file can hold; nothing was written.")
                .arg(id);
        sum += line.amountCents; // bounded: a payout would need millions of maximal lines to overflow
    }
    if (sum != payout.payoutCents)
        return QCoreApplication::translate(
                   "sp::PayoutCheck", "Payout %1 does not balance: its lines add up to %2 %4 but the payout is %3 %4 "
                                      "(difference %5 %4); nothing was written.")
            .arg(id, Money::formatCents(sum), Money::formatCents(payout.payoutCents), payout.currency,
                 Money::formatCents(sum - payout.payoutCents));
    return {};
}

QString bookingKindKey(BookingLine::Kind kind)
{
    switch (kind) {
    case BookingLine::Kind::Sales:
        return QStringLiteral("sales");
    case BookingLine::Kind::Refunds:
        return QStringLiteral("refunds");
    case BookingLine::Kind::AmazonFee:
        return QStringLiteral("amazon_fee");
    case BookingLine::Kind::Advertising:
        return QStringLiteral("advertising");
    case BookingLine::Kind::ReserveHeld:
        return QStringLiteral("reserve_held");
    case BookingLine::Kind::ReserveReleased:
        return QStringLiteral("reserve_released");
    case BookingLine::Kind::Reimbursement:
        return QStringLiteral("reimbursement");
    case BookingLine::Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

QList<BookingLine::Kind> allBookingKinds()
{
    using K = BookingLine::Kind;
    return {K::Sales,       K::Refunds,         K::AmazonFee,     K::Advertising,
            K::ReserveHeld, K::ReserveReleased, K::Reimbursement, K::Other};
}

bool bookingKindFromKey(const QString& key, BookingLine::Kind* kind)
{
    for (BookingLine::Kind candidate : allBookingKinds()) {
        if (bookingKindKey(candidate) == key) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

} // namespace sp
