#include "ExchangeRateRoutes.h"

#include "CivilTime.h"
#include "ListingQuery.h"
#include "ProblemResponse.h"
#include "ReferenceRates.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::ExchangeRateRoutes", text); }

constexpr qint64 kDay = CivilTime::kDay;

QString rfc3339(qint64 unixSeconds)
{
    QByteArray text;
    CivilTime::appendRfc3339(&text, unixSeconds);
    return QString::fromLatin1(text);
}

QString dayText(qint64 day)
{
    int year = 0, month = 0, dayOfMonth = 0;
    CivilTime::fromDays(day, &year, &month, &dayOfMonth);
    return QString::asprintf("%04d-%02d-%02d", year, month, dayOfMonth);
}

} // namespace

ExchangeRateRoutes::ExchangeRateRoutes(RouteServices& services, BusinessRegistry& registry,
                                       const ListingCursor& cursors)
    : m_services(services)
    , m_registry(registry)
    , m_cursors(cursors)
{}

void ExchangeRateRoutes::registerOn(Router& router)
{
    router.add("GET", QStringLiteral("/v1/exchange-rates"),
               [this](const HttpRequest& r, const QStringList&) { return list(r); });
}

qint64 ExchangeRateRoutes::firstDay(const QString& accountId, const Business& business)
{
    const auto known = m_firstDays.constFind(accountId);
    if (known != m_firstDays.constEnd())
        return *known;
    qint64 first = business.anchor;
    for (const OrderRow& order : business.orders)
        first = std::min(first, order.purchasedAt);
    for (const FinancialEventRow& event : business.events)
        first = std::min(first, event.postedAt);
    const qint64 day = CivilTime::floorDiv(first, kDay);
    m_firstDays.insert(accountId, day);
    return day;
}

HttpReply ExchangeRateRoutes::list(const HttpRequest& request)
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

    // The currencies of the account's marketplaces, EUR implicit.
    QStringList currencies;
    for (int m = 0; m < kMarketplaceCount; ++m) {
        const QString currency = QLatin1String(kMarketplaces[m].currency);
        if ((business->marketplaceMask & (1u << m)) && currency != QLatin1String("EUR")
            && !currencies.contains(currency))
            currencies.append(currency);
    }
    std::sort(currencies.begin(), currencies.end());

    const qint64 now = m_registry.now();
    const qint64 lastDay = CivilTime::floorDiv(now - ReferenceRates::kPublishSecondOfDay, kDay); // published by now
    qint64 day = firstDay(accountId, *business);
    if (parameters->after)
        day = std::max(day, qint64(*parameters->after)); // the cursor's sequence is the last day + 1
    else if (parameters->updatedSince)
        day = std::max(
            day, CivilTime::floorDiv(*parameters->updatedSince - ReferenceRates::kPublishSecondOfDay + kDay - 1, kDay));
    quint64 resumeSeq = parameters->after.value_or(0);
    QJsonArray rows;
    for (; day <= lastDay && rows.size() < parameters->limit && !currencies.isEmpty(); ++day) {
        resumeSeq = quint64(day + 1);
        if (!ReferenceRates::isBusinessDay(day))
            continue;
        QJsonObject rates;
        for (const QString& currency : std::as_const(currencies))
            rates.insert(currency, ReferenceRates::rateText(currency, day));
        rows.append(
            QJsonObject{{QStringLiteral("date"), dayText(day)},
                        {QStringLiteral("published_at"), rfc3339(day * kDay + ReferenceRates::kPublishSecondOfDay)},
                        {QStringLiteral("rates"), rates}});
    }
    // More to come when a business day up to the last published one is left.
    bool hasMore = false;
    for (qint64 rest = day; rest <= lastDay && !hasMore && !currencies.isEmpty(); ++rest)
        hasMore = ReferenceRates::isBusinessDay(rest);
    return jsonReply(200, QJsonObject{{QStringLiteral("exchange_rates"), rows},
                                      {QStringLiteral("next_cursor"), m_cursors.encode(accountId, kListing, resumeSeq)},
                                      {QStringLiteral("has_more"), hasMore},
                                      {QStringLiteral("server_time"), rfc3339(now)}});
}

} // namespace sp
