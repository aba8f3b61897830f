#include "accounting/PayoutBookingOf.h"

#include <QDateTime>

namespace sp {

namespace {

QDate dayOf(const QString& iso) { return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC().date(); }

BookingLine::Kind kindOf(PayoutPart part)
{
    switch (part) {
    case PayoutPart::Sales:
        return BookingLine::Kind::Sales;
    case PayoutPart::Refunds:
        return BookingLine::Kind::Refunds;
    case PayoutPart::Fee:
        return BookingLine::Kind::AmazonFee;
    case PayoutPart::Advertising:
        return BookingLine::Kind::Advertising;
    case PayoutPart::Reimbursements:
        return BookingLine::Kind::Reimbursement;
    case PayoutPart::ReserveReleased:
        return BookingLine::Kind::ReserveReleased;
    case PayoutPart::ReserveHeld:
        return BookingLine::Kind::ReserveHeld;
    case PayoutPart::Other:
        break;
    }
    return BookingLine::Kind::Other;
}

} // namespace

PayoutBooking payoutBookingOf(const PayoutBreakdown& breakdown)
{
    const PayoutRow& payout = breakdown.payout;
    PayoutBooking booking;
    booking.settlementId = payout.id;
    booking.currency = payout.currency;
    booking.periodStart = dayOf(payout.periodStart);
    booking.periodEnd = dayOf(payout.periodEnd).addDays(-1); // the period's end is exclusive
    if (payout.fundTransferStatus == QLatin1String("Succeeded"))
        booking.paidOn = dayOf(payout.fundTransferDate);
    booking.payoutCents = payout.originalTotalCents;
    for (const PayoutLine& line : breakdown.lines) {
        if (line.cents == 0)
            continue; // nothing to book
        BookingLine booked;
        booked.date = booking.payoutDate();
        booked.kind = kindOf(line.part);
        booked.feeType = line.part == PayoutPart::Fee ? line.charge : QString();
        booked.amountCents = line.cents;
        booked.currency = payout.currency;
        // Amazon's own words: what the accountant finds again in Seller Central's settlement report.
        booked.description = line.type.isEmpty()     ? bookingKindKey(booked.kind)
                             : line.charge.isEmpty() ? line.type
                                                     : line.type + QLatin1Char(' ') + line.charge;
        booked.reference = payout.id;
        booking.lines.append(booked);
    }
    return booking;
}

} // namespace sp
