#include "alerts/ProductFigures.h"

#include "cache/CipherDatabase.h"

namespace sp {

bool ProductFigures::read(CipherDatabase& db, const QString& from, const QString& split, const QString& to,
                          ProductFigures* out)
{
    using Step = CipherDatabase::Statement::Step;
    QHash<QString, QString> regions; // marketplace id -> region
    {
        CipherDatabase::Statement m = db.prepare("SELECT id, region FROM marketplaces");
        Step step;
        while ((step = m.step()) == Step::Row)
            regions.insert(m.text(0), m.text(1));
        if (step != Step::Done)
            return false;
    }
    // First by the rows' own key bytes (marketplace, currency, SKU): one small allocation a row, no
    // text decoded; the few thousand distinct keys are then sorted into the figures.
    QHash<QByteArray, std::array<Period, 2>> byRow;
    CipherDatabase::Statement s = db.prepare(
        "SELECT day, marketplace_id, currency, sku, units, revenue_cents, revenue_cents - fees_cents - refunds_cents "
        "+ reimbursements_cents - cogs_cents, refund_count FROM summary_product_day WHERE day >= ?1 AND day <= ?2");
    s.bind(1, from);
    s.bind(2, to);
    const QByteArray splitDay = split.toUtf8();
    QByteArray rowKey;
    Step step;
    while ((step = s.step()) == Step::Row) {
        const int period = s.utf8(0) >= QByteArrayView(splitDay) ? 0 : 1;
        rowKey.truncate(0); // keeps its capacity: no allocation a row
        rowKey.append(s.utf8(1)).append('\x1f').append(s.utf8(2)).append('\x1f').append(s.utf8(3));
        Period& p = byRow[rowKey][period];
        p.units += s.int64(4);
        p.revenue += s.int64(5);
        p.profit += s.int64(6);
        p.refunds += s.int64(7);
    }
    if (step != Step::Done)
        return false;
    for (auto it = byRow.cbegin(); it != byRow.cend(); ++it) {
        const QList<QByteArray> parts = it.key().split('\x1f');
        const QString marketplace = QString::fromUtf8(parts.at(0));
        const QString currency = QString::fromUtf8(parts.at(1));
        const QString sku = QString::fromUtf8(parts.mid(2).join('\x1f'));
        std::array<Period, 2>& figures = out->bySkuCurrency[key(sku, currency)];
        figures[0].add(it.value()[0]);
        figures[1].add(it.value()[1]);
        out->bySkuNow[sku].add(it.value()[0]);
        const QString region = regions.value(marketplace);
        if (!region.isEmpty())
            out->unitsBySkuRegionNow[key(sku, region)] += it.value()[0].units;
    }
    return true;
}

} // namespace sp
