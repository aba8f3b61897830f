#include "ExpenseRoutes.h"

#include "CivilTime.h"
#include "CryptoPrimitives.h"
#include "JsonBodyValidator.h"
#include "ListingQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::ExpenseRoutes", text); }

const QDate kEpoch(1970, 1, 1);
const QDate kFirstDay(2000, 1, 1);
const QDate kLastDay(2099, 12, 31);
constexpr qint64 kMaxAmountCents = 99999999999999LL;
constexpr qsizetype kMaxDescription = 200; // code points
constexpr qsizetype kMaxSku = 100;

// Active ISO 4217 currencies (without the fund, precious metal, testing and "no currency" codes).
const QSet<QString>& currencies()
{
    static const QSet<QString> codes = [] {
        QSet<QString> set;
        const QString all = QStringLiteral(
            "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD "
            "CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP "
            "GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD "
            "KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK "
            "NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS "
            "SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VED VES VND VUV WST "
            "XAF XCD XCG XOF XPF YER ZAR ZMW ZWG ZWL");
        for (const QString& code : all.split(QLatin1Char(' ')))
            set.insert(code);
        return set;
    }();
    return codes;
}

const QStringList& categories()
{
    static const QStringList list = {QStringLiteral("software"),
                                     QStringLiteral("packaging"),
                                     QStringLiteral("warehouse"),
                                     QStringLiteral("shipping"),
                                     QStringLiteral("wages"),
                                     QStringLiteral("advertising_external"),
                                     QStringLiteral("professional_services"),
                                     QStringLiteral("other")};
    return list;
}

const QStringList& recurrences()
{
    static const QStringList list = {QStringLiteral("once"), QStringLiteral("monthly"), QStringLiteral("yearly")};
    return list;
}

QString rfc3339(qint64 unixSeconds)
{
    QByteArray text;
    CivilTime::appendRfc3339(&text, unixSeconds);
    return QString::fromLatin1(text);
}

QString dateText(qint64 day) { return kEpoch.addDays(day).toString(Qt::ISODate); }

QJsonValue orNull(const QString& value) { return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value); }

QJsonObject expenseJson(const ExpenseBook::Expense& e)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("description"), e.description},
        {QStringLiteral("category"), e.category},
        {QStringLiteral("amount_cents"), static_cast<double>(e.amountCents)},
        {QStringLiteral("currency"), e.currency},
        {QStringLiteral("recurrence"), e.recurrence},
        {QStringLiteral("starts_on"), dateText(e.startsOn)},
        {QStringLiteral("ends_on"), e.endsOn ? QJsonValue(dateText(*e.endsOn)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("marketplace_id"), orNull(e.marketplaceId)},
        {QStringLiteral("sku"), orNull(e.sku)},
        {QStringLiteral("created_at"), rfc3339(e.createdAt)},
        {QStringLiteral("updated_at"), rfc3339(e.updatedAt)},
        {QStringLiteral("deleted"), e.deleted}};
}

// 1..200 code points, not only white space, no control characters.
QString descriptionError(const QJsonValue& value)
{
    if (!value.isString())
        return tr("must be a text of 1 to 200 characters");
    const QString text = value.toString();
    const QList<uint> points = text.toUcs4();
    if (points.isEmpty() || points.size() > kMaxDescription)
        return tr("must be a text of 1 to 200 characters");
    bool visible = false;
    for (const uint point : points) {
        if (point < 0x20 || point == 0x7f)
            return tr("must not contain control characters (line breaks, tabs)");
        visible = visible || !(QChar::isSpace(point) || point == 0xfeff);
    }
    if (!visible)
        return tr("must not be only white space");
    return {};
}

// A strict YYYY-MM-DD date from 2000-01-01 to 2099-12-31, as days since 1970-01-01.
std::optional<qint64> parseDay(const QJsonValue& value)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!value.isString() || !pattern.match(value.toString()).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!date.isValid() || date < kFirstDay || date > kLastDay)
        return std::nullopt;
    return kEpoch.daysTo(date);
}

bool isNullOrAbsent(const QJsonObject& body, const QString& key)
{
    return !body.contains(key) || body.value(key).isNull();
}

bool sellsIn(const Business& business, const QString& marketplaceId)
{
    for (int m = 0; m < kMarketplaceCount; ++m) {
        if ((business.marketplaceMask & (1u << m)) && marketplaceId == QLatin1String(kMarketplaces[m].id))
            return true;
    }
    return false;
}

} // namespace

QJsonObject ExpenseRoutes::toJson(const ExpenseBook::Expense& row) { return expenseJson(row); }

ExpenseRoutes::ExpenseRoutes(RouteServices& services, BusinessRegistry& registry, const ListingCursor& cursors,
                             ExpenseBook& book)
    : m_services(services)
    , m_registry(registry)
    , m_cursors(cursors)
    , m_book(book)
{}

void ExpenseRoutes::registerOn(Router& router)
{
    router.add("GET", QStringLiteral("/v1/expenses"),
               [this](const HttpRequest& r, const QStringList&) { return list(r); });
    router.add("POST", QStringLiteral("/v1/expenses"),
               [this](const HttpRequest& r, const QStringList&) { return create(r); });
    router.add("PUT", QStringLiteral("/v1/expenses/{expense_id}"),
               [this](const HttpRequest& r, const QStringList& p) { return replace(r, p.value(0)); });
    router.add("DELETE", QStringLiteral("/v1/expenses/{expense_id}"),
               [this](const HttpRequest& r, const QStringList& p) { return remove(r, p.value(0)); });
}

HttpReply ExpenseRoutes::list(const HttpRequest& request)
{
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    const QString accountId = auth.caller.account->id;
    Business* business = m_registry.business(accountId);
    if (!business)
        return ProblemResponse::make(500, QStringLiteral("internal_error"), tr("The account has no data."),
                                     request.requestId);

    HttpReply problem;
    const std::optional<ListingQuery> parameters =
        ListingQuery::parse(request, m_cursors, accountId, kListing, &problem);
    if (!parameters)
        return problem;

    const std::vector<ExpenseBook::Expense>& all = m_book.expenses(accountId, *business);
    size_t position = 0;
    quint64 resumeSeq = 0;
    if (parameters->after) {
        const quint64 after = *parameters->after;
        position =
            static_cast<size_t>(std::upper_bound(all.begin(), all.end(), after,
                                                 [](quint64 seq, const ExpenseBook::Expense& e) { return seq < e.seq; })
                                - all.begin());
        resumeSeq = after;
    } else if (parameters->updatedSince) {
        position = static_cast<size_t>(
            std::lower_bound(all.begin(), all.end(), *parameters->updatedSince,
                             [](const ExpenseBook::Expense& e, qint64 t) { return e.updatedAt < t; })
            - all.begin());
        resumeSeq = position > 0 ? all[position - 1].seq : 0;
    }
    QJsonArray rows;
    for (int written = 0; position < all.size() && written < parameters->limit; ++position, ++written) {
        rows.append(expenseJson(all[position]));
        resumeSeq = std::max(resumeSeq, all[position].seq);
    }
    return jsonReply(200, QJsonObject{{QStringLiteral("expenses"), rows},
                                      {QStringLiteral("next_cursor"), m_cursors.encode(accountId, kListing, resumeSeq)},
                                      {QStringLiteral("has_more"), position < all.size()},
                                      {QStringLiteral("remaining"), static_cast<double>(all.size() - position)},
                                      {QStringLiteral("server_time"), rfc3339(m_registry.now())}});
}

std::optional<ExpenseBook::Expense> ExpenseRoutes::parseBody(const HttpRequest& request, const Business& business,
                                                             HttpReply* problem) const
{
    const auto body = JsonBodyValidator::parseObject(request);
    if (body.problem) {
        *problem = *body.problem;
        return std::nullopt;
    }
    const QJsonObject& o = body.object;
    QList<FieldError> errors;
    static const QStringList known = {
        QStringLiteral("description"), QStringLiteral("category"),       QStringLiteral("amount_cents"),
        QStringLiteral("currency"),    QStringLiteral("recurrence"),     QStringLiteral("starts_on"),
        QStringLiteral("ends_on"),     QStringLiteral("marketplace_id"), QStringLiteral("sku")};
    for (const QString& key : o.keys()) {
        if (!known.contains(key))
            errors.append({key, tr("is not a known field")});
    }
    ExpenseBook::Expense e;

    const QString descriptionProblem = descriptionError(o.value(QStringLiteral("description")));
    if (!descriptionProblem.isEmpty())
        errors.append({QStringLiteral("description"), descriptionProblem});
    else
        e.description = o.value(QStringLiteral("description")).toString();

    const QJsonValue category = o.value(QStringLiteral("category"));
    if (!category.isString() || !categories().contains(category.toString()))
        errors.append(
            {QStringLiteral("category"), tr("must be one of: %1").arg(categories().join(QStringLiteral(", ")))});
    else
        e.category = category.toString();

    const QJsonValue amount = o.value(QStringLiteral("amount_cents"));
    const double cents = amount.toDouble();
    if (!amount.isDouble() || std::floor(cents) != cents || cents < 1 || cents > static_cast<double>(kMaxAmountCents))
        errors.append({QStringLiteral("amount_cents"),
                       tr("must be a whole number of cents from 1 to 99999999999999, e.g. 3900 for 39.00")});
    else
        e.amountCents = static_cast<qint64>(cents);

    const QJsonValue currency = o.value(QStringLiteral("currency"));
    if (!currency.isString() || !currencies().contains(currency.toString()))
        errors.append({QStringLiteral("currency"), tr("must be an ISO 4217 currency code in capitals, e.g. EUR")});
    else
        e.currency = currency.toString();

    const QJsonValue recurrence = o.value(QStringLiteral("recurrence"));
    if (!recurrence.isString() || !recurrences().contains(recurrence.toString()))
        errors.append({QStringLiteral("recurrence"), tr("must be once, monthly or yearly")});
    else
        e.recurrence = recurrence.toString();

    const std::optional<qint64> startsOn = parseDay(o.value(QStringLiteral("starts_on")));
    if (!startsOn)
        errors.append(
            {QStringLiteral("starts_on"), tr("must be a date from 2000-01-01 to 2099-12-31, e.g. 2025-01-31")});
    else
        e.startsOn = *startsOn;

    if (!isNullOrAbsent(o, QStringLiteral("ends_on"))) {
        const std::optional<qint64> endsOn = parseDay(o.value(QStringLiteral("ends_on")));
        if (!endsOn)
            errors.append({QStringLiteral("ends_on"), tr("must be null or a date up to 2099-12-31, e.g. 2025-12-31")});
        else if (startsOn && *endsOn < *startsOn)
            errors.append({QStringLiteral("ends_on"), tr("must not be before starts_on")});
        else if (startsOn && e.recurrence == QLatin1String("once") && *endsOn != *startsOn)
            errors.append({QStringLiteral("ends_on"), tr("must be null or equal to starts_on for a one-off expense")});
        else
            e.endsOn = endsOn;
    }

    if (!isNullOrAbsent(o, QStringLiteral("marketplace_id"))) {
        const QJsonValue marketplace = o.value(QStringLiteral("marketplace_id"));
        if (!marketplace.isString() || !sellsIn(business, marketplace.toString()))
            errors.append({QStringLiteral("marketplace_id"), tr("must be null or one of your marketplaces' ids")});
        else
            e.marketplaceId = marketplace.toString();
    }

    if (!isNullOrAbsent(o, QStringLiteral("sku"))) {
        const QJsonValue sku = o.value(QStringLiteral("sku"));
        const bool ownSku = sku.isString() && !sku.toString().isEmpty() && sku.toString().size() <= kMaxSku
                            && std::any_of(business.products.begin(), business.products.end(),
                                           [&](const ProductRow& p) { return p.sku == sku.toString(); });
        if (!ownSku)
            errors.append({QStringLiteral("sku"), tr("must be null or one of your SKUs")});
        else
            e.sku = sku.toString();
    }

    if (!errors.isEmpty()) {
        *problem = ProblemResponse::validationFailed(errors, request.requestId);
        return std::nullopt;
    }
    return e;
}

HttpReply ExpenseRoutes::create(const HttpRequest& request)
{
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    const QString accountId = auth.caller.account->id;
    Business* business = m_registry.business(accountId);
    if (!business)
        return ProblemResponse::make(500, QStringLiteral("internal_error"), tr("The account has no data."),
                                     request.requestId);
    HttpReply problem;
    std::optional<ExpenseBook::Expense> expense = parseBody(request, *business, &problem);
    if (!expense)
        return problem;
    if (m_book.liveCount(accountId, *business) >= ExpenseBook::kMaxLive)
        return ProblemResponse::make(409, QStringLiteral("expense_limit_reached"),
                                     tr("The account already has 1,000 expenses. Delete some before adding more."),
                                     request.requestId);
    const QByteArray token = CryptoPrimitives::randomToken(12);
    if (token.isEmpty())
        return ProblemResponse::make(500, QStringLiteral("internal_error"), tr("The expense could not be saved."),
                                     request.requestId);
    expense->id = QStringLiteral("exp_") + QString::fromLatin1(token);

    ExpenseBook::Expense stored;
    QString error;
    if (!m_book.store(accountId, *business, *expense, m_registry.now(), &stored, &error))
        return ProblemResponse::make(500, QStringLiteral("internal_error"), tr("The expense could not be saved."),
                                     request.requestId);
    HttpReply reply = jsonReply(201, expenseJson(stored));
    reply.setHeader(QByteArrayLiteral("Location"), QByteArrayLiteral("/v1/expenses/") + stored.id.toLatin1());
    return reply;
}

HttpReply ExpenseRoutes::replace(const HttpRequest& request, const QString& id)
{
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    const QString accountId = auth.caller.account->id;
    Business* business = m_registry.business(accountId);
    if (!business)
        return ProblemResponse::make(500, QStringLiteral("internal_error"), tr("The account has no data."),
                                     request.requestId);
    const ExpenseBook::Expense* current = m_book.find(accountId, *business, id);
    if (!current || current->deleted)
        return ProblemResponse::make(404, QStringLiteral("not_found"), tr("The account has no such expense."),
                                     request.requestId);
    const qint64 createdAt = current->createdAt;
    HttpReply problem;
    std::optional<ExpenseBook::Expense> expense = parseBody(request, *business, &problem);
    if (!expense)
        return problem;
    expense->id = id;
    expense->createdAt = createdAt;

    ExpenseBook::Expense stored;
    QString error;
    if (!m_book.store(accountId, *business, *expense, m_registry.now(), &stored, &error))
        return ProblemResponse::make(500, QStringLiteral("internal_error"), tr("The expense could not be saved."),
                                     request.requestId);
    return jsonReply(200, expenseJson(stored));
}

HttpReply ExpenseRoutes::remove(const HttpRequest& request, const QString& id)
{
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    const QString accountId = auth.caller.account->id;
    Business* business = m_registry.business(accountId);
    if (!business)
        return ProblemResponse::make(500, QStringLiteral("internal_error"), tr("The account has no data."),
                                     request.requestId);
    const ExpenseBook::Expense* current = m_book.find(accountId, *business, id);
    if (!current)
        return ProblemResponse::make(404, QStringLiteral("not_found"), tr("The account has no such expense."),
                                     request.requestId);
    if (current->deleted)
        return noContent(); // idempotent: the tombstone stays as it is
    ExpenseBook::Expense tombstone = *current;
    tombstone.deleted = true;
    ExpenseBook::Expense stored;
    QString error;
    if (!m_book.store(accountId, *business, tombstone, m_registry.now(), &stored, &error))
        return ProblemResponse::make(500, QStringLiteral("internal_error"), tr("The expense could not be deleted."),
                                     request.requestId);
    return noContent();
}

} // namespace sp
