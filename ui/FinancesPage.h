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
class ReadWhenShown;
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

signals:
    void totalsShown(); // the totals of the current filter are on the page

private:
    void applyFilter();
    void fillChoices();
    void readNow(); // the choices and the rows, now (ReadWhenShown holds it back while hidden)
    void updateSummary();
    void showTotals(const QList<CurrencyAmount>& amounts);

    QPointer<CacheReader> m_reader;
    QPointer<CacheReader> m_modelReader; // the one m_model was given: a reload, not a reset, for it
    TableFilterBar* m_filters;
    QComboBox* m_typeCombo;
    QComboBox* m_marketplaceCombo;
    QLabel* m_totalsLabel;
    QTableView* m_table;
    FinancialEventsModel* m_model;
    ReadWhenShown* m_whenShown;
    TableColumnState* m_columns;
    QTimer m_reloadDelay;
};

} // namespace sp
