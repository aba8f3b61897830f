#include "UnitCostRoutes.h"

#include "CivilTime.h"
#include "JsonBodyValidator.h"
#include "ListingQuery.h"
#include "ProblemResponse.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::UnitCostRoutes", text); }

const QDate kEpoch(1970, 1, 1);

QString money(qint64 cents)
{
    char text[32];
    std::snprintf(text, sizeof text, "%s%lld.%02lld", cents < 0 ? "-" : "",
                  static_cast<long long>(std::abs(cents) / 100), static_cast<long long>(std::abs(cents) % 100));
    return QString::fromLatin1(text);
}

QString rfc3339(qint64 unixSeconds)
{
    QByteArray text;
    CivilTime::appendRfc3339(&text, unixSeconds);
    return QString::fromLatin1(text);
}

QJsonObject entryJson(const UnitCostBook::Entry& entry)
{
    return QJsonObject{{QStringLiteral("sku"), entry.sku},
                       {QStringLiteral("currency"), entry.currency},
                       {QStringLiteral("unit_cost"), money(entry.costCents)},
                       {QStringLiteral("effective_from"), kEpoch.addDays(entry.effectiveDay).toString(Qt::ISODate)},
                       {QStringLiteral("updated_at"), rfc3339(entry.updatedAt)}};
}

} // namespace

QJsonObject UnitCostRoutes::toJson(const UnitCostBook::Entry& row) { return entryJson(row); }

UnitCostRoutes::UnitCostRoutes(RouteServices& services, BusinessRegistry& registry, const ListingCursor& cursors,
                               UnitCostBook& book)
    : m_services(services)
    , m_registry(registry)
    , m_cursors(cursors)
    , m_book(book)
{}

void UnitCostRoutes::registerOn(Router& router)
{
    router.add("GET", QStringLiteral("/v1/unit-costs"),
               [this](const HttpRequest& r, const QStringList&) { return list(r); });
    router.add("PUT", QStringLiteral("/v1/unit-costs/{sku}"),
               [this](const HttpRequest& r, const QStringList& p) { return put(r, p.value(0)); });
}

HttpReply UnitCostRoutes::list(const HttpRequest& request)
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
    const int limit = parameters->limit;
    const std::optional<qint64> since = parameters->updatedSince;
    const std::optional<quint64> after = parameters->after;

    const std::vector<UnitCostBook::Entry>& entries = m_book.entries(accountId, *business);
    size_t position = 0;
    quint64 resumeSeq = 0;
    if (after) {
        position =
            static_cast<size_t>(std::upper_bound(entries.begin(), entries.end(), *after,
                                                 [](quint64 seq, const UnitCostBook::Entry& e) { return seq < e.seq; })
                                - entries.begin());
        resumeSeq = *after;
    } else if (since) {
        position =
            static_cast<size_t>(std::lower_bound(entries.begin(), entries.end(), *since,
                                                 [](const UnitCostBook::Entry& e, qint64 t) { return e.updatedAt < t; })
                                - entries.begin());
        resumeSeq = position > 0 ? entries[position - 1].seq : 0;
    }
    QJsonArray rows;
    for (int written = 0; position < entries.size() && written < limit; ++position, ++written) {
        rows.append(entryJson(entries[position]));
        resumeSeq = std::max(resumeSeq, entries[position].seq);
    }
    return jsonReply(200, QJsonObject{{QStringLiteral("unit_costs"), rows},
                                      {QStringLiteral("next_cursor"), m_cursors.encode(accountId, kListing, resumeSeq)},
                                      {QStringLiteral("has_more"), position < entries.size()},
                                      {QStringLiteral("server_time"), rfc3339(m_registry.now())}});
}

HttpReply UnitCostRoutes::put(const HttpRequest& request, const QString& sku)
{
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    const QString accountId = auth.caller.account->id;
    Business* business = m_registry.business(accountId);
    if (!business)
        return ProblemResponse::make(500, QStringLiteral("internal_error"), tr("The account has no data."),
                                     request.requestId);
    const auto product = std::find_if(business->products.begin(), business->products.end(),
                                      [&](const ProductRow& p) { return p.sku == sku; });
    if (product == business->products.end())
        return ProblemResponse::make(404, QStringLiteral("not_found"), tr("The account has no such SKU."),
                                     request.requestId);

    const auto body = JsonBodyValidator::parseObject(request);
    if (body.problem)
        return *body.problem;
    QList<FieldError> errors;
    static const QStringList known = {QStringLiteral("currency"), QStringLiteral("unit_cost"),
                                      QStringLiteral("effective_from")};
    for (const QString& key : body.object.keys()) {
        if (!known.contains(key))
            errors.append({key, tr("is not a known field")});
    }
    UnitCostBook::Entry entry;
    entry.sku = sku;
    const QJsonValue currency = body.object.value(QStringLiteral("currency"));
    bool currencyOk = false;
    for (const MarketplaceInfo& market : kMarketplaces)
        currencyOk = currencyOk || (currency.isString() && currency.toString() == QLatin1String(market.currency));
    if (!currencyOk)
        errors.append({QStringLiteral("currency"), tr("must be one of the marketplaces' currencies (EUR, GBP, USD)")});
    else
        entry.currency = currency.toString();
    static const QRegularExpression amount(QStringLiteral("^([0-9]{1,12})\\.([0-9]{2})$"));
    const QRegularExpressionMatch match = amount.match(body.object.value(QStringLiteral("unit_cost")).toString());
    if (!body.object.value(QStringLiteral("unit_cost")).isString() || !match.hasMatch())
        errors.append(
            {QStringLiteral("unit_cost"), tr("must be a decimal string with two fraction digits, e.g. 4.20")});
    else
        entry.costCents = match.captured(1).toLongLong() * 100 + match.captured(2).toLongLong();
    static const QRegularExpression datePattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString dateText = body.object.value(QStringLiteral("effective_from")).toString();
    const QDate date = QDate::fromString(dateText, Qt::ISODate);
    if (!datePattern.match(dateText).hasMatch() || !date.isValid())
        errors.append({QStringLiteral("effective_from"), tr("must be a date, e.g. 2025-01-31")});
    else
        entry.effectiveDay = kEpoch.daysTo(date);
    if (!errors.isEmpty())
        return ProblemResponse::validationFailed(errors, request.requestId);

    UnitCostBook::Entry stored;
    QString error;
    if (!m_book.put(accountId, *business, entry, m_registry.now(), &stored, &error))
        return ProblemResponse::make(500, QStringLiteral("internal_error"), tr("The unit cost could not be saved."),
                                     request.requestId);
    return jsonReply(200, entryJson(stored));
}

} // namespace sp
