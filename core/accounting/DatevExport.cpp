#include "accounting/DatevExport.h"

#include "accounting/DatevText.h"
#include "common/AtomicFileReplacer.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <set>

namespace sp {

namespace {

constexpr int kColumns = 125;
constexpr int kTextLength = 60;  // Buchungstext
constexpr int kLabelLength = 30; // Bezeichnung of the header

// Line 2: the 125 columns of "Buchungsstapel" format version 13 (DATEV's Formatbeschreibung), the
// repeated groups written out by columnNames().
const char* const kHead[] = {"Umsatz (ohne Soll/Haben-Kz)",
                             "Soll/Haben-Kennzeichen",
                             "WKZ Umsatz",
                             "Kurs",
                             "Basis-Umsatz",
                             "WKZ Basis-Umsatz",
                             "Konto",
                             "Gegenkonto (ohne BU-Schlüssel)",
                             "BU-Schlüssel",
                             "Belegdatum",
                             "Belegfeld 1",
                             "Belegfeld 2",
                             "Skonto",
                             "Buchungstext",
                             "Postensperre",
                             "Diverse Adressnummer",
                             "Geschäftspartnerbank",
                             "Sachverhalt",
                             "Zinssperre",
                             "Beleglink"}; // 1-20, then Beleginfo 1-8 (21-36)
const char* const kMiddle[] = {"KOST1 - Kostenstelle",
                               "KOST2 - Kostenstelle",
                               "Kost-Menge",
                               "EU-Land u. UStID (Bestimmung)",
                               "EU-Steuersatz (Bestimmung)",
                               "Abw. Versteuerungsart",
                               "Sachverhalt L+L",
                               "Funktionsergänzung L+L",
                               "BU 49 Hauptfunktionstyp",
                               "BU 49 Hauptfunktionsnummer",
                               "BU 49 Funktionsergänzung"}; // 37-47, then Zusatzinformation 1-20 (48-87)
const char* const kTail[] = {"Stück",
                             "Gewicht",
                             "Zahlweise",
                             "Forderungsart",
                             "Veranlagungsjahr",
                             "Zugeordnete Fälligkeit",
                             "Skontotyp",
                             "Auftragsnummer",
                             "Buchungstyp",
                             "USt-Schlüssel (Anzahlungen)",
                             "EU-Land (Anzahlungen)",
                             "Sachverhalt L+L (Anzahlungen)",
                             "EU-Steuersatz (Anzahlungen)",
                             "Erlöskonto (Anzahlungen)",
                             "Herkunft-Kz",
                             "Buchungs GUID",
                             "KOST-Datum",
                             "SEPA-Mandatsreferenz",
                             "Skontosperre",
                             "Gesellschaftername",
                             "Beteiligtennummer",
                             "Identifikationsnummer",
                             "Zeichnernummer",
                             "Postensperre bis",
                             "Bezeichnung SoBil-Sachverhalt",
                             "Kennzeichen SoBil-Buchung",
                             "Festschreibung",
                             "Leistungsdatum",
                             "Datum Zuord. Steuerperiode",
                             "Fälligkeit",
                             "Generalumkehr (GU)",
                             "Steuersatz",
                             "Land",
                             "Abrechnungsreferenz",
                             "BVV-Position",
                             "EU-Land u. UStID (Ursprung)",
                             "EU-Steuersatz (Ursprung)",
                             "Abw. Skontokonto"}; // 88-125

// The columns of type text (1-based): written in quotes even when empty, the others bare.
bool isTextColumn(int column)
{
    static const std::set<int> single{2,  3,  6,  9,   11,  12,  14,  16,  20,  37,  38,  40,  42,  91,
                                      95, 96, 98, 102, 103, 105, 107, 109, 110, 112, 118, 120, 121, 123};
    return single.count(column) > 0 || (column >= 21 && column <= 36) || (column >= 48 && column <= 87);
}

QByteArray amountText(qint64 cents) // "1234,56": no sign (S/H carries it), decimal comma, no grouping
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return QByteArray::number(magnitude / 100) + ',' + QByteArray::number(magnitude % 100).rightJustified(2, '0');
}

QByteArray dateText(const QDate& date) // header dates: YYYYMMDD
{
    return date.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

QDate fiscalYearStart(const QDate& date, int startMonth)
{
    const QDate sameYear(date.year(), startMonth, 1);
    return date >= sameYear ? sameYear : sameYear.addYears(-1);
}

QString textFor(const Posting& posting)
{
    static const char* const kLabels[] = {"Umsatz",
                                          "Erstattung",
                                          "Amazon-Gebühr",
                                          "Werbung",
                                          "Reserve einbehalten",
                                          "Reserve freigegeben",
                                          "Erstattung von Amazon",
                                          "Sonstiges"};
    if (posting.role == Posting::Role::Payout)
        return QStringLiteral("Amazon Auszahlung ") + posting.settlementId;
    QString text = posting.description;
    if (text.trimmed().isEmpty()) {
        text = QString::fromUtf8(kLabels[int(posting.kind)]);
        if (!posting.feeType.isEmpty())
            text += QLatin1Char(' ') + posting.feeType;
    }
    return posting.role == Posting::Role::InputVat ? QStringLiteral("Vorsteuer: ") + text : text;
}

QByteArray bookingLine(const Posting& posting)
{
    std::array<QByteArray, kColumns> fields;
    for (int column = 1; column <= kColumns; ++column) {
        if (isTextColumn(column))
            fields[column - 1] = "\"\"";
    }
    fields[0] = amountText(posting.cents);
    fields[1] = posting.cents > 0 ? "\"S\"" : "\"H\"";
    fields[2] = DatevText::quoted(posting.currency);
    fields[6] = posting.account.toLatin1();
    fields[7] = posting.contraAccount.toLatin1();
    fields[9] = posting.date.toString(QStringLiteral("ddMM")).toLatin1();
    fields[10] = DatevText::quoted(DatevText::documentNumber(posting.reference));
    fields[13] = DatevText::quoted(DatevText::cleaned(textFor(posting), kTextLength));
    QByteArray line;
    for (int i = 0; i < kColumns; ++i) {
        if (i > 0)
            line += ';';
        line += fields[i];
    }
    return line + "\r\n";
}

QString settingsProblem(const DatevSettings& s)
{
    if (s.consultantNumber < 1001 || s.consultantNumber > 9999999)
        return QCoreApplication::translate(
            "sp::DatevExport",
            "Enter the consultant number (Beraternummer, 1001 to 9999999) your tax adviser uses in DATEV.");
    if (s.clientNumber < 1 || s.clientNumber > 99999)
        return QCoreApplication::translate(
            "sp::DatevExport", "Enter the client number (Mandantennummer, 1 to 99999) your tax adviser uses in DATEV.");
    if (s.fiscalYearStartMonth < 1 || s.fiscalYearStartMonth > 12)
        return QCoreApplication::translate("sp::DatevExport", "The fiscal year must start in a month from 1 to 12.");
    if (s.accountLength < 4 || s.accountLength > 8)
        return QCoreApplication::translate("sp::DatevExport", "DATEV accounts have 4 to 8 digits.");
    if (s.periodFrom.isValid() != s.periodTo.isValid() || (s.periodFrom.isValid() && s.periodTo < s.periodFrom))
        return QCoreApplication::translate("sp::DatevExport", "The file's period is not valid.");
    return {};
}

} // namespace

QJsonObject DatevSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("consultant"), consultantNumber},
                       {QStringLiteral("client"), clientNumber},
                       {QStringLiteral("fiscal_year_start_month"), fiscalYearStartMonth},
                       {QStringLiteral("account_length"), accountLength},
                       {QStringLiteral("ledger_currency"), ledgerCurrency},
                       {QStringLiteral("lock"), lockBookings}};
}

bool DatevSettings::fromJson(const QJsonObject& json, DatevSettings* settings, QString* error)
{
    DatevSettings s;
    const auto readInt = [&json](const char* key, int* into) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        if (!value.isDouble() || value.toDouble() != double(value.toInt()))
            return false;
        *into = value.toInt();
        return true;
    };
    const QJsonValue currency = json.value(QStringLiteral("ledger_currency"));
    const QJsonValue lock = json.value(QStringLiteral("lock"));
    if (!readInt("consultant", &s.consultantNumber) || !readInt("client", &s.clientNumber)
        || !readInt("fiscal_year_start_month", &s.fiscalYearStartMonth) || !readInt("account_length", &s.accountLength)
        || !(currency.isUndefined() || currency.isString()) || !(lock.isUndefined() || lock.isBool())) {
        if (error)
            *error =
                QCoreApplication::translate("sp::DatevExport", "The DATEV settings are damaged; enter them again.");
        return false;
    }
    s.ledgerCurrency = currency.toString(s.ledgerCurrency);
    s.lockBookings = lock.toBool(false);
    *settings = s;
    return true;
}

QStringList DatevExport::columnNames()
{
    QStringList names;
    for (const char* name : kHead)
        names << QString::fromUtf8(name);
    for (int i = 1; i <= 8; ++i)
        names << QStringLiteral("Beleginfo - Art %1").arg(i) << QStringLiteral("Beleginfo - Inhalt %1").arg(i);
    for (const char* name : kMiddle)
        names << QString::fromUtf8(name);
    for (int i = 1; i <= 20; ++i) // DATEV's own spelling: no space before the second hyphen
        names << QStringLiteral("Zusatzinformation - Art %1").arg(i)
              << QStringLiteral("Zusatzinformation- Inhalt %1").arg(i);
    for (const char* name : kTail)
        names << QString::fromUtf8(name);
    return names;
}

bool DatevExport::render(const QList<PayoutBooking>& payouts, const AccountMapping& mapping,
                         const DatevSettings& settings, const PostingOptions& options, const QDateTime& createdAt,
                         QByteArray* file, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    QString problem = settingsProblem(settings);
    if (!problem.isEmpty())
        return fail(problem);
    if (payouts.isEmpty())
        return fail(QCoreApplication::translate("sp::DatevExport", "Choose at least one payout for the DATEV file."));
    QList<Posting> postings;
    if (!PayoutPostings::build(payouts, mapping, options, &postings, error))
        return false;
    for (const PayoutBooking& payout : payouts) {
        if (payout.currency != settings.ledgerCurrency)
            return fail(QCoreApplication::translate(
                            "sp::DatevExport",
                            "Payout %1 is in %2, the DATEV ledger in %3: DATEV files hold one currency. "
                            "Export it as a journal instead.")
                            .arg(payout.settlementId, payout.currency, settings.ledgerCurrency));
    }
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]+$"));
    for (const QString& account : mapping.allAccounts()) {
        if (account.size() != settings.accountLength || !digitsOnly.match(account).hasMatch())
            return fail(
                QCoreApplication::translate("sp::DatevExport", "DATEV needs accounts of %1 digits; \"%2\" is not one.")
                    .arg(settings.accountLength)
                    .arg(account));
    }

    // The period: the settings', else from the first to the last booking (a file without bookings:
    // its payouts' settlement periods). One fiscal year: Belegdatum has no year.
    QDate from = settings.periodFrom;
    QDate to = settings.periodTo;
    if (!from.isValid()) {
        for (const Posting& posting : postings) {
            from = from.isValid() ? qMin(from, posting.date) : posting.date;
            to = to.isValid() ? qMax(to, posting.date) : posting.date;
        }
        for (const PayoutBooking& payout : payouts) {
            if (postings.isEmpty()) {
                from = from.isValid() ? qMin(from, payout.periodStart) : payout.periodStart;
                to = to.isValid() ? qMax(to, payout.payoutDate()) : payout.payoutDate();
            }
        }
    }
    for (const Posting& posting : postings) {
        if (posting.date < from || posting.date > to)
            return fail(QCoreApplication::translate(
                            "sp::DatevExport", "Payout %1 has a booking on %2, outside the file's period %3 to %4.")
                            .arg(posting.settlementId, posting.date.toString(Qt::ISODate), from.toString(Qt::ISODate),
                                 to.toString(Qt::ISODate)));
    }
    const QDate yearStart = fiscalYearStart(from, settings.fiscalYearStartMonth);
    if (fiscalYearStart(to, settings.fiscalYearStartMonth) != yearStart)
        return fail(QCoreApplication::translate(
                        "sp::DatevExport",
                        "The bookings run from %1 to %2, into a new fiscal year; a DATEV file holds one fiscal "
                        "year. Book each payout on its payout date, or export each year separately.")
                        .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));

    QString label = settings.label;
    if (label.trimmed().isEmpty()) {
        label = payouts.size() == 1
                    ? QStringLiteral("Amazon ") + payouts.first().settlementId
                    : QStringLiteral("Amazon %1-%2")
                          .arg(from.toString(QStringLiteral("dd.MM.yyyy")), to.toString(QStringLiteral("dd.MM.yyyy")));
    }
    const QList<QByteArray> header{"\"EXTF\"",
                                   "700",
                                   "21",
                                   "\"Buchungsstapel\"",
                                   "13",
                                   createdAt.toString(QStringLiteral("yyyyMMddHHmmsszzz")).toLatin1(), // Erzeugt am
                                   "",
                                   "\"SP\"",
                                   "\"\"",
                                   "\"\"", // Importiert, Herkunft, Exportiert/Importiert von
                                   QByteArray::number(settings.consultantNumber),
                                   QByteArray::number(settings.clientNumber),
                                   dateText(yearStart),
                                   QByteArray::number(settings.accountLength),
                                   dateText(from),
                                   dateText(to),
                                   DatevText::quoted(DatevText::cleaned(label, kLabelLength)),
                                   "\"\"", // Bezeichnung, Diktatkürzel
                                   "1",
                                   "0",
                                   settings.lockBookings ? "1" : "0", // Buchungstyp, Zweck, Festschreibung
                                   DatevText::quoted(settings.ledgerCurrency),
                                   "",
                                   "\"\"",
                                   "",
                                   "", // WKZ, -, Derivatskennzeichen, -, -
                                   mapping.chart == AccountMapping::Chart::Skr04 ? "\"04\"" : "\"03\"",
                                   "",
                                   "",
                                   "\"\"",
                                   "\"\""};
    QByteArray out = header.join(';') + "\r\n";
    out += DatevText::toCp1252(columnNames().join(QLatin1Char(';'))) + "\r\n";
    for (const Posting& posting : postings)
        out += bookingLine(posting);
    *file = out;
    return true;
}

bool DatevExport::write(const QList<PayoutBooking>& payouts, const AccountMapping& mapping,
                        const DatevSettings& settings, const PostingOptions& options, const QString& path,
                        QString* error)
{
    QByteArray bytes;
    if (!render(payouts, mapping, settings, options, QDateTime::currentDateTime(), &bytes, error))
        return false;
    return AtomicFileReplacer::writeWhole(path, bytes, error);
}

QString DatevExport::suggestedFileName(const QList<PayoutBooking>& payouts)
{
    QString name = QStringLiteral("EXTF_Buchungsstapel_Amazon");
    if (payouts.size() == 1)
        name += QLatin1Char('_') + DatevText::documentNumber(payouts.first().settlementId);
    else if (!payouts.isEmpty())
        name += QLatin1Char('_') + payouts.first().payoutDate().toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('_')
                + payouts.last().payoutDate().toString(QStringLiteral("yyyyMMdd"));
    return name + QStringLiteral(".csv");
}

} // namespace sp
