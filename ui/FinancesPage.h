#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSettings;
class QTableView;

namespace sp {

class CacheQuery;
class FinancialEventsModel;
class TableColumnState;

// Amazon's financial events (charges, fees, refunds, advertising...) with filters by type,
// marketplace and posting date, and their totals per currency (never added across currencies).
class FinancesPage : public QWidget
{
    Q_OBJECT
public:
    explicit FinancesPage(QWidget* parent = nullptr);

    void setQuery(CacheQuery* query);
    void setSettings(QSettings* settings);
    void scheduleReload();

    FinancialEventsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString countText() const;
    QString totalsText() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    void fillChoices();
    void updateSummary();

    QPointer<CacheQuery> m_query;
    bool m_stale = false; // the query changed while hidden: read it when shown
    QLineEdit* m_searchEdit;
    QComboBox* m_typeCombo;
    QComboBox* m_marketplaceCombo;
    QCheckBox* m_dateCheck;
    QDateEdit* m_fromEdit;
    QDateEdit* m_toEdit;
    QLabel* m_countLabel;
    QLabel* m_totalsLabel;
    QTableView* m_table;
    FinancialEventsModel* m_model;
    TableColumnState* m_columns;
    QTimer m_searchDelay;
    QTimer m_reloadDelay;
};

} // namespace sp
