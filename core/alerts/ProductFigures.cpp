#include "alerts/ProductFigures.h"

#include "cache/CipherDatabase.h"

namespace sp {

bool ProductFigures::read(CipherDatabase& db, const QString& from, const QString& split, const QString& to,
                          const QString& completeFrom, ProductFigures* out)
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
    struct RowFigures
    {
        std::array<Period, 2> periods;
        qint64 completeUnits = 0;
    };
    QHash<QByteArray, RowFigures> byRow;
    CipherDatabase::Statement s = db.prepare(
        "SELECT day, marketplace_id, currency, sku, units, revenue_cents, revenue_cents - fees_cents - refunds_cents "
        "+ reimbursements_cents - cogs_cents, refund_count FROM summary_product_day WHERE day >= ?1 AND day <= ?2");
    s.bind(1, from);
    s.bind(2, to);
    const QByteArray splitDay = split.toUtf8(), completeFromDay = completeFrom.toUtf8(), toDay = to.toUtf8();
    QByteArray rowKey;
    Step step;
    while ((step = s.step()) == Step::Row) {
        const QByteArrayView rowDay = s.utf8(0);
        const int period = rowDay >= QByteArrayView(splitDay) ? 0 : 1;
        rowKey.truncate(0); // keeps its capacity: no allocation a row
        rowKey.append(s.utf8(1)).append('\x1f').append(s.utf8(2)).append('\x1f').append(s.utf8(3));
        RowFigures& row = byRow[rowKey];
        if (rowDay >= QByteArrayView(completeFromDay) && rowDay < QByteArrayView(toDay))
            row.completeUnits += s.int64(4);
        Period& p = row.periods[period];
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
        figures[0].add(it.value().periods[0]);
        figures[1].add(it.value().periods[1]);
        out->bySkuNow[sku].add(it.value().periods[0]);
        const QString region = regions.value(marketplace);
        if (!region.isEmpty())
            out->unitsBySkuRegionComplete[key(sku, region)] += it.value().completeUnits;
    }
    return true;
}

} // namespace sp
