#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QSettings;
class QTableView;

namespace sp {

class CacheReader;
class Clock;
class OrderDetailPanel;
class OrdersModel;
class ReadWhenShown;
class TableColumnState;
class TableFilterBar;

// The orders of the offline cache: a search field (order id, SKU, ASIN, title), filters (status,
// marketplace, purchase dates), how many orders match, a table sorted by the header and read from
// the cache as the user scrolls, and the chosen order's details. Readable offline.
class OrdersPage : public QWidget
{
    Q_OBJECT
public:
    explicit OrdersPage(QWidget* parent = nullptr);

    void setReader(CacheReader* reader); // null while no cache is open
    void setClock(const Clock* clock);   // the days the date filter starts on (null: the system clock)
    // Where the column choice and sizes are remembered (the profile's settings); null: nowhere.
    void setSettings(QSettings* settings);
    // Rows were committed: refresh soon (at most about once a second while a sync runs).
    void scheduleReload();

    OrdersModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    OrderDetailPanel* detailPanel() const { return m_detail; }
    QString countText() const;

private:
    void updateCount();
    void applyFilter();
    void fillChoices();
    void readNow(); // the choices and the rows, now (ReadWhenShown holds it back while hidden)
    void showCurrentOrder();

    QPointer<CacheReader> m_reader;
    QPointer<CacheReader> m_modelReader; // the one m_model was given: a reload, not a reset, for it
    TableFilterBar* m_filters;
    QComboBox* m_statusCombo;
    QComboBox* m_marketplaceCombo;
    QTableView* m_table;
    OrdersModel* m_model;
    OrderDetailPanel* m_detail;
    ReadWhenShown* m_whenShown;
    TableColumnState* m_columns;
    QTimer m_reloadDelay;
};

} // namespace sp
