#pragma once

#include "reports/ReportTypes.h"

#include <QAbstractTableModel>

namespace sp {

// A report's table for a view: cells formatted by their column's kind (money with the row's
// currency, percents, dates as the locale writes them). Reports are summaries (months, SKUs,
// fees): they are held whole.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ReportTableModel(QObject* parent = nullptr);

    void setTable(const ReportTable& table);
    const ReportTable& table() const { return m_table; }
    // The text of a cell as shown.
    QString cellText(int row, int column) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReportTable m_table;
};

} // namespace sp
