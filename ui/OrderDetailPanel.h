#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace sp {

class CacheQuery;

// One order in detail: its items, and the fees, charges and refunds posted for it
// (financial_events). Read from the cache when an order is chosen.
class OrderDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OrderDetailPanel(QWidget* parent = nullptr);

    void setQuery(CacheQuery* query);
    void showOrder(const QString& orderId); // empty: nothing chosen
    QString orderId() const { return m_orderId; }
    QTableWidget* itemsTable() const { return m_items; }
    QTableWidget* eventsTable() const { return m_events; }

private:
    QPointer<CacheQuery> m_query;
    QString m_orderId;
    QLabel* m_title;
    QLabel* m_summary;
    QTableWidget* m_items;
    QTableWidget* m_events;
};

} // namespace sp
