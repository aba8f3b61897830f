#include "OrdersPage.h"
#include "ColumnFit.h"
#include "ColumnSamples.h"
#include "FilterChoices.h"
#include "amazon/AmazonTerms.h"

#include "OrderDetailPanel.h"
#include "OrdersModel.h"
#include "PageHeading.h"
#include "ReadWhenShown.h"
#include "TableFilterBar.h"
#include "RecordTable.h"
#include "TableColumnState.h"
#include "cache/CacheQuery.h"
#include "cache/CacheReader.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QPointer>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sp {

namespace {
constexpr int kReloadDelayMs = 1000; // a sync commits many pages: refresh once per second at most
} // namespace

OrdersPage::OrdersPage(QWidget* parent)
    : QWidget(parent)
    , m_filters(new TableFilterBar(QStringLiteral("orders"), tr("Search orders"),
                                   tr("Search by order id, SKU, ASIN or title"), this))
    , m_statusCombo(new QComboBox(this))
    , m_marketplaceCombo(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_model(new OrdersModel(this))
    , m_detail(new OrderDetailPanel(this))
    , m_whenShown(new ReadWhenShown(this, [this] { readNow(); }))
{
    setObjectName(QStringLiteral("ordersPage"));
    auto* heading = new PageHeading(tr("Orders"), QStringLiteral("ordersHeading"), this);
    m_statusCombo->setObjectName(QStringLiteral("ordersStatusCombo"));
    m_statusCombo->setAccessibleName(tr("Order status"));
    m_marketplaceCombo->setObjectName(QStringLiteral("ordersMarketplaceCombo"));
    m_marketplaceCombo->setAccessibleName(tr("Marketplace"));
    auto* columnsButton = new QPushButton(tr("Columns..."), this);
    columnsButton->setObjectName(QStringLiteral("ordersColumnsButton"));
    columnsButton->setAccessibleName(tr("Choose the order columns"));

    setUpRecordTable(m_table, m_model, QStringLiteral("ordersTable"), tr("Orders"), OrdersModel::PurchaseDateColumn,
                     Qt::DescendingOrder);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection); // the details pane shows one order
    auto* fit = new ColumnFit(m_table, {{OrdersModel::IdColumn, {{QStringLiteral("000-0000000-0000000")}}},
                                        {OrdersModel::PurchaseDateColumn, {ColumnSamples::dateTime()}},
                                        {OrdersModel::StatusColumn, {ColumnSamples::orderStatuses(), true}},
                                        {OrdersModel::MarketplaceColumn, {ColumnSamples::stores(), true}},
                                        {OrdersModel::ItemsColumn, {ColumnSamples::number(3)}},
                                        {OrdersModel::TotalColumn, {ColumnSamples::money()}}});
    // Names of its own, older than nameTableParts: screen-reader users already know them.
    m_table->horizontalHeader()->setAccessibleName(tr("Order columns"));
    m_table->verticalHeader()->setAccessibleName(tr("Order rows"));
    // The corner button selects every row; a screen reader must be able to say so.
    if (auto* corner = m_table->findChild<QAbstractButton*>())
        corner->setAccessibleName(tr("Select all orders"));
    m_columns = new TableColumnState(m_table, QStringLiteral("tables/orders/header"), this);
    m_columns->setFit(fit);
    // The items column is counted per row, not sortable in the database.
    keepSortIndicatorHonest(m_table, &OrdersModel::isSortable, [model = QPointer(m_model)] {
        return model ? std::pair(model->sortColumn(), model->sortOrder())
                     : std::pair(int(OrdersModel::PurchaseDateColumn), Qt::DescendingOrder);
    });
    connect(columnsButton, &QPushButton::clicked, this, [this, columnsButton] {
        m_columns->showColumnMenu(columnsButton->mapToGlobal(QPoint(0, columnsButton->height())));
    });

    connect(m_filters, &TableFilterBar::searchChanged, this, &OrdersPage::applyFilter);
    connect(m_filters, &TableFilterBar::filtersChanged, this, &OrdersPage::applyFilter);
    m_reloadDelay.setSingleShot(true);
    m_reloadDelay.setInterval(kReloadDelayMs);
    connect(&m_reloadDelay, &QTimer::timeout, this, &OrdersPage::readNow);
    connect(m_model, &OrdersModel::countChanged, this, &OrdersPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrdersPage::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrdersPage::showCurrentOrder);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    m_filters->addChoice(tr("&Status:"), m_statusCombo);
    m_filters->addChoice(tr("&Marketplace:"), m_marketplaceCombo);
    m_filters->addDateRange(tr("Purchased from"), tr("Filter by purchase date"), tr("Purchased from"), tr("to"),
                            tr("Purchased until"));
    m_filters->addTrailing(columnsButton);
    layout->addWidget(m_filters);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("ordersSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    // The table is what a seller scans; the order's detail gets a modest share (about a quarter) until the
    // divider is moved (SplitterMemory keeps that). Weights, not pixels: applied to whatever height there is.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({3000, 1000});
    layout->addWidget(splitter, 1);
    setTabOrder(m_filters->lastInFocusChain(), m_table);
    fillChoices();
    updateCount();
}

void OrdersPage::setReader(CacheReader* reader)
{
    m_reloadDelay.stop();
    m_reader = reader;
    m_detail->setReader(reader);
    m_detail->showOrder(QString());
    if (!reader) { // empty at once
        m_whenShown->cancel();
        readNow();
    } else {
        m_whenShown->request(); // a million orders are not counted for a page nobody looks at
    }
}

void OrdersPage::readNow()
{
    fillChoices();
    if (m_modelReader == m_reader) {
        m_model->reload();
        m_detail->showOrder(m_detail->orderId());
    } else {
        m_modelReader = m_reader;
        m_model->setReader(m_reader);
    }
}

void OrdersPage::setClock(const Clock* clock) { m_filters->setClock(clock); }

void OrdersPage::setSettings(QSettings* settings) { m_columns->setSettings(settings); }

void OrdersPage::scheduleReload()
{
    if (!isVisible()) {
        m_whenShown->request();
        return;
    }
    if (!m_reloadDelay.isActive())
        m_reloadDelay.start();
}

QString OrdersPage::countText() const { return m_filters->countText(); }

void OrdersPage::fillChoices()
{
    FilterChoices::refill(m_statusCombo, tr("All statuses"),
                          m_reader ? FilterChoices::named(OrdersQuery::statuses(), &AmazonTerms::orderStatus)
                                   : QList<FilterChoices::Choice>());
    if (!m_reader) {
        FilterChoices::refill(m_marketplaceCombo, tr("All marketplaces"), {});
        return;
    }
    const QString pattern = tr("%1 (%2)");
    m_reader->read<QList<FilterChoices::Choice>>(
        this, CacheReader::laneOf(this, "choices"),
        [pattern](const CacheQuery& query) {
            return FilterChoices::marketplaces(query.catalog().marketplaces(), pattern);
        },
        [this](QList<FilterChoices::Choice> choices) {
            FilterChoices::refill(m_marketplaceCombo, tr("All marketplaces"), choices);
        });
}

void OrdersPage::applyFilter()
{
    OrderFilter filter;
    filter.search = m_filters->searchText();
    filter.status = m_statusCombo->currentData().toString();
    filter.marketplaceId = m_marketplaceCombo->currentData().toString();
    filter.from = m_filters->from();
    filter.to = m_filters->to();
    const OrderFilter current = m_model->filter();
    if (filter.search.trimmed() == current.search && filter.status == current.status
        && filter.marketplaceId == current.marketplaceId && filter.from == current.from && filter.to == current.to)
        return;
    m_model->setFilter(filter);
    m_detail->showOrder(QString());
}

void OrdersPage::showCurrentOrder()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_detail->showOrder(current.isValid() ? m_model->orderAt(current.row()).id : QString());
}

void OrdersPage::updateCount()
{
    QString text;
    const int total = m_model->totalCount();
    const OrderFilter filter = m_model->filter();
    const bool filtered = !filter.search.isEmpty() || !filter.status.isEmpty() || !filter.marketplaceId.isEmpty()
                          || filter.from.isValid() || filter.to.isValid();
    if (!m_model->hasReader())
        text = tr("No orders downloaded yet");
    else if (m_model->isCountCapped()) // more than the cap: the exact count follows
        text = filtered ? tr("%1+ matching orders").arg(QLocale().toString(total))
                        : tr("%1+ orders").arg(QLocale().toString(total));
    else if (filtered)
        text = total == 1 ? tr("1 matching order") : tr("%1 matching orders").arg(QLocale().toString(total));
    else
        text = total == 1 ? tr("1 order") : tr("%1 orders").arg(QLocale().toString(total));
    m_filters->setCountText(text);
}

} // namespace sp
