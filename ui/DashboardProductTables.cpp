#include "DashboardProductTables.h"

#include "MoneyText.h"
#include "ReadOnlyTable.h"
#include "reports/ReportTypes.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sp {

namespace {

void fillRanking(QTableWidget* table, const QList<ProductRank>& ranks)
{
    const QLocale locale;
    table->setRowCount(int(ranks.size()));
    for (int row = 0; row < ranks.size(); ++row) {
        const ProductRank& rank = ranks.at(row);
        table->setItem(row, 0, readOnlyCell(rank.sku));
        table->setItem(row, 1, readOnlyCell(rank.title));
        table->setItem(row, 2, readOnlyCell(locale.toString(rank.units), true));
        table->setItem(row, 3, readOnlyCell(MoneyText::format(rank.revenueCents, rank.currency), true));
        table->setItem(row, 4, readOnlyCell(MoneyText::format(rank.netProfitCents, rank.currency), true));
    }
}

} // namespace

DashboardProductTables::DashboardProductTables(QWidget* parent)
    : QWidget(parent)
{
    m_earners = makeReadOnlyTable(QStringLiteral("dashboardTopEarners"), tr("Top earners"),
                                  {tr("SKU"), tr("Title"), tr("Units"), tr("Revenue"), tr("Net profit")}, this);
    m_losers = makeReadOnlyTable(QStringLiteral("dashboardTopLosers"), tr("Products losing money"),
                                 {tr("SKU"), tr("Title"), tr("Units"), tr("Revenue"), tr("Net profit")}, this);
    m_lowStock = makeReadOnlyTable(QStringLiteral("dashboardLowStock"), tr("Low stock"),
                                   {tr("SKU"), tr("Title"), tr("Region"), tr("Fulfillable"), tr("Inbound"),
                                    tr("Sold per day"), tr("Days of cover")},
                                   this);
    for (QTableWidget* table : {m_earners, m_losers, m_lowStock})
        table->setMinimumHeight(150);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* products = new QHBoxLayout;
    auto* earnersBox = new QGroupBox(tr("Top earners"), this);
    (new QVBoxLayout(earnersBox))->addWidget(m_earners);
    auto* losersBox = new QGroupBox(tr("Losing money"), this);
    (new QVBoxLayout(losersBox))->addWidget(m_losers);
    products->addWidget(earnersBox);
    products->addWidget(losersBox);
    layout->addLayout(products);
    auto* stockBox = new QGroupBox(tr("Low stock"), this);
    (new QVBoxLayout(stockBox))->addWidget(m_lowStock);
    layout->addWidget(stockBox);
    setTabOrder(m_earners, m_losers);
    setTabOrder(m_losers, m_lowStock);
}

QWidget* DashboardProductTables::firstInFocusChain() const { return m_earners; }

void DashboardProductTables::setData(const DashboardData& figures)
{
    fillRanking(m_earners, figures.topEarners);
    fillRanking(m_losers, figures.topLosers);
    const QLocale locale;
    m_lowStock->setRowCount(int(figures.lowStock.size()));
    for (int row = 0; row < figures.lowStock.size(); ++row) {
        const LowStockItem& item = figures.lowStock.at(row);
        m_lowStock->setItem(row, 0, readOnlyCell(item.sku));
        m_lowStock->setItem(row, 1, readOnlyCell(item.title));
        m_lowStock->setItem(row, 2, readOnlyCell(item.region.toUpper()));
        m_lowStock->setItem(row, 3, readOnlyCell(locale.toString(item.fulfillable), true));
        m_lowStock->setItem(row, 4, readOnlyCell(locale.toString(item.inbound), true));
        m_lowStock->setItem(row, 5, readOnlyCell(locale.toString(item.unitsPerDay, 'f', 1), true));
        m_lowStock->setItem(row, 6, readOnlyCell(locale.toString(item.daysOfCover, 'f', 1), true));
    }
}

} // namespace sp
