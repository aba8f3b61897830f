#include "OrdersPage.h"
#include "FilterChoices.h"

#include "OrderDetailPanel.h"
#include "OrdersModel.h"
#include "TableColumnState.h"
#include "cache/CacheQuery.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sp {

namespace {
constexpr int kSearchDelayMs = 250;  // type a few characters before the query runs
constexpr int kReloadDelayMs = 1000; // a sync commits many pages: refresh once per second at most
} // namespace

OrdersPage::OrdersPage(QWidget* parent)
    : QWidget(parent)
    , m_searchEdit(new QLineEdit(this))
    , m_statusCombo(new QComboBox(this))
    , m_marketplaceCombo(new QComboBox(this))
    , m_dateCheck(new QCheckBox(tr("Purchased from"), this))
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
    , m_countLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new OrdersModel(this))
    , m_detail(new OrderDetailPanel(this))
{
    setObjectName(QStringLiteral("ordersPage"));
    auto* heading = new QLabel(tr("Orders"), this);
    heading->setObjectName(QStringLiteral("ordersHeading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);

    m_searchEdit->setObjectName(QStringLiteral("ordersSearchEdit"));
    m_searchEdit->setAccessibleName(tr("Search orders"));
    m_searchEdit->setPlaceholderText(tr("Search by order id, SKU, ASIN or title"));
    m_searchEdit->setClearButtonEnabled(true);
    m_statusCombo->setObjectName(QStringLiteral("ordersStatusCombo"));
    m_statusCombo->setAccessibleName(tr("Order status"));
    m_marketplaceCombo->setObjectName(QStringLiteral("ordersMarketplaceCombo"));
    m_marketplaceCombo->setAccessibleName(tr("Marketplace"));
    m_dateCheck->setObjectName(QStringLiteral("ordersDateCheck"));
    m_dateCheck->setAccessibleName(tr("Filter by purchase date"));
    m_fromEdit->setObjectName(QStringLiteral("ordersFromEdit"));
    m_fromEdit->setAccessibleName(tr("Purchased from"));
    m_toEdit->setObjectName(QStringLiteral("ordersToEdit"));
    m_toEdit->setAccessibleName(tr("Purchased until"));
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_fromEdit->setDate(today.addDays(-29));
    m_toEdit->setDate(today);
    m_countLabel->setObjectName(QStringLiteral("ordersCountLabel"));
    auto* columnsButton = new QPushButton(tr("Columns..."), this);
    columnsButton->setObjectName(QStringLiteral("ordersColumnsButton"));
    columnsButton->setAccessibleName(tr("Choose the order columns"));

    m_table->setObjectName(QStringLiteral("ordersTable"));
    m_table->setAccessibleName(tr("Orders"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(OrdersModel::PurchaseDateColumn, Qt::DescendingOrder);
    // Widths from samples of the columns' content: measuring rows would load them all.
    const QFontMetrics metrics(m_table->font());
    const int padding = 3 * metrics.averageCharWidth();
    auto widthFor = [&](const QString& sample) { return metrics.horizontalAdvance(sample) + padding; };
    m_table->setColumnWidth(OrdersModel::IdColumn, widthFor(QStringLiteral("000-0000000-0000000")));
    m_table->setColumnWidth(OrdersModel::PurchaseDateColumn,
                            widthFor(QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)),
                                                        QLocale::ShortFormat)));
    m_table->setColumnWidth(OrdersModel::StatusColumn, widthFor(QStringLiteral("PendingAvailability")));
    m_table->setColumnWidth(OrdersModel::MarketplaceColumn, widthFor(QStringLiteral("A1F83G8C2ARO7P")));
    m_table->setColumnWidth(OrdersModel::ItemsColumn, widthFor(QStringLiteral("0000")));
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setAccessibleName(tr("Order columns"));
    m_table->verticalHeader()->setAccessibleName(tr("Order rows"));
    // The corner button selects every row; a screen reader must be able to say so.
    if (auto* corner = m_table->findChild<QAbstractButton*>())
        corner->setAccessibleName(tr("Select all orders"));
    m_columns = new TableColumnState(m_table, QStringLiteral("tables/orders/header"), this);
    // The items column is counted per row, not sortable in the database: keep the indicator honest.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder) {
                if (!OrdersModel::isSortable(column))
                    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
            });
    connect(columnsButton, &QPushButton::clicked, this, [this, columnsButton] {
        m_columns->showColumnMenu(columnsButton->mapToGlobal(QPoint(0, columnsButton->height())));
    });

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(m_searchEdit, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, &OrdersPage::applyFilter);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &OrdersPage::applyFilter);
    connect(m_marketplaceCombo, &QComboBox::currentIndexChanged, this, &OrdersPage::applyFilter);
    connect(m_dateCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_fromEdit->setEnabled(on);
        m_toEdit->setEnabled(on);
        applyFilter();
    });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &OrdersPage::applyFilter);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &OrdersPage::applyFilter);
    m_reloadDelay.setSingleShot(true);
    m_reloadDelay.setInterval(kReloadDelayMs);
    connect(&m_reloadDelay, &QTimer::timeout, this, [this] {
        fillChoices();
        m_model->reload();
        m_detail->showOrder(m_detail->orderId());
    });
    connect(m_model, &OrdersModel::countChanged, this, &OrdersPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrdersPage::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrdersPage::showCurrentOrder);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(m_countLabel);
    layout->addLayout(searchRow);
    auto* filterRow = new QHBoxLayout;
    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_statusCombo);
    auto* marketplaceLabel = new QLabel(tr("&Marketplace:"), this);
    marketplaceLabel->setBuddy(m_marketplaceCombo);
    auto* toLabel = new QLabel(tr("to"), this);
    toLabel->setBuddy(m_toEdit);
    filterRow->addWidget(statusLabel);
    filterRow->addWidget(m_statusCombo);
    filterRow->addWidget(marketplaceLabel);
    filterRow->addWidget(m_marketplaceCombo);
    filterRow->addWidget(m_dateCheck);
    filterRow->addWidget(m_fromEdit);
    filterRow->addWidget(toLabel);
    filterRow->addWidget(m_toEdit);
    filterRow->addStretch(1);
    filterRow->addWidget(columnsButton);
    layout->addLayout(filterRow);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("ordersSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    setTabOrder(m_searchEdit, m_statusCombo);
    setTabOrder(m_statusCombo, m_marketplaceCombo);
    setTabOrder(m_marketplaceCombo, m_dateCheck);
    setTabOrder(m_dateCheck, m_fromEdit);
    setTabOrder(m_fromEdit, m_toEdit);
    setTabOrder(m_toEdit, columnsButton);
    setTabOrder(columnsButton, m_table);
    fillChoices();
    updateCount();
}

void OrdersPage::setQuery(CacheQuery* query)
{
    m_reloadDelay.stop();
    m_query = query;
    fillChoices();
    m_detail->setQuery(query);
    m_detail->showOrder(QString());
    m_model->setQuery(query);
}

void OrdersPage::setSettings(QSettings* settings)
{
    m_columns->setSettings(settings);
}

void OrdersPage::scheduleReload()
{
    if (!m_reloadDelay.isActive())
        m_reloadDelay.start();
}

QString OrdersPage::countText() const
{
    return m_countLabel->text();
}

void OrdersPage::fillChoices()
{
    FilterChoices::refill(m_statusCombo, tr("All statuses"),
                          m_query ? FilterChoices::plain(m_query->orders().statuses()) : QList<FilterChoices::Choice>());
    FilterChoices::refill(m_marketplaceCombo, tr("All marketplaces"),
                          m_query ? FilterChoices::marketplaces(m_query->catalog().marketplaces(), tr("%1 (%2)"))
                                  : QList<FilterChoices::Choice>());
}

void OrdersPage::applyFilter()
{
    m_searchDelay.stop();
    OrderFilter filter;
    filter.search = m_searchEdit->text();
    filter.status = m_statusCombo->currentData().toString();
    filter.marketplaceId = m_marketplaceCombo->currentData().toString();
    if (m_dateCheck->isChecked()) {
        filter.from = m_fromEdit->date();
        filter.to = m_toEdit->date();
    }
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
    if (!m_model->hasQuery())
        text = tr("No orders downloaded yet");
    else if (filtered)
        text = total == 1 ? tr("1 matching order") : tr("%1 matching orders").arg(QLocale().toString(total));
    else
        text = total == 1 ? tr("1 order") : tr("%1 orders").arg(QLocale().toString(total));
    m_countLabel->setText(text);
    m_countLabel->setAccessibleName(text);
}

} // namespace sp
