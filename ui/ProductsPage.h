#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QTableView;

namespace sp {

class CacheReader;
class Clock;
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

    ProductsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString countText() const;
    QString costMessage() const;

private:
    void updateCount();
    void fillCurrencies();
    void showCurrencies(const QStringList& currencies);
    void onCurrentProductChanged();
    void saveUnitCost();
    void setCostMessage(const QString& text);

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
    QPointer<UnitCostClient> m_client;
    QString m_sku;
    QTimer m_reloadDelay;
};

} // namespace sp
