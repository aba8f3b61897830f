#include "RestockPlanModel.h"

#include "ColumnFit.h"
#include "MoneyText.h"
#include "RestockPurchaseList.h"

#include <QLocale>

namespace sp {

namespace {
bool isNumber(int column) { return column > RestockPlanModel::Urgency; }
} // namespace

RestockPlanModel::RestockPlanModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    const QStringList titles{tr("SKU"),       tr("Title"),       tr("Region"),   tr("Urgency"),
                             tr("7 days"),    tr("30 days"),     tr("90 days"),  tr("Last year"),
                             tr("Season"),    tr("Fulfillable"), tr("Inbound"),  tr("Days of cover"),
                             tr("Lead time"), tr("Safety days"), tr("Quantity"), tr("Order cost")};
    for (const QString& title : titles)
        m_labels << ColumnFit::wrappedLabel(title); // long ones on two lines: the figures' columns stay narrow
    m_hints = QStringList{
        QString(),
        QString(),
        QString(),
        RestockPurchaseList::reorderHint(),
        RestockPurchaseList::velocityHint(),
        RestockPurchaseList::velocityHint(),
        RestockPurchaseList::velocityHint(),
        tr("Units per day last year in the same weeks (52 weeks ago), over the coming lead time + safety days."),
        RestockPurchaseList::seasonHint(),
        QString(),
        QString(),
        RestockPurchaseList::coverHint(),
        tr("Days from ordering until the stock can be sold (yours for this SKU, or the default)."),
        tr("Days of stock kept in reserve on top of the lead time."),
        RestockPurchaseList::quantityHint(),
        RestockPurchaseList::moneyHint()};
}

void RestockPlanModel::setRows(const QList<RestockPlanner::Row>& rows)
{
    beginResetModel();
    m_rows = rows; // shared, not copied: the page keeps the same plan
    endResetModel();
}

int RestockPlanModel::rowOf(const QString& sku, const QString& region) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).sku == sku && m_rows.at(i).region == region)
            return i;
    }
    return -1;
}

int RestockPlanModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int RestockPlanModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RestockPlanModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(m_rows.at(index.row()), index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(m_rows.at(index.row()), index.column());
        return tip.isEmpty() ? QVariant() : tip;
    }
    case Qt::TextAlignmentRole:
        return isNumber(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant RestockPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_labels.at(section);
    if (role == Qt::ToolTipRole && !m_hints.at(section).isEmpty())
        return m_hints.at(section);
    return {};
}

QString RestockPlanModel::text(const RestockPlanner::Row& r, int column) const
{
    const RestockFigures& f = r.figures;
    const QLocale locale;
    const auto lastYear = [&r] {
        return r.yearOfHistory
                   ? RestockPurchaseList::velocity(double(r.lastYearComing) / (r.leadTimeDays + r.safetyDays))
                   : tr("no history");
    };
    switch (column) {
    case Sku:
        return r.sku;
    case Title:
        return r.title;
    case Region:
        return RestockPurchaseList::regionName(r.region);
    case Urgency:
        return RestockPurchaseList::urgencyText(r);
    case V7:
        return RestockPurchaseList::velocity(r.units7 / 7.0);
    case V30:
        return RestockPurchaseList::velocity(r.units30 / 30.0);
    case V90:
        return RestockPurchaseList::velocity(r.units90 / 90.0);
    case LastYear:
        return lastYear();
    case Season:
        return locale.toString(f.seasonFactor, 'f', 2);
    case Fulfillable:
        return locale.toString(r.fulfillable);
    case Inbound:
        return locale.toString(r.inbound);
    case Cover:
        return f.daysOfCover ? locale.toString(*f.daysOfCover, 'f', 1) : QString();
    case Lead:
        return locale.toString(r.leadTimeDays);
    case Safety:
        return locale.toString(r.safetyDays);
    case Quantity:
        return f.quantity > 0 ? locale.toString(f.quantity) : QString();
    case Money:
        return r.orderCents && f.quantity > 0 ? MoneyText::format(*r.orderCents, r.currency)
               : f.quantity > 0               ? tr("no unit cost")
                                              : QString();
    default:
        return {};
    }
}

QString RestockPlanModel::toolTip(const RestockPlanner::Row& r, int column) const
{
    const QString setting = r.ownSetting ? tr("This SKU's own setting") : tr("The default");
    switch (column) {
    case V30:
        return tr("Units per day: %1 over 7 days, %2 over 30 days, %3 over 90 days; last year in the coming weeks: %4")
            .arg(text(r, V7), text(r, V30), text(r, V90), text(r, LastYear));
    case Season:
        return r.figures.seasonClamped ? tr("Kept within 0.5 to 3.") : QString();
    case Lead:
        return setting;
    case Quantity:
        return tr("For %1 lead days and %2 safety days (%3)").arg(r.leadTimeDays).arg(r.safetyDays).arg(setting);
    default:
        return {};
    }
}

} // namespace sp
