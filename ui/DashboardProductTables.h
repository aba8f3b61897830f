#pragma once

#include <QWidget>

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
    QWidget* firstInFocusChain() const;

private:
    QTableWidget* m_earners;
    QTableWidget* m_losers;
    QTableWidget* m_lowStock;
};

} // namespace sp
