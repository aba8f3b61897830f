#include "accounting/JournalCsv.h"

#include "common/AtomicFileReplacer.h"
#include "common/CsvCell.h"
#include "common/Money.h"

#include <QCoreApplication>

namespace sp {

namespace {

QString kindLabel(BookingLine::Kind kind)
{
    switch (kind) {
    case BookingLine::Kind::Sales:
        return QCoreApplication::translate("sp::JournalCsv", "Sales");
    case BookingLine::Kind::Refunds:
        return QCoreApplication::translate("sp::JournalCsv", "Refunds");
    case BookingLine::Kind::AmazonFee:
        return QCoreApplication::translate("sp::JournalCsv", "Amazon fee");
    case BookingLine::Kind::Advertising:
        return QCoreApplication::translate("sp::JournalCsv", "Advertising");
    case BookingLine::Kind::ReserveHeld:
        return QCoreApplication::translate("sp::JournalCsv", "Reserve held");
    case BookingLine::Kind::ReserveReleased:
        return QCoreApplication::translate("sp::JournalCsv", "Reserve released");
    case BookingLine::Kind::Reimbursement:
        return QCoreApplication::translate("sp::JournalCsv", "Reimbursement");
    case BookingLine::Kind::Other:
        break;
    }
    return QCoreApplication::translate("sp::JournalCsv", "Other");
}

QString descriptionFor(const Posting& posting, int vatRateBp)
{
    if (posting.role == Posting::Role::Payout)
        return QCoreApplication::translate("sp::JournalCsv", "Amazon payout %1").arg(posting.settlementId);
    QString text = posting.description.simplified(); // one line: no breaks inside a journal row
    if (text.isEmpty()) {
        text = kindLabel(posting.kind);
        if (!posting.feeType.isEmpty())
            text += QLatin1Char(' ') + posting.feeType;
    }
    if (!posting.reference.isEmpty() && posting.reference != posting.settlementId)
        text += QStringLiteral(" (%1)").arg(posting.reference);
    if (posting.role == Posting::Role::InputVat)
        text = QCoreApplication::translate("sp::JournalCsv", "Input VAT %1 %: %2")
                   .arg(QString::number(vatRateBp / 100.0, 'f', vatRateBp % 100 ? 2 : 0), text);
    return text;
}

void appendRow(QByteArray& out, const QDate& date, const QString& account, const QString& description,
               qint64 debitCents, const QString& currency, const QString& reference)
{
    // debitCents > 0: a debit; < 0: a credit of its magnitude (bounded by kMaxBookingCents).
    const QString debit = debitCents > 0 ? Money::formatCents(debitCents) : QString();
    const QString credit = debitCents < 0 ? Money::formatCents(-debitCents) : QString();
    const QStringList fields{date.toString(Qt::ISODate),
                             CsvCell::neutralised(account),
                             CsvCell::neutralised(description),
                             debit,
                             credit,
                             CsvCell::neutralised(currency),
                             CsvCell::neutralised(reference)};
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        CsvCell::appendField(out, fields.at(i));
    }
    out += "\r\n";
}

} // namespace

bool JournalCsv::render(const QList<PayoutBooking>& payouts, const AccountMapping& mapping,
                        const PostingOptions& options, QByteArray* file, QString* error)
{
    PostingOptions journalOptions = options;
    journalOptions.dateBasis = PostingOptions::DateBasis::PayoutDate; // a manual journal has one date
    QList<Posting> postings;
    if (!PayoutPostings::build(payouts, mapping, journalOptions, &postings, error))
        return false;
    QByteArray out("\xEF\xBB\xBF"); // UTF-8 BOM: Excel reads the file as UTF-8; Xero and QuickBooks accept it
    out += "Date,Account,Description,Debit,Credit,Currency,Reference\r\n";
    for (const Posting& posting : postings) {
        const QString text = descriptionFor(posting, options.vatRateBp);
        if (posting.role == Posting::Role::Payout) // the bank side; its clearing side is left out
            appendRow(out, posting.date, posting.account, text, posting.cents, posting.currency, posting.settlementId);
        else // the line's side (the opposite of the clearing account's)
            appendRow(out, posting.date, posting.contraAccount, text, -posting.cents, posting.currency,
                      posting.settlementId);
    }
    *file = out;
    return true;
}

bool JournalCsv::write(const QList<PayoutBooking>& payouts, const AccountMapping& mapping,
                       const PostingOptions& options, const QString& path, QString* error)
{
    QByteArray bytes;
    if (!render(payouts, mapping, options, &bytes, error))
        return false;
    return AtomicFileReplacer::writeWhole(path, bytes, error);
}

QString JournalCsv::suggestedFileName(const QList<PayoutBooking>& payouts)
{
    QString name = QStringLiteral("amazon-journal");
    if (payouts.size() == 1) {
        QString id = payouts.first().settlementId;
        for (QChar& c : id) {
            if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
                c = QLatin1Char('_');
        }
        name += QLatin1Char('-') + id;
    } else if (!payouts.isEmpty()) {
        name += QLatin1Char('-') + payouts.first().payoutDate().toString(Qt::ISODate) + QLatin1Char('-')
                + payouts.last().payoutDate().toString(Qt::ISODate);
    }
    return name + QStringLiteral(".csv");
}

} // namespace sp
