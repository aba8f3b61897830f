#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace sp {

class CacheQuery;
class OrdersModel;

// The orders of the offline cache: a search field (order id, SKU, ASIN, title), how many orders
// match, and a table that loads rows as the user scrolls. Readable offline.
class OrdersPage : public QWidget
{
    Q_OBJECT
public:
    explicit OrdersPage(QWidget* parent = nullptr);

    void setQuery(CacheQuery* query); // null while no cache is open
    // Rows were committed: refresh soon (at most about once a second while a sync runs).
    void scheduleReload();

    OrdersModel* model() const { return m_model; }
    QString countText() const;

private:
    void updateCount();

    QLineEdit* m_searchEdit;
    QLabel* m_countLabel;
    QTableView* m_table;
    OrdersModel* m_model;
    QTimer m_searchDelay;
    QTimer m_reloadDelay;
};

} // namespace sp
