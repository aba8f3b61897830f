#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace sp {

class CacheReader;
struct FinancialEventRow;
struct OrderItemRow;

// One order in detail: its items, and the fees, charges and refunds posted for it
// (financial_events). Read by the cache's reader when an order is chosen (one order's events are
// found by a scan: never on the UI thread).
class OrderDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OrderDetailPanel(QWidget* parent = nullptr);

    void setReader(CacheReader* reader);
    void showOrder(const QString& orderId); // empty: nothing chosen
    QString orderId() const { return m_orderId; }
    QTableWidget* itemsTable() const { return m_items; }
    QTableWidget* eventsTable() const { return m_events; }
    bool isReading() const { return m_reading; } // the chosen order's rows are on their way

signals:
    void orderShown(); // the chosen order's items and events are in the tables

private:
    void fill(const QList<OrderItemRow>& items, const QList<FinancialEventRow>& events);

    QPointer<CacheReader> m_reader;
    QString m_orderId;
    bool m_reading = false;
    QLabel* m_title;
    QLabel* m_summary;
    QTableWidget* m_items;
    QTableWidget* m_events;
};

} // namespace sp
