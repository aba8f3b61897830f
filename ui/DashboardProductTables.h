#pragma once

#include "reports/ReportTypes.h"

#include <QWidget>

class QGroupBox;
class QTableWidget;

namespace sp {

struct DashboardData;

// The dashboard's product lists: the top earners and the products losing money side by side, and
// the low-stock list below them (read-only tables, one row per product and currency).
class DashboardProductTables : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardProductTables(QWidget* parent = nullptr);

    void setData(const DashboardData& figures);
    // Issue 16: the rankings across currencies, by net profit converted into `currency` at the rates
    // of `rateDay` (HomeCurrencyQuery); they replace the per-currency ones until cleared.
    void setConvertedRanking(const QList<ProductRank>& earners, const QList<ProductRank>& losers,
                             const QString& currency, QDate rateDay);
    void clearConvertedRanking(); // back to the ranking within each currency (no rates yet)
    bool showsConvertedRanking() const { return m_converted; }
    QWidget* firstInFocusChain() const;

private:
    void showRankings();

    QTableWidget* m_earners;
    QTableWidget* m_losers;
    QTableWidget* m_lowStock;
    QGroupBox* m_earnersBox = nullptr;
    QGroupBox* m_losersBox = nullptr;
    QList<ProductRank> m_perCurrency[2]; // earners, losers of the last setData()
    QList<ProductRank> m_convertedRanks[2];
    QString m_currency;
    QDate m_rateDay;
    bool m_converted = false;
};

} // namespace sp
