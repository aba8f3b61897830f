#include "whatif/WhatIfQuery.h"

#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace sp {

namespace {

using Step = CipherDatabase::Statement::Step;


QString readError(CipherDatabase& db)
{
    return QCoreApplication::translate("sp::WhatIfQuery", "The offline cache could not be read (%1).")
        .arg(db.lastError());
}

// The SKUs' 90 days by marketplace and currency (the primary key's day range, then the SKU test).
const char* const kSkuDays =
    "SELECT marketplace_id, currency, SUM(units), SUM(revenue_cents), SUM(fees_cents), SUM(refunds_cents), "
    "SUM(reimbursements_cents), SUM(cogs_cents), SUM(uncosted_units) FROM summary_product_day "
    "WHERE day >= ?1 AND day < ?2 AND sku IN (SELECT value FROM json_each(?3)) GROUP BY marketplace_id, currency";
// Each marketplace's revenue and advertising of the same days: advertising is the account's (Amazon
// books it per marketplace, not per SKU), so the SKUs carry their revenue's share of it.
const char* const kMarketDays = "SELECT marketplace_id, currency, SUM(revenue_cents), SUM(advertising_cents) "
                                "FROM summary_daily WHERE day >= ?1 AND day < ?2 GROUP BY marketplace_id, currency";

} // namespace

WhatIfQuery::WhatIfQuery(const CacheQuery& cache)
    : m_db(ReadConnection::of(cache))
{}

WhatIfQuery::History WhatIfQuery::history(const QStringList& skus, QDate today) const
{
    History out;
    out.to = today;
    out.from = today.addDays(-WhatIfProjection::kHistoryDays);
    if (skus.isEmpty())
        return out;
    const QString from = out.from.toString(Qt::ISODate), to = out.to.toString(Qt::ISODate);
    const QString skuList =
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(skus)).toJson(QJsonDocument::Compact));

    QMap<QString, WhatIfHistory> byCurrency;
    QMap<QPair<QString, QString>, qint64> skuRevenue; // (marketplace, currency) -> the SKUs' revenue
    CipherDatabase::Statement s = m_db.prepare(kSkuDays);
    if (!s.isValid()) {
        out.error = readError(m_db);
        return out;
    }
    s.bind(1, from);
    s.bind(2, to);
    s.bind(3, skuList);
    Step step;
    while ((step = s.step()) == Step::Row) {
        const QString currency = s.text(1);
        WhatIfHistory& h = byCurrency[currency];
        h.currency = currency;
        h.units += s.int64(2);
        h.revenueCents += s.int64(3);
        h.feesCents += s.int64(4);
        h.refundsCents += s.int64(5);
        h.reimbursementsCents += s.int64(6);
        h.cogsCents += s.int64(7);
        h.uncostedUnits += s.int64(8);
        skuRevenue[{s.text(0), currency}] += s.int64(3);
    }
    if (step == Step::Error) {
        out.error = readError(m_db);
        return out;
    }
    CipherDatabase::Statement m = m_db.prepare(kMarketDays);
    if (!m.isValid()) {
        out.error = readError(m_db);
        return out;
    }
    m.bind(1, from);
    m.bind(2, to);
    while ((step = m.step()) == Step::Row) {
        const QPair<QString, QString> key{m.text(0), m.text(1)};
        const qint64 revenue = m.int64(2), advertising = m.int64(3);
        const auto share = skuRevenue.constFind(key);
        if (share == skuRevenue.constEnd() || revenue <= 0 || advertising == 0)
            continue;
        byCurrency[key.second].advertisingCents += WhatIfProjection::mulDiv(advertising, *share, revenue);
    }
    if (step == Step::Error) {
        out.error = readError(m_db);
        return out;
    }
    out.currencies = byCurrency.values();
    return out;
}

WhatIfQuery::Choices WhatIfQuery::choices() const
{
    Choices out;
    CipherDatabase::Statement s = m_db.prepare("SELECT sku, title FROM products ORDER BY sku");
    if (!s.isValid()) {
        out.error = readError(m_db);
        return out;
    }
    Step step;
    while ((step = s.step()) == Step::Row)
        out.products.append({s.text(0), s.text(1)});
    if (step == Step::Error) {
        out.error = readError(m_db);
        return out;
    }
    readScenarios(m_db, &out.scenarios, &out.error);
    return out;
}

WhatIfQuery::Choices WhatIfQuery::scenarios() const
{
    Choices out;
    readScenarios(m_db, &out.scenarios, &out.error);
    return out;
}

bool WhatIfQuery::readScenarios(CipherDatabase& db, QList<WhatIfScenario>* out, QString* error)
{
    CipherDatabase::Statement s =
        db.prepare("SELECT name, skus, currency, price_kind, price_change, unit_cost_cents, advertising_change_cents, "
                   "fba_fee_change_cents, elasticity_hundredths, saved_at FROM whatif_scenarios ORDER BY name");
    if (!s.isValid()) {
        *error = readError(db);
        return false;
    }
    Step step;
    while ((step = s.step()) == Step::Row) {
        WhatIfScenario w;
        w.name = s.text(0);
        for (const QJsonValue& sku : QJsonDocument::fromJson(s.text(1).toUtf8()).array())
            w.skus.append(sku.toString());
        w.currency = s.text(2);
        const QString kind = s.text(3);
        w.priceKind = kind == QLatin1String("percent")  ? WhatIfScenario::PriceChange::Percent
                      : kind == QLatin1String("amount") ? WhatIfScenario::PriceChange::Amount
                                                        : WhatIfScenario::PriceChange::None;
        w.priceChange = s.int64(4);
        if (!s.isNull(5))
            w.unitCostCents = s.int64(5);
        w.advertisingChangeCents = s.int64(6);
        w.fbaFeeChangeCents = s.int64(7);
        w.elasticityHundredths = int(s.int64(8));
        w.savedAt = QDateTime::fromString(s.text(9), Qt::ISODate);
        out->append(w);
    }
    if (step == Step::Error) {
        *error = readError(db);
        return false;
    }
    return true;
}

} // namespace sp
