#pragma once

#include "accounting/Booking.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace sp {

// The seller's account numbers for the accountant's files: one per kind of payout line, optionally
// one per Amazon fee type, the bank account the payout reaches, the Amazon clearing account every
// line is booked against (DATEV) and the input VAT account. Defaults for DATEV's standard charts
// SKR03 and SKR04 (docs/architecture.md, "Files for the accountant", lists and explains them); the
// seller overrides any of them. Stored as a JSON object (toJson/fromJson), later in the encrypted
// cache; never in QSettings.
struct AccountMapping
{
    enum class Chart { Skr03, Skr04 };

    Chart chart = Chart::Skr03;
    QString bankAccount;     // where the payout arrives (Bank)
    QString clearingAccount; // Amazon as a clearing account (Verrechnungskonto): nets to zero per payout
    QString inputVatAccount; // input VAT (Vorsteuer) when the VAT-on-fees option is on
    QMap<BookingLine::Kind, QString> kindAccounts;
    QMap<QString, QString> feeTypeAccounts; // Amazon fee type -> account; absent: the AmazonFee account

    static AccountMapping defaults(Chart chart);

    // The account a line is booked to: its fee type's, else its kind's.
    QString accountFor(const BookingLine& line) const;

    // Every account the mapping names, each once.
    QStringList allAccounts() const;

    // Empty, or a translated sentence naming the first account that is missing or is not 1 to 20
    // letters, digits, '.', '-' or '_' (starting with a letter or digit).
    QString problem() const;

    // {"chart": "SKR03", "bank": "1200", "clearing": "1590", "input_vat": "1576",
    //  "kinds": {"sales": "8400", ...}, "fee_types": {"Commission": "4760", ...}}.
    QJsonObject toJson() const;
    // The chart's defaults with what `json` overrides; false (and a translated `error`) for an unknown
    // chart or kind, a value that is not a string, or an account problem() rejects.
    static bool fromJson(const QJsonObject& json, AccountMapping* mapping, QString* error);

    static QString chartKey(Chart chart); // "SKR03", "SKR04"
};

} // namespace sp
