#include "accounting/AccountMapping.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>

namespace sp {

namespace {

using Kind = BookingLine::Kind;

// The fee types DATEV's charts give an account of their own by default: FBA's fulfilment fees are
// outgoing freight (Ausgangsfrachten); every other fee is a sales commission (Verkaufsprovision).
const char* const kFulfilmentFeeTypes[] = {"FBAPerUnitFulfillmentFee", "FBAPerOrderFulfillmentFee",
                                           "FBAWeightBasedFee"};

bool validAccount(const QString& account)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$"));
    return pattern.match(account).hasMatch();
}

} // namespace

QString AccountMapping::chartKey(Chart chart)
{
    return chart == Chart::Skr04 ? QStringLiteral("SKR04") : QStringLiteral("SKR03");
}

AccountMapping AccountMapping::defaults(Chart chart)
{
    AccountMapping m;
    m.chart = chart;
    const bool skr03 = chart == Chart::Skr03;
    auto pick = [skr03](const char* a03, const char* a04) { return QString::fromLatin1(skr03 ? a03 : a04); };
    m.bankAccount = pick("1360", "1460");     // Geldtransit: the bank statement books it out again
    m.clearingAccount = pick("1590", "1370"); // Durchlaufende Posten: Amazon's clearing account
    m.inputVatAccount = pick("1576", "1406"); // Abziehbare Vorsteuer 19 %
    m.kindAccounts = {
        {Kind::Sales, pick("8400", "4400")},           // Erlöse 19 % USt (automatic account)
        {Kind::Refunds, pick("8720", "4720")},         // Erlösschmälerungen 19 % USt (automatic account)
        {Kind::AmazonFee, pick("4760", "6770")},       // Verkaufsprovisionen
        {Kind::Advertising, pick("4600", "6600")},     // Werbekosten
        {Kind::ReserveHeld, pick("1500", "1300")},     // Sonstige Vermögensgegenstände: still the seller's
        {Kind::ReserveReleased, pick("1500", "1300")}, // money, held by Amazon
        {Kind::Reimbursement, pick("2742", "4970")},   // Versicherungsentschädigungen und Schadenersatz
        {Kind::Other, pick("4900", "6300")},           // Sonstige betriebliche Aufwendungen
    };
    for (const char* feeType : kFulfilmentFeeTypes)
        m.feeTypeAccounts.insert(QString::fromLatin1(feeType), pick("4730", "6740")); // Ausgangsfrachten
    return m;
}

QString AccountMapping::accountFor(const BookingLine& line) const
{
    if (line.kind == Kind::AmazonFee && !line.feeType.isEmpty()) {
        const auto it = feeTypeAccounts.constFind(line.feeType);
        if (it != feeTypeAccounts.constEnd())
            return it.value();
    }
    return kindAccounts.value(line.kind);
}

QStringList AccountMapping::allAccounts() const
{
    QStringList accounts{bankAccount, clearingAccount, inputVatAccount};
    for (Kind kind : allBookingKinds())
        accounts << kindAccounts.value(kind);
    accounts << feeTypeAccounts.values();
    accounts.removeDuplicates();
    return accounts;
}

QString AccountMapping::problem() const
{
    const auto check = [](const QString& account, const QString& what) -> QString {
        if (account.isEmpty())
            return QCoreApplication::translate("sp::AccountMapping", "The account for %1 is missing.").arg(what);
        if (!validAccount(account))
            return QCoreApplication::translate("sp::AccountMapping",
                                               "The account \"%1\" for %2 is not an account number.")
                .arg(account, what);
        return {};
    };
    QString problem = check(bankAccount, QCoreApplication::translate("sp::AccountMapping", "the payout (bank)"));
    if (problem.isEmpty())
        problem =
            check(clearingAccount, QCoreApplication::translate("sp::AccountMapping", "Amazon (clearing account)"));
    if (problem.isEmpty())
        problem = check(inputVatAccount, QCoreApplication::translate("sp::AccountMapping", "input VAT"));
    for (Kind kind : allBookingKinds()) {
        if (problem.isEmpty())
            problem = check(kindAccounts.value(kind), bookingKindKey(kind));
    }
    for (auto it = feeTypeAccounts.constBegin(); problem.isEmpty() && it != feeTypeAccounts.constEnd(); ++it)
        problem = check(it.value(), it.key());
    return problem;
}

QJsonObject AccountMapping::toJson() const
{
    QJsonObject kinds;
    for (auto it = kindAccounts.constBegin(); it != kindAccounts.constEnd(); ++it)
        kinds.insert(bookingKindKey(it.key()), it.value());
    QJsonObject feeTypes;
    for (auto it = feeTypeAccounts.constBegin(); it != feeTypeAccounts.constEnd(); ++it)
        feeTypes.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("chart"), chartKey(chart)},
                       {QStringLiteral("bank"), bankAccount},
                       {QStringLiteral("clearing"), clearingAccount},
                       {QStringLiteral("input_vat"), inputVatAccount},
                       {QStringLiteral("kinds"), kinds},
                       {QStringLiteral("fee_types"), feeTypes}};
}

bool AccountMapping::fromJson(const QJsonObject& json, AccountMapping* mapping, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QString chartName = json.value(QStringLiteral("chart")).toString(QStringLiteral("SKR03"));
    if (chartName != chartKey(Chart::Skr03) && chartName != chartKey(Chart::Skr04))
        return fail(
            QCoreApplication::translate("sp::AccountMapping", "Unknown chart of accounts \"%1\" (SKR03 or SKR04).")
                .arg(chartName));
    AccountMapping m = defaults(chartName == chartKey(Chart::Skr04) ? Chart::Skr04 : Chart::Skr03);

    const auto readString = [&](const QJsonValue& value, const QString& name, QString* into) {
        if (value.isUndefined())
            return true;
        if (!value.isString())
            return fail(QCoreApplication::translate("sp::AccountMapping", "The account for %1 is not text.").arg(name));
        *into = value.toString();
        return true;
    };
    if (!readString(json.value(QStringLiteral("bank")), QStringLiteral("bank"), &m.bankAccount)
        || !readString(json.value(QStringLiteral("clearing")), QStringLiteral("clearing"), &m.clearingAccount)
        || !readString(json.value(QStringLiteral("input_vat")), QStringLiteral("input_vat"), &m.inputVatAccount))
        return false;
    const QJsonObject kinds = json.value(QStringLiteral("kinds")).toObject();
    for (auto it = kinds.constBegin(); it != kinds.constEnd(); ++it) {
        Kind kind{};
        if (!bookingKindFromKey(it.key(), &kind))
            return fail(
                QCoreApplication::translate("sp::AccountMapping", "Unknown kind of payout line \"%1\".").arg(it.key()));
        QString account;
        if (!readString(it.value(), it.key(), &account))
            return false;
        m.kindAccounts.insert(kind, account);
    }
    const QJsonObject feeTypes = json.value(QStringLiteral("fee_types")).toObject();
    for (auto it = feeTypes.constBegin(); it != feeTypes.constEnd(); ++it) {
        QString account;
        if (!readString(it.value(), it.key(), &account))
            return false;
        m.feeTypeAccounts.insert(it.key(), account);
    }
    const QString problem = m.problem();
    if (!problem.isEmpty())
        return fail(problem);
    *mapping = m;
    return true;
}

} // namespace sp
