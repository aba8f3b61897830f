#include "BusinessRegistry.h"

#include "BusinessGenerator.h"
#include "CivilTime.h"
#include "DeterministicRandom.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <queue>

namespace sp {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = CivilTime::kDay;

enum class ActionKind { NewOrder, Price, Ship, Cancel, Refund, Reimburse, Restock };

struct Action
{
    qint64 at;
    quint64 order; // creation order, so equal times keep a reproducible order
    ActionKind kind;
    quint32 row;
};

} // namespace

BusinessRegistry::BusinessRegistry(quint64 seed, int ordersPerAccount, const BusinessShape& shape)
    : m_seed(seed)
    , m_ordersPerAccount(ordersPerAccount)
    , m_shape(shape)
{}

qint64 BusinessRegistry::now() const { return QDateTime::currentSecsSinceEpoch() + m_offset; }

void BusinessRegistry::restoreClock(const QList<ClockOperation>& operations)
{
    m_offset = 0;
    for (const ClockOperation& operation : operations)
        m_offset += operation.seconds;
}

void BusinessRegistry::addAccount(const QString& accountId, int index, qint64 createdAt,
                                  const QList<ClockOperation>& operations)
{
    // The account was created at real time `createdAt`, when the simulated clock was ahead by the seconds of
    // the operations made before it existed.
    qint64 offsetAtCreation = 0;
    for (const ClockOperation& operation : operations) {
        if (operation.accounts <= index)
            offsetAtCreation += operation.seconds;
    }
    std::unique_ptr<Business> business =
        BusinessGenerator::generate(m_seed, index, m_ordersPerAccount, createdAt + offsetAtCreation, m_shape);
    for (int i = 0; i < operations.size(); ++i) {
        if (operations[i].accounts > index) {
            AdvanceResult ignored;
            apply(business.get(), operations[i], i, &ignored);
        }
    }
    if (m_businesses.size() <= static_cast<size_t>(index))
        m_businesses.resize(static_cast<size_t>(index) + 1);
    m_businesses[static_cast<size_t>(index)] = std::move(business);
    m_indexById.insert(accountId, index);
}

Business* BusinessRegistry::business(const QString& accountId)
{
    const auto it = m_indexById.constFind(accountId);
    if (it == m_indexById.constEnd())
        return nullptr;
    return m_businesses[static_cast<size_t>(it.value())].get();
}

BusinessRegistry::AdvanceResult BusinessRegistry::advance(const ClockOperation& operation, int operationIndex)
{
    AdvanceResult result;
    for (const auto& business : m_businesses) {
        if (business && business->accountIndex < operation.accounts)
            apply(business.get(), operation, operationIndex, &result);
    }
    m_offset += operation.seconds;
    result.now = operation.at + operation.seconds;
    return result;
}

void BusinessRegistry::apply(Business* business, const ClockOperation& operation, int operationIndex,
                             AdvanceResult* result)
{
    DeterministicRandom random = DeterministicRandom::from(business->seed, static_cast<quint64>(business->accountIndex),
                                                           1000 + static_cast<quint64>(operationIndex));
    const qint64 start = std::max(operation.at, business->anchor);
    const qint64 end = start + operation.seconds;
    const qint64 span = operation.seconds;
    const quint32 existing = static_cast<quint32>(business->orders.size());
    std::vector<bool> changed(existing, false);
    // Actions in time order (a min-heap), so every change and event gets its sequence in time order.
    auto later = [](const Action& a, const Action& b) { return a.at != b.at ? a.at > b.at : a.order > b.order; };
    std::priority_queue<Action, std::vector<Action>, decltype(later)> actions(later);
    quint64 counter = 0;
    auto schedule = [&](qint64 at, ActionKind kind, quint32 row) { actions.push({at, counter++, kind, row}); };

    if (span > 0) {
        // New orders at the account's usual rate for the season.
        const double expected =
            business->dailyOrderRate * static_cast<double>(span) / kDay * BusinessGenerator::demandWeight(start) / 1.03;
        const qint64 arriving = static_cast<qint64>(std::floor(expected + random.uniform()));
        for (qint64 i = 0; i < arriving; ++i)
            schedule(start + random.between(1, span), ActionKind::NewOrder, 0);
        // Orders already there move on.
        for (quint32 o = 0; o < existing; ++o) {
            const OrderRow& order = business->orders[o];
            if (order.status == OrderStatus::Pending) {
                const qint64 pricedAt = start + random.between(1, 2 * kHour);
                if (pricedAt <= end)
                    schedule(pricedAt, ActionKind::Price, o);
            } else if (order.status == OrderStatus::Unshipped) {
                const qint64 shippedAt = start + random.between(1, order.afn ? kDay : 3 * kDay);
                if (shippedAt <= end)
                    schedule(shippedAt, ActionKind::Ship, o);
            } else if (order.status == OrderStatus::Shipped && !order.refunded
                       && random.chance(0.03 * std::min(1.0, static_cast<double>(span) / (30.0 * kDay)))) {
                schedule(start + random.between(1, span), ActionKind::Refund, o);
            }
        }
        const qint64 reimbursements =
            static_cast<qint64>(std::floor(business->dailyOrderRate / 150.0 * span / kDay + random.uniform()));
        for (qint64 i = 0; i < reimbursements; ++i)
            schedule(start + random.between(1, span), ActionKind::Reimburse, 0);
        const double restockChance = std::min(1.0, static_cast<double>(span) / kDay) * 0.5;
        for (quint32 row = 0; row < business->inventory.size(); ++row) {
            if (random.chance(restockChance))
                schedule(start + random.between(1, span), ActionKind::Restock, row);
        }
    }

    while (!actions.empty()) {
        const Action action = actions.top();
        actions.pop();
        business->postPeriodicFees(action.at);
        switch (action.kind) {
        case ActionKind::NewOrder: {
            BusinessGenerator::fillOrder(business, &random, action.at);
            const quint32 index = static_cast<quint32>(business->orders.size() - 1);
            business->touchOrder(index, action.at);
            ++result->newOrders;
            const qint64 pricedAt = action.at + random.between(600, 2 * kHour);
            if (pricedAt <= end)
                schedule(pricedAt, random.chance(0.035) ? ActionKind::Cancel : ActionKind::Price, index);
            break;
        }
        case ActionKind::Price: {
            business->orders[action.row].status = OrderStatus::Unshipped;
            business->touchOrder(action.row, action.at);
            if (action.row < existing)
                changed[action.row] = true;
            // Amazon ships its own (AFN) orders within a day; merchants take up to three.
            const qint64 shippedAt =
                action.at + random.between(4 * kHour, business->orders[action.row].afn ? kDay : 3 * kDay);
            if (shippedAt <= end)
                schedule(shippedAt, ActionKind::Ship, action.row);
            break;
        }
        case ActionKind::Ship:
            business->shipOrder(action.row, action.at);
            if (action.row < existing)
                changed[action.row] = true;
            break;
        case ActionKind::Refund:
            business->refundOrder(action.row, action.at);
            changed[action.row] = true;
            break;
        case ActionKind::Cancel:
            business->orders[action.row].status = OrderStatus::Canceled;
            business->touchOrder(action.row, action.at);
            break;
        case ActionKind::Reimburse: {
            const int market = random.chance(0.7) ? 0 : 5;
            const auto& candidates = business->productsByMarketplace[static_cast<size_t>(market)];
            business->postReimbursement(candidates[random.next() % candidates.size()], market,
                                        static_cast<qint32>(random.between(500, 4000)), action.at);
            break;
        }
        case ActionKind::Restock: {
            InventoryRow& row = business->inventory[action.row];
            const qint32 sold = static_cast<qint32>(random.between(0, 20));
            row.fulfillable = std::max(0, row.fulfillable - sold) + row.inbound;
            row.inbound = random.chance(0.3) ? static_cast<qint32>(random.between(20, 300)) : 0;
            row.reserved = static_cast<qint32>(random.between(0, 15));
            business->touchInventory(action.row, action.at);
            break;
        }
        }
    }
    business->postPeriodicFees(end);

    // The benchmark's knob: touch exactly this share of the orders that existed, at the end of the span.
    if (operation.changedFraction > 0 && existing > 0) {
        const quint32 count = static_cast<quint32>(std::llround(operation.changedFraction * existing));
        std::vector<quint32> pool(existing);
        for (quint32 i = 0; i < existing; ++i)
            pool[i] = i;
        for (quint32 i = 0; i < count && i < existing; ++i)
            std::swap(pool[i], pool[i + static_cast<quint32>(random.next() % (existing - i))]);
        std::vector<quint32> chosen(pool.begin(), pool.begin() + std::min(count, existing));
        std::sort(chosen.begin(), chosen.end());
        for (quint32 o : chosen) {
            OrderRow& order = business->orders[o];
            if (order.status == OrderStatus::Pending) {
                order.status = OrderStatus::Unshipped;
                business->touchOrder(o, end);
            } else if (order.status == OrderStatus::Unshipped) {
                business->shipOrder(o, end);
            } else {
                business->touchOrder(o, end); // e.g. a corrected item or delivery update: a new last_update_date
            }
            changed[o] = true;
        }
    }
    result->changedOrders += std::count(changed.begin(), changed.end(), true);
    business->settlements.addEvents(business->events);
    business->settlements.settle(end);
}

} // namespace sp
