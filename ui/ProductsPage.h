#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QTableView;

namespace sp {

class AccountCache;
class CacheReader;
class Clock;
class ConfirmedUnitCosts;
class ProductsModel;
class Session;
class TableColumnState;
class TableFilterBar;
class UnitCostClient;

// Products with their stock (fulfillable, inbound, reserved, unfulfillable) and unit cost. The
// unit cost of the chosen SKU is entered here with the day it applies from and saved on the
// server (UnitCostClient): that needs a connection, and the page says so when there is none.
class ProductsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProductsPage(QWidget* parent = nullptr);

    void setReader(CacheReader* reader);
    void setClock(const Clock* clock); // the day a new unit cost applies from (null: the system clock)
    void setSettings(QSettings* settings);
    // The session unit costs are saved through; null or `online` false: saving is not possible.
    void setSession(Session* session, bool online);
    void scheduleReload();
    // Where a saved unit cost is written at once (ConfirmedUnitCosts); null: it shows after the next sync.
    void setCache(AccountCache* cache);
    // The products sold without a unit cost, highest revenue first (the dashboard's and the guided
    // start's "enter unit costs"); the search is cleared.
    void showMissingCosts();

    ProductsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString countText() const;
    QString costMessage() const;

signals:
    // A saved unit cost is in the cache with its cost of goods: the other views read again.
    void cacheChanged();

private:
    void updateCount();
    void fillCurrencies();
    void showCurrencies(const QStringList& currencies);
    void onCurrentProductChanged();
    void saveUnitCost();
    void setCostMessage(const QString& text);
    void setMissingCostOnly(bool only);
    void defaultFromDate(); // the first sale of a SKU without a cost yet, else today
    void onCostStoredLocally();

    const Clock* m_clock;
    QPointer<CacheReader> m_reader;
    QPointer<Session> m_session;
    bool m_online = false;
    TableFilterBar* m_filters;
    QTableView* m_table;
    ProductsModel* m_model;
    TableColumnState* m_columns;
    QLabel* m_skuLabel;
    QComboBox* m_currencyCombo;
    QLineEdit* m_costEdit;
    QDateEdit* m_fromEdit;
    QPushButton* m_saveButton;
    QLabel* m_costMessage;
    QCheckBox* m_missingCostCheck;
    QPointer<UnitCostClient> m_client;
    ConfirmedUnitCosts* m_confirmed;
    QString m_sku;
    QString m_savedSku;        // the SKU of the save in flight
    bool m_fromChosen = false; // the seller picked "applies from" for this product: kept
    bool m_settingDefaultFrom = false;
    QTimer m_reloadDelay;
};

} // namespace sp
