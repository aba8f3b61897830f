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
    // The columns of free text (titles, fee and charge names, marketplaces): when the table is
    // narrow they give up room, elided in the middle; months, ids, SKUs and figures stay whole.
    static QList<int> freeTextColumns(const ReportTable& table);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReportTable m_table;
};

} // namespace sp
