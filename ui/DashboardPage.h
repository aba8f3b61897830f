#pragma once

#include "reports/ReportTypes.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace sp {

class CacheReader;
class Clock;
class DashboardChart;
class DashboardKpis;
class DashboardProductTables;
class HomeCurrencySummary;
class MarketplaceFilterButton;
class NextPayoutLabel;
class PeriodFilterBar;
class SettledShareLabel;

// How the business is doing over a chosen range and marketplaces: per currency the headline
// figures as tiles with their change against the previous period (DashboardKpis), a revenue and
// profit chart by day, week or month, the products that earn and lose the most, and low stock.
// Read from the cache's summaries (DashboardQuery): works offline. A vertical layout of sections.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    // The figures of a currency's tiles, as keys of kpiText().
    static const QStringList&
    kpiKeys(); // revenue, profit, margin, orders, units, fees, refunds, advertising, cogs, roi

    explicit DashboardPage(QWidget* parent = nullptr);

    void setReader(CacheReader* reader);
    // The sync's "data as of" (shown when the cache has no figures of its own yet).
    void setDataAsOf(const QDateTime& at);
    // While the first sync runs, a dashboard without figures says how far the download is
    // ("Downloading your history: 38%"), not that there were no sales. `percent` -1: not known.
    void setFirstSync(bool running);
    void setFirstSyncPercent(int percent);
    QString emptyText() const;         // what the dashboard says when it has no figures
    void scheduleRefresh();            // rows were committed: refresh soon, at most about once a second
    void refresh();                    // now (the figures arrive from the reader: shown())
    void setClock(const Clock* clock); // the days of the ranges (null: the system clock)
    void setToday(QDate today);        // tests: the day the ranges end on (default: the clock's today, UTC)

    void setPreset(RangePreset preset);
    void setCustomPeriod(const Period& period);
    void setMarketplaces(const QStringList& ids); // empty: all
    DashboardFilter filter() const;

    const DashboardData& data() const { return m_data; }
    bool isLoading() const { return m_loading || m_loadingProducts; }   // the figures asked for last are on their way
    bool isRefreshPending() const { return m_refreshDelay.isActive(); } // new rows: figures to ask for
    // The offline cache's answer is on the page (figures, or that there are none yet).
    bool showsCachedFigures() const { return !m_reader.isNull() && !isLoading(); }
    // The totals (the tiles, the chart, "data as of") are in from the cache; the product lists below
    // them may still be on their way.
    bool showsCachedTotals() const { return !m_reader.isNull() && !m_loading; }
    // The text of a figure of a currency's card ("" when there is no such card) and its change.
    QString kpiText(const QString& currency, const QString& key) const;
    QString kpiChangeText(const QString& currency, const QString& key) const;
    // Issue 18: its change against the same days last year, and the currency's month-end forecast line.
    QString kpiYearChangeText(const QString& currency, const QString& key) const;
    QString forecastText(const QString& currency) const;
    // The forecast of every marketplace in the home currency, under its box ("" when not shown).
    QString homeForecastText() const;
    // "Data as of ..." of the figures shown (the status bar shows it to the seller: not shown twice).
    QString dataAsOfText() const;
    QString errorText() const;
    bool cogsHintVisible() const;
    DashboardChart* chart() const { return m_chart; }
    HomeCurrencySummary* homeCurrencySummary() const { return m_homeCurrency; }
    NextPayoutLabel* nextPayout() const { return m_nextPayout; }
    SettledShareLabel* settledShare() const { return m_settledShare; }
    DashboardKpis* kpis() const { return m_kpis; }

signals:
    void openProductsRequested(); // the cost-of-goods hint's link
    void shown();                 // the figures asked for last are on the page
    void totalsShown();           // their totals are, the product lists perhaps not yet (showsCachedTotals)

private:
    void fillMarketplaces();
    // The totals, chart and "data as of"; then the products (DashboardQuery's two parts). Each clears its
    // loading flag; shown() once neither is on its way.
    void showFigures(const DashboardFilter& filter, const DashboardData& data, const QString& error);
    void showProducts(const DashboardData& products, const QString& error);
    void showError(); // the figures' read error, else the products'

    void showCogsHint();
    void updateDataAsOf();
    void showHomeForecast();

    QPointer<CacheReader> m_reader;
    PeriodFilterBar* m_periodBar;
    MarketplaceFilterButton* m_marketplaceButton;
    QLabel* m_periodLabel;
    QLabel* m_dataAsOfLabel;
    QLabel* m_errorLabel;
    QLabel* m_cogsHint;
    QLabel* m_homeForecast;
    DashboardKpis* m_kpis;
    QLabel* m_chartHeading;
    DashboardChart* m_chart;
    DashboardProductTables* m_productTables;
    HomeCurrencySummary* m_homeCurrency = nullptr;
    NextPayoutLabel* m_nextPayout = nullptr;
    SettledShareLabel* m_settledShare = nullptr;
    QStringList m_marketplaceIds; // the chosen ones; empty: all
    DashboardData m_data;
    bool m_loading = false;         // the figures' read
    bool m_loadingProducts = false; // the products' read
    QString m_figuresError;
    QString m_productsError;
    bool m_firstSync = false;
    int m_firstSyncPercent = -1;
    QDateTime m_syncDataAsOf;
    QTimer m_refreshDelay;
};

} // namespace sp
