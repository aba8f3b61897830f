#include "MetricsRoutes.h"

#include "CivilTime.h"
#include "ProblemResponse.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <map>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::MetricsRoutes", text); }

const QDate kEpoch(1970, 1, 1);
constexpr qint64 kMaxDays = 1000;

QString money(qint64 cents)
{
    char text[32];
    std::snprintf(text, sizeof text, "%s%lld.%02lld", cents < 0 ? "-" : "",
                  static_cast<long long>(std::abs(cents) / 100), static_cast<long long>(std::abs(cents) % 100));
    return QString::fromLatin1(text);
}

struct Figures
{
    qint64 revenue = 0, units = 0, orders = 0, pendingUnits = 0, pendingOrders = 0, fees = 0, refunds = 0,
           advertising = 0, reimbursements = 0, cogs = 0, uncostedUnits = 0;
};

// The cost in force on `day`: the entry with the latest effective day on or before it.
class CostLookup
{
public:
    explicit CostLookup(const std::vector<UnitCostBook::Entry>& entries)
    {
        for (const UnitCostBook::Entry& entry : entries)
            m_costs[entry.sku + QLatin1Char('/') + entry.currency][entry.effectiveDay] = entry.costCents;
    }
    std::optional<qint64> costOn(const QString& sku, const char* currency, qint64 day) const
    {
        const auto it = m_costs.find(sku + QLatin1Char('/') + QLatin1String(currency));
        if (it == m_costs.end())
            return std::nullopt;
        auto entry = it->second.upper_bound(day);
        if (entry == it->second.begin())
            return std::nullopt;
        return std::prev(entry)->second;
    }

private:
    std::map<QString, std::map<qint64, qint64>> m_costs;
};

} // namespace

MetricsRoutes::MetricsRoutes(RouteServices& services, BusinessRegistry& registry, UnitCostBook& book)
    : m_services(services)
    , m_registry(registry)
    , m_book(book)
{}

void MetricsRoutes::registerOn(Router& router)
{
    router.add("GET", QStringLiteral("/v1/metrics/summary"),
               [this](const HttpRequest& r, const QStringList&) { return summary(r); });
}

HttpReply MetricsRoutes::summary(const HttpRequest& request)
{
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    const QString accountId = auth.caller.account->id;
    Business* business = m_registry.business(accountId);
    if (!business)
        return ProblemResponse::make(500, QStringLiteral("internal_error"), tr("The account has no data."),
                                     request.requestId);

    QList<FieldError> errors;
    static const QRegularExpression datePattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    auto dateParameter = [&](const QString& name) {
        const QString text = request.query.queryItemValue(name, QUrl::FullyDecoded);
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!datePattern.match(text).hasMatch() || !date.isValid())
            errors.append({name, tr("must be a date, e.g. 2025-01-31")});
        return date;
    };
    const QDate from = dateParameter(QStringLiteral("from"));
    const QDate to = dateParameter(QStringLiteral("to"));
    if (from.isValid() && to.isValid() && (to < from || from.daysTo(to) > kMaxDays))
        errors.append({QStringLiteral("to"), tr("must be on or after from, at most %1 days after it").arg(kMaxDays)});
    quint8 mask = 0;
    QJsonArray includedIds;
    if (request.query.hasQueryItem(QStringLiteral("marketplace_ids"))) {
        // Present means a choice: an empty list is refused, not read as "all" (absent means all).
        const QString list = request.query.queryItemValue(QStringLiteral("marketplace_ids"), QUrl::FullyDecoded);
        const QStringList ids = list.split(QLatin1Char(','));
        if (list.isEmpty())
            errors.append(
                {QStringLiteral("marketplace_ids"), tr("must name at least one marketplace id; leave it out for all")});
        for (const QString& id : list.isEmpty() ? QStringList() : ids) {
            int found = -1;
            for (int m = 0; m < kMarketplaceCount; ++m)
                found = id == QLatin1String(kMarketplaces[m].id) ? m : found;
            if (found < 0) {
                errors.append({QStringLiteral("marketplace_ids"), tr("has an unknown marketplace id")});
                break;
            }
            mask |= static_cast<quint8>(1u << found);
        }
    } else {
        mask = static_cast<quint8>((1u << kMarketplaceCount) - 1);
    }
    if (!errors.isEmpty())
        return ProblemResponse::invalidQuery(errors, request.requestId);
    for (int m = 0; m < kMarketplaceCount; ++m) {
        if (mask & (1u << m))
            includedIds.append(QLatin1String(kMarketplaces[m].id));
    }

    const qint64 firstSecond = kEpoch.daysTo(from) * CivilTime::kDay;
    const qint64 endSecond = (kEpoch.daysTo(to) + 1) * CivilTime::kDay; // exclusive
    const CostLookup costs(m_book.entries(accountId, *business));
    std::map<QString, Figures> byCurrency;

    for (const OrderRow& order : business->orders) {
        if (order.purchasedAt < firstSecond || order.purchasedAt >= endSecond || !(mask & (1u << order.marketplace))
            || order.status == OrderStatus::Canceled)
            continue;
        const MarketplaceInfo& market = kMarketplaces[order.marketplace];
        Figures& f = byCurrency[QLatin1String(market.currency)];
        const bool pending = order.status == OrderStatus::Pending;
        const qint64 day = CivilTime::floorDiv(order.purchasedAt, CivilTime::kDay);
        ++f.orders;
        if (pending)
            ++f.pendingOrders;
        for (quint32 n = 0; n < order.itemCount; ++n) {
            const OrderItemRow& item = business->items[order.firstItem + n];
            f.units += item.quantity;
            if (pending)
                f.pendingUnits += item.quantity;
            else
                f.revenue += item.priceCents - (market.vatPermille > 0 ? item.taxCents : 0) + item.shippingCents
                             - item.promotionCents;
            const auto cost = costs.costOn(business->products[item.product].sku, market.currency, day);
            if (cost)
                f.cogs += *cost * item.quantity;
            else
                f.uncostedUnits += item.quantity;
        }
    }
    for (const FinancialEventRow& event : business->events) {
        if (event.postedAt < firstSecond || event.postedAt >= endSecond || !(mask & (1u << event.marketplace)))
            continue;
        Figures& f = byCurrency[QLatin1String(kMarketplaces[event.marketplace].currency)];
        switch (event.charge) {
        case EventCharge::Commission:
        case EventCharge::FBAPerUnitFulfillmentFee:
        case EventCharge::RefundCommission:
        case EventCharge::Subscription:
        case EventCharge::StorageFee:
            f.fees -= event.amountCents;
            break;
        case EventCharge::Principal:
            if (event.type == EventType::Refund)
                f.refunds -= event.amountCents;
            break;
        case EventCharge::Advertising:
            f.advertising -= event.amountCents;
            break;
        case EventCharge::Reimbursement:
            f.reimbursements += event.amountCents;
            break;
        case EventCharge::Tax:
        case EventCharge::ShippingCharge:
        case EventCharge::Promotion:
            break; // shipment detail of revenue, which is counted from the orders
        }
    }

    QJsonArray currencies;
    for (const auto& [currency, f] : byCurrency) {
        const qint64 net = f.revenue - f.fees - f.refunds - f.advertising + f.reimbursements - f.cogs;
        currencies.append(QJsonObject{{QStringLiteral("currency"), currency},
                                      {QStringLiteral("revenue"), money(f.revenue)},
                                      {QStringLiteral("units"), f.units},
                                      {QStringLiteral("orders"), f.orders},
                                      {QStringLiteral("pending_units"), f.pendingUnits},
                                      {QStringLiteral("pending_orders"), f.pendingOrders},
                                      {QStringLiteral("amazon_fees"), money(f.fees)},
                                      {QStringLiteral("refunds"), money(f.refunds)},
                                      {QStringLiteral("advertising"), money(f.advertising)},
                                      {QStringLiteral("reimbursements"), money(f.reimbursements)},
                                      {QStringLiteral("cost_of_goods"), money(f.cogs)},
                                      {QStringLiteral("cost_of_goods_complete"), f.uncostedUnits == 0},
                                      {QStringLiteral("uncosted_units"), f.uncostedUnits},
                                      {QStringLiteral("net_profit"), money(net)}});
    }
    QByteArray now;
    CivilTime::appendRfc3339(&now, m_registry.now());
    return jsonReply(200, QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                                      {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                      {QStringLiteral("marketplace_ids"), includedIds},
                                      {QStringLiteral("currencies"), currencies},
                                      {QStringLiteral("server_time"), QString::fromLatin1(now)}});
}

} // namespace sp
