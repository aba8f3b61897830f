#include "BusinessGenerator.h"

#include "CivilTime.h"
#include "DeterministicRandom.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace sp {

namespace {

constexpr qint64 kDay = CivilTime::kDay;
constexpr qint64 kHour = 3600;

const char* const kCategories[] = {"KIT", "BTH", "GRD", "OFF", "PET", "TOY", "SPT", "BEA", "HOM", "TLS"};
const char* const kBrands[] = {"Nordvik", "Lumora",   "Kestrel",  "Vantiq", "Brightwood", "Alpenhaus",
                               "Coralin", "Fennwick", "Tidewell", "Orvana", "Grünberg",   "Silvan"};
const char* const kMaterials[] = {"Stainless Steel", "Bamboo",           "Silicone",  "Cotton", "Ceramic",
                                  "Oak Wood",        "Recycled Plastic", "Cast Iron", "Glass",  "Linen"};
const char* const kProducts[] = {
    "Garlic Press",    "Cutting Board", "Bath Mat",         "Plant Pot",      "Desk Organiser",  "Dog Bowl",
    "Puzzle Box",      "Yoga Block",    "Makeup Brush Set", "Storage Basket", "Screwdriver Set", "Water Bottle",
    "Spice Rack",      "Shower Caddy",  "Watering Can",     "Notebook Stand", "Cat Scratcher",   "Wooden Train",
    "Resistance Band", "Hair Comb",     "Wall Hook",        "Tape Measure"};
const char* const kVariants[] = {"Black",    "White",    "Silver", "Natural", "Grey",  "Blue",
                                 "Set of 2", "Set of 4", "Large",  "Small",   "30 cm", "1 L"};

template <typename T, size_t N>
const T& pick(const T (&list)[N], DeterministicRandom* random)
{
    return list[random->next() % N];
}

QByteArray sellerCodeFor(int accountIndex)
{
    // AA, AB, ... ZZ, then BAA...: distinct for every index, so SKUs never collide between accounts.
    QByteArray code;
    int value = accountIndex;
    do {
        code.prepend(static_cast<char>('A' + value % 26));
        value /= 26;
    } while (value > 0);
    while (code.size() < 2)
        code.prepend('A');
    return code;
}

QString asinFor(int accountIndex, int product, quint64 seed)
{
    // A bijection onto 8 base-36 digits (36^8 > 2.8e12), so two products never share an ASIN.
    constexpr quint64 kSpace = 2821109907456ULL;
    const quint64 value = static_cast<quint64>(accountIndex) * 4096ULL + static_cast<quint64>(product);
    __extension__ typedef unsigned __int128 Wide;
    quint64 number = static_cast<quint64>(
        (static_cast<Wide>(value) * 1868491257037ULL + DeterministicRandom::from(seed, 17).next() % kSpace) % kSpace);
    char text[11] = "B0";
    for (int i = 9; i >= 2; --i) {
        const int digit = static_cast<int>(number % 36);
        text[i] = static_cast<char>(digit < 10 ? '0' + digit : 'A' + digit - 10);
        number /= 36;
    }
    text[10] = '\0';
    return QString::fromLatin1(text);
}

qint32 localUnitPrice(const ProductRow& product, int marketplace)
{
    const qint32 local = product.listPriceCents * kMarketplaces[marketplace].priceFactorPercent / 100;
    return local / 100 * 100 + 99; // prices end in .99
}

void generateProducts(Business* business, DeterministicRandom* random, qint64 anchor)
{
    const int drawn = 280 + static_cast<int>(random->between(0, 40));
    const int count = business->productCount > 0 ? business->productCount : drawn;
    business->productsByMarketplace.assign(kMarketplaceCount, {});
    business->products.reserve(static_cast<size_t>(count));
    static const double listedChance[kMarketplaceCount] = {1.0, 0.6, 0.5, 0.5, 0.6, 0.4};
    for (int p = 0; p < count; ++p) {
        ProductRow product;
        const char* category = pick(kCategories, random);
        product.sku = QStringLiteral("%1-%2-%3")
                          .arg(QString::fromLatin1(business->sellerCode), QLatin1String(category))
                          .arg(p + 1, 4, 10, QLatin1Char('0'));
        product.asin = asinFor(business->accountIndex, p, business->seed);
        product.title = QStringLiteral("%1 %2 %3, %4")
                            .arg(QString::fromUtf8(pick(kBrands, random)), QLatin1String(pick(kMaterials, random)),
                                 QLatin1String(pick(kProducts, random)), QLatin1String(pick(kVariants, random)));
        for (int m = 0; m < kMarketplaceCount; ++m) {
            if (random->chance(listedChance[m]) && (business->marketplaceMask & (1u << m))) {
                product.marketplaceMask |= static_cast<quint8>(1u << m);
                business->productsByMarketplace[static_cast<size_t>(m)].push_back(static_cast<quint16>(p));
            }
        }
        product.listPriceCents = static_cast<qint32>(random->between(7, 89) * 100 + 99);
        product.updatedAt = anchor - random->between(kDay, BusinessGenerator::kHistoryDays * kDay);
        business->products.push_back(product);
    }
    for (int m = 0; m < kMarketplaceCount; ++m) {
        // Never an empty marketplace: list the first product there.
        if ((business->marketplaceMask & (1u << m))
            && business->productsByMarketplace[static_cast<size_t>(m)].empty()) {
            business->products[0].marketplaceMask |= static_cast<quint8>(1u << m);
            business->productsByMarketplace[static_cast<size_t>(m)].push_back(0);
        }
    }
    for (int p = 0; p < count; ++p) {
        const ProductRow& product = business->products[static_cast<size_t>(p)];
        const bool inEu = (product.marketplaceMask & 0x1F) != 0;
        const bool inNa = (product.marketplaceMask & 0x20) != 0;
        for (Region region : {RegionEu, RegionNa}) {
            if ((region == RegionEu && !inEu) || (region == RegionNa && !inNa))
                continue;
            InventoryRow row;
            row.product = static_cast<quint16>(p);
            row.region = region;
            row.fulfillable = static_cast<qint32>(random->between(0, 400));
            row.inbound = random->chance(0.3) ? static_cast<qint32>(random->between(20, 300)) : 0;
            row.reserved = static_cast<qint32>(random->between(0, 15));
            row.unfulfillable = random->chance(0.2) ? static_cast<qint32>(random->between(1, 8)) : 0;
            row.updatedAt = anchor - random->between(0, 7 * kDay);
            business->inventory.push_back(row);
        }
    }
}

std::vector<qint64> purchaseTimes(DeterministicRandom* random, int orderCount, qint64 anchor, int historyDays)
{
    const qint64 firstDay = CivilTime::floorDiv(anchor, kDay) - historyDays + 1;
    std::vector<double> cumulative(static_cast<size_t>(historyDays));
    double total = 0;
    for (int d = 0; d < historyDays; ++d) {
        const double growth = 0.8 + 0.4 * d / historyDays; // a growing business
        total += BusinessGenerator::demandWeight((firstDay + d) * kDay + 12 * kHour) * growth;
        cumulative[static_cast<size_t>(d)] = total;
    }
    std::vector<qint64> times(static_cast<size_t>(orderCount));
    for (qint64& time : times) {
        const double target = random->uniform() * total;
        const auto day = std::upper_bound(cumulative.begin(), cumulative.end(), target) - cumulative.begin();
        const qint64 dayStart = (firstDay + std::min<qint64>(day, historyDays - 1)) * kDay;
        const qint64 latest = std::min(dayStart + kDay - 1, anchor - 1);
        time = random->between(dayStart, std::max(dayStart, latest));
    }
    std::sort(times.begin(), times.end());
    return times;
}

void sortIntoChangeOrder(Business* business, std::vector<ChangeEntry>* changes, size_t rows,
                         const std::function<qint64(size_t)>& timeOf)
{
    std::vector<quint32> order(rows);
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return timeOf(a) < timeOf(b); });
    changes->reserve(rows + rows / 8);
    for (quint32 row : order)
        changes->push_back({business->nextSeq(), timeOf(row), row});
}

} // namespace

double BusinessGenerator::demandWeight(qint64 unixSeconds)
{
    static const double monthly[12] = {0.85, 0.8, 0.9, 0.9, 0.95, 0.8, 0.72, 0.75, 0.95, 1.1, 1.6, 1.9};
    static const double weekly[7] = {1.05, 1.0, 1.0, 1.0, 0.93, 0.88, 1.14};
    return monthly[CivilTime::monthOf(unixSeconds) - 1] * weekly[CivilTime::weekdayOf(unixSeconds)];
}

void BusinessGenerator::fillOrder(Business* business, DeterministicRandom* random, qint64 purchasedAt)
{
    static const double marketShare[kMarketplaceCount] = {0.40, 0.12, 0.08, 0.07, 0.15, 0.18};
    OrderRow order;
    order.purchasedAt = purchasedAt;
    order.updatedAt = purchasedAt;
    // Only the marketplaces the business sells in, their shares scaled to add up to 1.
    double shareTotal = 0;
    int lastMarket = 0;
    for (int m = 0; m < kMarketplaceCount; ++m) {
        if (business->marketplaceMask & (1u << m)) {
            shareTotal += marketShare[m];
            lastMarket = m;
        }
    }
    double roll = random->uniform();
    if (business->marketplaceMask != BusinessShape().marketplaceMask)
        roll *= shareTotal; // the standard business keeps its exact draws
    int market = 0;
    while (market < lastMarket && (!(business->marketplaceMask & (1u << market)) || roll >= marketShare[market])) {
        if (business->marketplaceMask & (1u << market))
            roll -= marketShare[market];
        ++market;
    }
    order.marketplace = static_cast<quint8>(market);
    order.afn = random->chance(0.7);
    const double sizeRoll = random->uniform();
    order.itemCount = sizeRoll < 0.7 ? 1 : sizeRoll < 0.92 ? 2 : 3;
    order.firstItem = static_cast<quint32>(business->items.size());
    const MarketplaceInfo& info = kMarketplaces[market];
    const qint32 usTaxPermille = static_cast<qint32>(random->between(0, 95));
    const auto& candidates = business->productsByMarketplace[static_cast<size_t>(market)];
    for (int n = 0; n < order.itemCount; ++n) {
        OrderItemRow item;
        item.product = candidates[random->next() % candidates.size()];
        const double quantityRoll = random->uniform();
        item.quantity = quantityRoll < 0.85 ? 1 : quantityRoll < 0.97 ? 2 : 3;
        item.priceCents = localUnitPrice(business->products[item.product], market) * item.quantity;
        item.taxCents =
            info.vatPermille > 0
                ? item.priceCents
                      - static_cast<qint32>(std::llround(item.priceCents * 1000.0 / (1000 + info.vatPermille)))
                : static_cast<qint32>(std::llround(item.priceCents * usTaxPermille / 1000.0));
        if (n == 0)
            item.shippingCents =
                order.afn ? (random->chance(0.15) ? 299 : 0) : static_cast<qint32>(random->between(3, 5) * 100 + 99);
        if (random->chance(0.12))
            item.promotionCents = static_cast<qint32>(item.priceCents * random->between(5, 20) / 100);
        business->items.push_back(item);
    }
    business->orders.push_back(order);
}

std::unique_ptr<Business> BusinessGenerator::generate(quint64 seed, int accountIndex, int orderCount, qint64 anchor,
                                                      const BusinessShape& shape)
{
    auto business = std::make_unique<Business>();
    business->marketplaceMask = shape.marketplaceMask != 0 ? shape.marketplaceMask : BusinessShape().marketplaceMask;
    business->productCount = shape.productCount;
    const int historyDays = qBound(1, shape.historyDays, 3660);
    business->accountIndex = accountIndex;
    business->seed = seed;
    business->sellerCode = sellerCodeFor(accountIndex);
    business->anchor = anchor;
    business->dailyOrderRate = static_cast<double>(orderCount) / historyDays;
    business->periodicUntil = anchor - historyDays * kDay;

    DeterministicRandom catalogRandom = DeterministicRandom::from(seed, static_cast<quint64>(accountIndex), 1);
    generateProducts(business.get(), &catalogRandom, anchor);

    const std::vector<qint64> times = purchaseTimes(&catalogRandom, orderCount, anchor, historyDays);
    business->orders.reserve(times.size());
    business->items.reserve(times.size() * 14 / 10);
    business->events.reserve(times.size() * 7);
    for (qint64 purchasedAt : times) {
        // Each order draws from its own stream: its items and amounts do not depend on when the sandbox ran.
        const quint32 index = static_cast<quint32>(business->orders.size());
        DeterministicRandom random =
            DeterministicRandom::from(seed, static_cast<quint64>(accountIndex), 1000000ULL + index);
        fillOrder(business.get(), &random, purchasedAt);
        OrderRow& order = business->orders.back();
        const qint64 age = anchor - purchasedAt;
        if (random.chance(0.035)) {
            order.status = OrderStatus::Canceled;
            order.updatedAt = std::min(anchor, purchasedAt + random.between(600, kDay));
        } else if (age < 2 * kHour && random.chance(0.6)) {
            order.status = OrderStatus::Pending;
        } else {
            const qint64 shipAt = purchasedAt + random.between(2 * kHour, order.afn ? kDay : 3 * kDay);
            if (shipAt >= anchor) {
                order.status = OrderStatus::Unshipped;
                order.updatedAt = std::min(anchor, purchasedAt + random.between(60, kHour));
            } else {
                business->shipOrder(index, shipAt);
                if (random.chance(0.03)) {
                    const qint64 refundAt = shipAt + random.between(2 * kDay, 30 * kDay);
                    if (refundAt < anchor)
                        business->refundOrder(index, refundAt);
                }
            }
        }
    }
    DeterministicRandom extras = DeterministicRandom::from(seed, static_cast<quint64>(accountIndex), 2);
    const int reimbursements = orderCount / 150;
    for (int r = 0; r < reimbursements; ++r) {
        int market = extras.chance(0.7) ? 0 : extras.chance(0.5) ? 4 : 5;
        while (!(business->marketplaceMask & (1u << market)))
            market = (market + 1) % kMarketplaceCount;
        const auto& candidates = business->productsByMarketplace[static_cast<size_t>(market)];
        business->postReimbursement(candidates[extras.next() % candidates.size()], market,
                                    static_cast<qint32>(extras.between(500, 4000)),
                                    anchor - extras.between(kHour, historyDays * kDay));
    }
    business->postPeriodicFees(anchor);

    // Change order: within each listing, rows in the order of their last change, so that updated_since
    // is a binary search. Products, inventory, orders and events take consecutive blocks of sequences.
    sortIntoChangeOrder(business.get(), &business->productChanges, business->products.size(),
                        [&](size_t row) { return business->products[row].updatedAt; });
    for (const ChangeEntry& entry : business->productChanges)
        business->products[entry.row].seq = entry.seq;
    sortIntoChangeOrder(business.get(), &business->inventoryChanges, business->inventory.size(),
                        [&](size_t row) { return business->inventory[row].updatedAt; });
    for (const ChangeEntry& entry : business->inventoryChanges)
        business->inventory[entry.row].seq = entry.seq;
    sortIntoChangeOrder(business.get(), &business->orderChanges, business->orders.size(),
                        [&](size_t row) { return business->orders[row].updatedAt; });
    for (const ChangeEntry& entry : business->orderChanges)
        business->orders[entry.row].seq = entry.seq;
    std::stable_sort(business->events.begin(), business->events.end(),
                     [](const FinancialEventRow& a, const FinancialEventRow& b) { return a.postedAt < b.postedAt; });
    for (FinancialEventRow& event : business->events)
        event.seq = business->nextSeq();
    business->settlements.addEvents(business->events);
    business->settlements.settle(anchor);
    return business;
}

} // namespace sp
