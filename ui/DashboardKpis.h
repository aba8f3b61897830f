#pragma once

#include "KpiTile.h"
#include "reports/MonthForecast.h"
#include "reports/ReportTypes.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace sp {

// The dashboard's headline figures as tiles, a block per currency (money is never added across
// currencies): revenue, net profit (emphasised), margin, orders and units first, then what the costs
// were (Amazon fees, refunds, advertising, cost of goods) and the ROI in smaller tiles. Each tile shows
// its change against the previous period of the same length, coloured by its meaning for the seller,
// and (issue 18) against the same period last year. Under each currency's heading, the month-end
// forecast of the current month (MonthForecast), its method in the tooltip.
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
    // The current month's forecast, shown in each currency's block (kept across setData()).
    void setForecast(const MonthForecast::Result& forecast);
    const MonthForecast::Result& forecast() const { return m_forecast; }
    QLabel* forecastLabel(const QString& currency) const { return m_forecastLabels.value(currency); }
    QString forecastText(const QString& currency) const; // "" when there is no such block
    QString kpiYearChangeText(const QString& currency, const QString& key) const;
    KpiTile* tile(const QString& currency, const QString& key) const;
    QString kpiText(const QString& currency, const QString& key) const;
    QString kpiChangeText(const QString& currency, const QString& key) const;

private:
    QWidget* currencyBlock(const CurrencyTotals& totals, const CurrencyTotals* before, const CurrencyTotals* lastYear);
    KpiTile* makeTile(const CurrencyTotals& totals, const CurrencyTotals* before, const CurrencyTotals* lastYear,
                      const QString& key, QWidget* parent);
    void showForecast(const QString& currency, QLabel* label) const;

    QVBoxLayout* m_layout;
    QHash<QString, KpiTile*> m_tiles;         // "EUR_revenue" -> tile
    QHash<QString, QLabel*> m_forecastLabels; // currency -> its forecast line
    MonthForecast::Result m_forecast;
    Period m_lastYearPeriod;
};

} // namespace sp
