#include "DashboardProductTables.h"

#include "MoneyText.h"
#include "TableNames.h"
#include "reports/ReportTypes.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sp {

namespace {

QTableWidget* makeTable(const QString& name, const QString& accessibleName, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    table->setMinimumHeight(150);
    nameTableParts(table);
    return table;
}

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void fillRanking(QTableWidget* table, const QList<ProductRank>& ranks)
{
    const QLocale locale;
    table->setRowCount(int(ranks.size()));
    for (int row = 0; row < ranks.size(); ++row) {
        const ProductRank& rank = ranks.at(row);
        table->setItem(row, 0, cell(rank.sku));
        table->setItem(row, 1, cell(rank.title));
        table->setItem(row, 2, cell(locale.toString(rank.units), true));
        table->setItem(row, 3, cell(MoneyText::format(rank.revenueCents, rank.currency), true));
        table->setItem(row, 4, cell(MoneyText::format(rank.netProfitCents, rank.currency), true));
    }
}

} // namespace

DashboardProductTables::DashboardProductTables(QWidget* parent)
    : QWidget(parent)
{
    m_earners = makeTable(QStringLiteral("dashboardTopEarners"), tr("Top earners"),
                          {tr("SKU"), tr("Title"), tr("Units"), tr("Revenue"), tr("Net profit")}, this);
    m_losers = makeTable(QStringLiteral("dashboardTopLosers"), tr("Products losing money"),
                         {tr("SKU"), tr("Title"), tr("Units"), tr("Revenue"), tr("Net profit")}, this);
    m_lowStock = makeTable(QStringLiteral("dashboardLowStock"), tr("Low stock"),
                           {tr("SKU"), tr("Title"), tr("Region"), tr("Fulfillable"), tr("Inbound"), tr("Sold per day"),
                            tr("Days of cover")},
                           this);
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

QWidget* DashboardProductTables::firstInFocusChain() const
{
    return m_earners;
}

void DashboardProductTables::setData(const DashboardData& figures)
{
    fillRanking(m_earners, figures.topEarners);
    fillRanking(m_losers, figures.topLosers);
    const QLocale locale;
    m_lowStock->setRowCount(int(figures.lowStock.size()));
    for (int row = 0; row < figures.lowStock.size(); ++row) {
        const LowStockItem& item = figures.lowStock.at(row);
        m_lowStock->setItem(row, 0, cell(item.sku));
        m_lowStock->setItem(row, 1, cell(item.title));
        m_lowStock->setItem(row, 2, cell(item.region.toUpper()));
        m_lowStock->setItem(row, 3, cell(locale.toString(item.fulfillable), true));
        m_lowStock->setItem(row, 4, cell(locale.toString(item.inbound), true));
        m_lowStock->setItem(row, 5, cell(locale.toString(item.unitsPerDay, 'f', 1), true));
        m_lowStock->setItem(row, 6, cell(locale.toString(item.daysOfCover, 'f', 1), true));
    }
}

} // namespace sp
