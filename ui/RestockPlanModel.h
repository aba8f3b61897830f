#pragma once

#include "restock/RestockPlanner.h"

#include <QAbstractTableModel>

namespace sp {

// The restock plan for the page's table: one row per SKU and region, most urgent first. Each cell's
// text and tooltip are made when the view asks for it (only the rows on screen), so a plan of
// thousands of rows is shown without building a widget item per cell on the UI thread.
class RestockPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Sku,
        Title,
        Region,
        Urgency,
        V7,
        V30,
        V90,
        LastYear,
        Season,
        Fulfillable,
        Inbound,
        Cover,
        Lead,
        Safety,
        Quantity,
        Money,
        ColumnCount
    };

    explicit RestockPlanModel(QObject* parent = nullptr);

    void setRows(const QList<RestockPlanner::Row>& rows);
    const QList<RestockPlanner::Row>& rows() const { return m_rows; }
    // The row of a SKU in a region; -1 when the plan has none.
    int rowOf(const QString& sku, const QString& region) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const RestockPlanner::Row& row, int column) const;
    QString toolTip(const RestockPlanner::Row& row, int column) const;

    QList<RestockPlanner::Row> m_rows;
    QStringList m_labels; // wrapped on two lines where long
    QStringList m_hints;  // the columns' formulas, as tooltips of their titles
};

} // namespace sp
