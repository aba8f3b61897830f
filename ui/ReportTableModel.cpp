#include "ReportTableModel.h"

#include "ColumnFit.h"

#include "MoneyText.h"

#include <QLocale>

namespace sp {

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ReportTableModel::setTable(const ReportTable& table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

QString ReportTableModel::cellText(int row, int column) const
{
    if (row < 0 || row >= m_table.rows.size() || column < 0 || column >= m_table.columns.size())
        return {};
    const QVariantList& values = m_table.rows.at(row);
    const QVariant value = column < values.size() ? values.at(column) : QVariant();
    if (value.isNull())
        return {};
    const QLocale locale;
    switch (m_table.columns.at(column).kind) {
    case ReportColumn::Kind::Money:
        // The currency has its own column: the amount alone reads better in a table.
        return MoneyText::format(value.toLongLong(), QString());
    case ReportColumn::Kind::Integer:
        return locale.toString(value.toLongLong());
    case ReportColumn::Kind::Percent:
        return MoneyText::percent(value.toDouble());
    case ReportColumn::Kind::Date:
        return locale.toString(value.toDate(), QLocale::ShortFormat);
    case ReportColumn::Kind::Text:
        break;
    }
    return value.toString();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::TextAlignmentRole) {
        const ReportColumn::Kind kind = m_table.columns.value(index.column()).kind;
        if (kind == ReportColumn::Kind::Money || kind == ReportColumn::Kind::Integer
            || kind == ReportColumn::Kind::Percent)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
        return cellText(index.row(), index.column());
    return {};
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_table.columns.size())
        return ColumnFit::wrappedLabel(m_table.columns.at(section).title); // never clipped: on two lines
    return QAbstractTableModel::headerData(section, orientation, role);
}

QList<int> ReportTableModel::freeTextColumns(const ReportTable& table)
{
    static const QStringList kFreeText{QStringLiteral("title"), QStringLiteral("fee"), QStringLiteral("charge"),
                                       QStringLiteral("marketplace")};
    QList<int> columns;
    for (int i = 0; i < table.columns.size(); ++i) {
        if (kFreeText.contains(table.columns.at(i).key))
            columns.append(i);
    }
    return columns;
}

} // namespace sp
