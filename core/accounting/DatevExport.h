#pragma once

#include "accounting/AccountMapping.h"
#include "accounting/Booking.h"
#include "accounting/Postings.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sp {

// What the accountant's DATEV needs to know about the ledger the file goes into (the EXTF header).
struct DatevSettings
{
    int consultantNumber = 0;     // Beraternummer, 1001 to 9999999 (from the tax adviser)
    int clientNumber = 0;         // Mandantennummer, 1 to 99999 (from the tax adviser)
    int fiscalYearStartMonth = 1; // WJ-Beginn: the fiscal year starts on the 1st of this month
    int accountLength = 4;        // Sachkontenlänge, 4 to 8: every account must have this many digits
    QString ledgerCurrency = QStringLiteral("EUR"); // WKZ of the ledger; payouts in another currency are refused
    bool lockBookings = false;                      // Festschreibung: off, so the accountant reviews before locking
    QString label; // Bezeichnung (30 characters); empty: "Amazon" and the settlement or period
    // The file's period (Datum vom, Datum bis), e.g. a month; every booking must fall inside. Invalid:
    // from the first to the last booking's date.
    QDate periodFrom;
    QDate periodTo;

    // {"consultant": 29098, "client": 55003, "fiscal_year_start_month": 1, "account_length": 4,
    //  "ledger_currency": "EUR", "lock": false}: what the seller enters once (stored beside the account
    // mapping; the period and label are chosen per export and not stored). fromJson takes missing
    // members from the defaults; false with a translated `error` for a member of the wrong type.
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& json, DatevSettings* settings, QString* error);
};

// A DATEV "Buchungsstapel" (DATEV-Format EXTF, header version 700, category 21, format version 13),
// per payout or per month: line 1 the header (31 fields), line 2 the 125 column names, then one
// booking per line (Umsatz without sign and with a decimal comma, S/H for Konto, WKZ, Konto,
// Gegenkonto, Belegdatum DDMM, Belegfeld 1 = the line's reference, Buchungstext = its description).
// Windows-1252, CRLF, ';' between fields. The bookings are PayoutPostings' (Konto = the Amazon clearing
// account or, for the payout, the bank; Gegenkonto = the line's account, input VAT or clearing), so
// debits equal credits and the bank account receives exactly each payout.
class DatevExport
{
public:
    // The file's bytes; false with a translated `error` (nothing rendered) for any payout, mapping or
    // setting the format cannot hold. `createdAt` is the header's "Erzeugt am" (local time).
    static bool render(const QList<PayoutBooking>& payouts, const AccountMapping& mapping,
                       const DatevSettings& settings, const PostingOptions& options, const QDateTime& createdAt,
                       QByteArray* file, QString* error);
    // render() into `path` (whole or not at all: AtomicFileReplacer), "Erzeugt am" = now.
    static bool write(const QList<PayoutBooking>& payouts, const AccountMapping& mapping, const DatevSettings& settings,
                      const PostingOptions& options, const QString& path, QString* error);
    // "EXTF_Buchungsstapel_Amazon_<settlement id>.csv" for one payout, else "..._<first>_<last paid on>.csv"
    // (DATEV imports only files whose name starts with EXTF_).
    static QString suggestedFileName(const QList<PayoutBooking>& payouts);
    // The 125 column names of format version 13, in order (line 2).
    static QStringList columnNames();
};

} // namespace sp
