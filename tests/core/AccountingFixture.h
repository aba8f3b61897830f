#pragma once

#include "accounting/Booking.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

// Payouts for the accountant's files (core/accounting), and the independent reader that checks them:
// tests/core/read_accounting.py, Python's csv module run by /usr/bin/python3.
namespace sp::test {

using Kind = BookingLine::Kind;

inline BookingLine line(const QDate& date, Kind kind, qint64 cents, const QString& description,
                        const QString& reference = {}, const QString& feeType = {})
{
    return BookingLine{date, kind, feeType, cents, QStringLiteral("EUR"), description, reference};
}

inline PayoutBooking withLines(const QString& id, const QDate& start, const QDate& end, const QDate& paidOn,
                               const QList<BookingLine>& lines)
{
    PayoutBooking payout{id, QStringLiteral("EUR"), start, end, paidOn, 0, lines};
    for (const BookingLine& l : lines)
        payout.payoutCents += l.amountCents;
    return payout;
}

// A fortnight of a German FBA seller: sales, refunds, several fee types (a fee refunded with its
// sale), advertising, a reserve held back and an older one released, a reimbursement, and text that
// breaks naive writers (umlauts, quotes, ';', a line break, characters Windows-1252 lacks, a formula).
inline PayoutBooking realisticPayout()
{
    const QString order1 = QStringLiteral("302-1111111-1111111");
    const QString order2 = QStringLiteral("302-2222222-2222222");
    const QDate d(2026, 11, 2);
    return withLines(
        QStringLiteral("24681357901"), QDate(2026, 11, 1), QDate(2026, 11, 14), QDate(2026, 11, 16),
        {line(d, Kind::Sales, 2999, QStringLiteral("Verkauf Laufschuhe Größe 42"), order1),
         line(d, Kind::AmazonFee, -450, QStringLiteral("Verkaufsgebühr"), order1, QStringLiteral("Commission")),
         line(d, Kind::AmazonFee, -356, QStringLiteral("Versand durch Amazon"), order1,
              QStringLiteral("FBAPerUnitFulfillmentFee")),
         line(d.addDays(1), Kind::Sales, 14950, QStringLiteral("Verkauf \"Premium\"; Set"), order2),
         line(d.addDays(1), Kind::AmazonFee, -2243, QString(), order2, QStringLiteral("Commission")),
         line(d.addDays(1), Kind::AmazonFee, -612, QString(), order2, QStringLiteral("FBAPerUnitFulfillmentFee")),
         line(d.addDays(3), Kind::Refunds, -2999, QStringLiteral("Rücksendung Größe 42"), order1),
         line(d.addDays(3), Kind::AmazonFee, 360, QStringLiteral("Erstattung Verkaufsgebühr"), order1,
              QStringLiteral("Commission")),
         line(d.addDays(3), Kind::AmazonFee, -90, QStringLiteral("Erstattungsgebühr"), order1,
              QStringLiteral("RefundCommission")),
         line(d.addDays(4), Kind::Advertising, -4321, QStringLiteral("Sponsored Products – November"),
              QStringLiteral("ADS 2026/11")),
         line(d.addDays(5), Kind::AmazonFee, -1234, QStringLiteral("Lagergebühr Oktober"), QString(),
              QStringLiteral("FBAStorageFee")),
         line(d.addDays(8), Kind::Reimbursement, 1899,
              QStringLiteral("Erstattung verlorener Artikel\r\nLager ő ł 🙂"), QStringLiteral("FBA-Lost")),
         line(d.addDays(10), Kind::Other, -99, QStringLiteral("=cmd|' /C calc'!A0"), order2),
         line(d.addDays(12), Kind::ReserveHeld, -5000, QStringLiteral("Einbehaltene Reserve")),
         line(d.addDays(12), Kind::ReserveReleased, 4200, QStringLiteral("Freigegebene Reserve")),
         line(d.addDays(12), Kind::Sales, 1000, QString(), QStringLiteral("302-3333333-3333333"))});
}

// More refunds than sales: the seller owes Amazon, which debits the bank.
inline PayoutBooking negativePayout()
{
    const QDate d(2026, 11, 20);
    return withLines(
        QStringLiteral("24681357902"), QDate(2026, 11, 15), QDate(2026, 11, 28), QDate(2026, 11, 30),
        {line(d, Kind::Sales, 1000, QStringLiteral("Verkauf"), QStringLiteral("302-4444444-4444444")),
         line(d, Kind::Refunds, -8000, QStringLiteral("Rücksendung"), QStringLiteral("302-5555555-5555555")),
         line(d, Kind::AmazonFee, -500, QStringLiteral("Verkaufsgebühr"), QStringLiteral("302-4444444-4444444"),
              QStringLiteral("Commission"))});
}

// A settlement period with nothing in it.
inline PayoutBooking emptyPayout()
{
    return withLines(QStringLiteral("24681357903"), QDate(2026, 11, 15), QDate(2026, 11, 28), QDate(2026, 11, 30), {});
}

// What read_accounting.py found in `path` (`kind`: "datev" or "journal"), or an empty object.
inline QJsonObject readBack(const QString& kind, const QString& path)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-B"), QStringLiteral(SP_ACCOUNTING_TEST_DIR "/read_accounting.py"), kind, path});
    if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        qWarning().noquote() << "read_accounting.py failed:" << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

// Debits minus credits of `account` in cents, as the reader summed them.
inline qint64 net(const QJsonObject& found, const QString& account)
{
    return qint64(found.value(QStringLiteral("net")).toObject().value(account).toDouble());
}

} // namespace sp::test
