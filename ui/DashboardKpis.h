#pragma once

#include "KpiTile.h"
#include "reports/ReportTypes.h"

#include <QHash>
#include <QWidget>

class QVBoxLayout;

namespace sp {

// The dashboard's headline figures as tiles, a block per currency (money is never added across
// currencies): revenue, net profit (emphasised), margin, orders and units first, then what the costs
// were (Amazon fees, refunds, advertising, cost of goods) and the ROI in smaller tiles. Each tile shows
// its change against the previous period of the same length, coloured by its meaning for the seller.
class DashboardKpis : public QWidget
{
    Q_OBJECT
public:
    // revenue, profit, margin, orders, units, fees, refunds, advertising, cogs, roi
    static const QStringList& keys();
    static KpiTile::Meaning meaningOf(const QString& key);

    explicit DashboardKpis(QWidget* parent = nullptr);

    // The tiles of `data`'s currencies; `emptyText` alone when it has none.
    void setData(const DashboardData& figures, const QString& emptyText);
    KpiTile* tile(const QString& currency, const QString& key) const;
    QString kpiText(const QString& currency, const QString& key) const;
    QString kpiChangeText(const QString& currency, const QString& key) const;

private:
    QWidget* currencyBlock(const CurrencyTotals& totals, const CurrencyTotals* before);
    KpiTile* makeTile(const CurrencyTotals& totals, const CurrencyTotals* before, const QString& key, QWidget* parent);

    QVBoxLayout* m_layout;
    QHash<QString, KpiTile*> m_tiles; // "EUR_revenue" -> tile
};

} // namespace sp
