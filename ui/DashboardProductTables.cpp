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
    m_earnersBox = new QGroupBox(tr("Top earners"), this);
    m_earnersBox->setObjectName(QStringLiteral("dashboardTopEarnersBox"));
    (new QVBoxLayout(m_earnersBox))->addWidget(m_earners);
    m_losersBox = new QGroupBox(tr("Losing money"), this);
    m_losersBox->setObjectName(QStringLiteral("dashboardTopLosersBox"));
    (new QVBoxLayout(m_losersBox))->addWidget(m_losers);
    products->addWidget(m_earnersBox);
    products->addWidget(m_losersBox);
    layout->addLayout(products);
    auto* stockBox = new QGroupBox(tr("Low stock"), this);
    (new QVBoxLayout(stockBox))->addWidget(m_lowStock);
    layout->addWidget(stockBox);
    setTabOrder(m_earners, m_losers);
    setTabOrder(m_losers, m_lowStock);
}

QWidget* DashboardProductTables::firstInFocusChain() const { return m_earners; }

void DashboardProductTables::setConvertedRanking(const QList<ProductRank>& earners, const QList<ProductRank>& losers,
                                                 const QString& currency, QDate rateDay)
{
    m_convertedRanks[0] = earners;
    m_convertedRanks[1] = losers;
    m_currency = currency;
    m_rateDay = rateDay;
    m_converted = true;
    showRankings();
}

void DashboardProductTables::clearConvertedRanking()
{
    m_converted = false;
    showRankings();
}

void DashboardProductTables::showRankings()
{
    const QList<ProductRank>* ranks = m_converted ? m_convertedRanks : m_perCurrency;
    fillRanking(m_earners, ranks[0]);
    fillRanking(m_losers, ranks[1]);
    if (!m_converted) {
        m_earnersBox->setTitle(tr("Top earners"));
        m_losersBox->setTitle(tr("Losing money"));
        const QString tip = tr("Ranked within each currency: exchange rates are not downloaded yet.");
        m_earnersBox->setToolTip(tip);
        m_losersBox->setToolTip(tip);
        return;
    }
    // Across currencies only by one unit: say which, and at which rates.
    m_earnersBox->setTitle(tr("Top earners (by net profit in %1, converted)").arg(m_currency));
    m_losersBox->setTitle(tr("Losing money (by net profit in %1, converted)").arg(m_currency));
    const QString tip = tr("Ranked across marketplaces by net profit converted into %1 at the reference rates of "
                           "%2 (the latest on or before the period's last day); a product's currencies are added up.")
                            .arg(m_currency, QLocale().toString(m_rateDay, QLocale::ShortFormat));
    m_earnersBox->setToolTip(tip);
    m_losersBox->setToolTip(tip);
}

void DashboardProductTables::setData(const DashboardData& figures)
{
    m_perCurrency[0] = figures.topEarners;
    m_perCurrency[1] = figures.topLosers;
    showRankings();
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
