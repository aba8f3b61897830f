#pragma once

#include "cache/CacheRows.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QSettings;
class QTableView;

namespace sp {

class CacheReader;
class Clock;
class FinancialEventsModel;
class TableColumnState;
class TableFilterBar;

// Amazon's financial events (charges, fees, refunds, advertising...) with filters by type,
// marketplace and posting date, and their totals per currency (never added across currencies).
class FinancesPage : public QWidget
{
    Q_OBJECT
public:
    explicit FinancesPage(QWidget* parent = nullptr);

    void setReader(CacheReader* reader);
    void setClock(const Clock* clock); // the days the date filter starts on (null: the system clock)
    void setSettings(QSettings* settings);
    void scheduleReload();

    FinancialEventsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString countText() const;
    QString totalsText() const;

protected:
    void showEvent(QShowEvent* event) override;

signals:
    void totalsShown(); // the totals of the current filter are on the page

private:
    void applyFilter();
    void fillChoices();
    void updateSummary();
    void showTotals(const QList<CurrencyAmount>& amounts);

    QPointer<CacheReader> m_reader;
    bool m_stale = false; // the query changed while hidden: read it when shown
    TableFilterBar* m_filters;
    QComboBox* m_typeCombo;
    QComboBox* m_marketplaceCombo;
    QLabel* m_totalsLabel;
    QTableView* m_table;
    FinancialEventsModel* m_model;
    TableColumnState* m_columns;
    QTimer m_reloadDelay;
};

} // namespace sp
