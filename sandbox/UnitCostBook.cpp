#include "UnitCostBook.h"

#include "CivilTime.h"
#include "DeterministicRandom.h"
#include "PrivateFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sp {

UnitCostBook::UnitCostBook(QString path)
    : m_path(std::move(path))
{}

bool UnitCostBook::load(QString* error)
{
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(m_path);
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject accounts = root.value(QStringLiteral("accounts")).toObject();
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
        std::vector<Entry>& list = m_stored[it.key()];
        for (const QJsonValue& value : it.value().toArray()) {
            const QJsonObject o = value.toObject();
            Entry entry;
            entry.sku = o.value(QStringLiteral("sku")).toString();
            entry.currency = o.value(QStringLiteral("currency")).toString();
            entry.effectiveDay = static_cast<qint64>(o.value(QStringLiteral("effective_day")).toDouble());
            entry.costCents = static_cast<qint64>(o.value(QStringLiteral("cost_cents")).toDouble());
            entry.seq = static_cast<quint64>(o.value(QStringLiteral("seq")).toDouble());
            entry.updatedAt = static_cast<qint64>(o.value(QStringLiteral("updated_at")).toDouble());
            list.push_back(entry);
        }
    }
    return true;
}

bool UnitCostBook::save(QString* error) const
{
    QJsonObject accounts;
    for (auto it = m_stored.begin(); it != m_stored.end(); ++it) {
        QJsonArray list;
        for (const Entry& entry : it.value()) {
            list.append(QJsonObject{{QStringLiteral("sku"), entry.sku},
                                    {QStringLiteral("currency"), entry.currency},
                                    {QStringLiteral("effective_day"), static_cast<double>(entry.effectiveDay)},
                                    {QStringLiteral("cost_cents"), static_cast<double>(entry.costCents)},
                                    {QStringLiteral("seq"), static_cast<double>(entry.seq)},
                                    {QStringLiteral("updated_at"), static_cast<double>(entry.updatedAt)}});
        }
        accounts.insert(it.key(), list);
    }
    const QByteArray data = QJsonDocument(QJsonObject{{QStringLiteral("accounts"), accounts}}).toJson();
    return PrivateFiles::writeAtomically(m_path, data, error);
}

std::vector<UnitCostBook::Entry> UnitCostBook::generated(const Business& business)
{
    // Costs from the first day of the generated history; every fifth SKU without one in some
    // currency, and every seventh with a price rise 90 days before the business's anchor day.
    std::vector<Entry> entries;
    const qint64 anchorDay = CivilTime::floorDiv(business.anchor, CivilTime::kDay);
    const qint64 firstDay = anchorDay - 800;
    static const char* const currencies[] = {"EUR", "GBP", "USD"};
    for (size_t p = 0; p < business.products.size(); ++p) {
        const ProductRow& product = business.products[p];
        DeterministicRandom random =
            DeterministicRandom::from(business.seed, 0x0c057ULL + static_cast<quint64>(business.accountIndex), p);
        for (int c = 0; c < 3; ++c) {
            int factor = 0;
            for (int m = 0; m < kMarketplaceCount; ++m) {
                if ((product.marketplaceMask & (1u << m))
                    && QLatin1String(kMarketplaces[m].currency) == QLatin1String(currencies[c]))
                    factor = kMarketplaces[m].priceFactorPercent;
            }
            if (factor == 0 || random.chance(0.2))
                continue;
            Entry entry;
            entry.sku = product.sku;
            entry.currency = QLatin1String(currencies[c]);
            entry.effectiveDay = firstDay;
            entry.costCents = static_cast<qint64>(product.listPriceCents) * factor / 100 * random.between(20, 40) / 100;
            entry.updatedAt = firstDay * CivilTime::kDay;
            entries.push_back(entry);
            if (p % 7 == 0) {
                entry.effectiveDay = anchorDay - 90;
                entry.costCents = entry.costCents * 11 / 10;
                entry.updatedAt = entry.effectiveDay * CivilTime::kDay;
                entries.push_back(entry);
            }
        }
    }
    quint64 seq = 0;
    for (Entry& entry : entries)
        entry.seq = ++seq;
    return entries;
}

void UnitCostBook::apply(std::vector<Entry>* entries, Entry entry)
{
    entries->erase(std::remove_if(entries->begin(), entries->end(),
                                  [&](const Entry& e) {
                                      return e.sku == entry.sku && e.currency == entry.currency
                                             && e.effectiveDay == entry.effectiveDay;
                                  }),
                   entries->end());
    entries->push_back(std::move(entry));
}

const std::vector<UnitCostBook::Entry>& UnitCostBook::entries(const QString& accountId, const Business& business)
{
    auto it = m_accounts.find(accountId);
    if (it == m_accounts.end()) {
        std::vector<Entry> all = generated(business);
        for (const Entry& entry : m_stored.value(accountId))
            apply(&all, entry);
        it = m_accounts.insert(accountId, std::move(all));
    }
    return it.value();
}

bool UnitCostBook::put(const QString& accountId, const Business& business, Entry entry, qint64 now, Entry* stored,
                       QString* error)
{
    const std::vector<Entry>& current = entries(accountId, business);
    quint64 lastSeq = 0;
    qint64 lastTime = 0;
    for (const Entry& e : current) {
        lastSeq = std::max(lastSeq, e.seq);
        lastTime = std::max(lastTime, e.updatedAt);
    }
    entry.seq = lastSeq + 1;
    entry.updatedAt = std::max(now, lastTime); // change times stay in change order (updated_since)
    std::vector<Entry>& storedList = m_stored[accountId];
    const std::vector<Entry> before = storedList;
    apply(&storedList, entry);
    if (!save(error)) {
        storedList = before;
        return false;
    }
    apply(&m_accounts[accountId], entry);
    *stored = entry;
    return true;
}

} // namespace sp
