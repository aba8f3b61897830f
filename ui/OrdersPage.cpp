#include "OrdersPage.h"

#include "OrdersModel.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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
    , m_countLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new OrdersModel(this))
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
    m_countLabel->setObjectName(QStringLiteral("ordersCountLabel"));

    m_table->setObjectName(QStringLiteral("ordersTable"));
    m_table->setAccessibleName(tr("Orders"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
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

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(m_searchEdit, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearch(m_searchEdit->text()); });
    m_reloadDelay.setSingleShot(true);
    m_reloadDelay.setInterval(kReloadDelayMs);
    connect(&m_reloadDelay, &QTimer::timeout, m_model, &OrdersModel::reload);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrdersPage::updateCount);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(m_countLabel);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);
    updateCount();
}

void OrdersPage::setQuery(CacheQuery* query)
{
    m_reloadDelay.stop();
    m_model->setQuery(query);
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

void OrdersPage::updateCount()
{
    QString text;
    const int total = m_model->totalCount();
    if (!m_model->hasQuery())
        text = tr("No orders downloaded yet");
    else if (!m_model->search().isEmpty())
        text = total == 1 ? tr("1 matching order") : tr("%1 matching orders").arg(QLocale().toString(total));
    else
        text = total == 1 ? tr("1 order") : tr("%1 orders").arg(QLocale().toString(total));
    m_countLabel->setText(text);
    m_countLabel->setAccessibleName(text);
}

} // namespace sp
