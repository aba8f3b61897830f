#include "OrderDetailPanel.h"

#include "amazon/AmazonTerms.h"
#include "MoneyText.h"
#include "ReadOnlyTable.h"
#include "cache/CacheQuery.h"
#include "cache/CacheReader.h"

#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sp {

OrderDetailPanel::OrderDetailPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("orderDetailPanel"));
    setAccessibleName(tr("Order details"));
    m_title->setObjectName(QStringLiteral("orderDetailTitle"));
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_summary->setObjectName(QStringLiteral("orderDetailSummary"));
    m_summary->setWordWrap(true);
    m_items = makeReadOnlyTable(
        QStringLiteral("orderItemsTable"), tr("Items of the order"),
        {tr("SKU"), tr("ASIN"), tr("Title"), tr("Quantity"), tr("Price"), tr("Tax"), tr("Shipping"), tr("Promotion")},
        this, {0, 2});
    m_events = makeReadOnlyTable(QStringLiteral("orderEventsTable"), tr("Fees and refunds of the order"),
                                 {tr("Posted"), tr("Type"), tr("Charge"), tr("SKU"), tr("Amount")}, this, {2, 3});
    auto* itemsLabel = new QLabel(tr("Items"), this);
    auto* eventsLabel = new QLabel(tr("Fees, charges and refunds"), this);
    itemsLabel->setBuddy(m_items);
    eventsLabel->setBuddy(m_events);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(itemsLabel);
    layout->addWidget(m_items, 1);
    layout->addWidget(eventsLabel);
    layout->addWidget(m_events, 1);
    showOrder(QString());
}

void OrderDetailPanel::setReader(CacheReader* reader)
{
    m_reader = reader;
    showOrder(m_reader ? m_orderId : QString());
}

void OrderDetailPanel::showOrder(const QString& orderId)
{
    m_orderId = orderId;
    m_items->setRowCount(0);
    m_events->setRowCount(0);
    if (orderId.isEmpty() || !m_reader) {
        m_reading = false;
        if (m_reader)
            m_reader->cancel(CacheReader::laneOf(this, "order"));
        m_title->setText(tr("No order chosen"));
        m_summary->setText(tr("Choose an order to see its items, fees and refunds."));
        emit orderShown();
        return;
    }
    m_title->setText(tr("Order %1").arg(orderId));
    m_summary->setText(tr("Reading the order\u2026"));
    m_reading = true;
    using Rows = QPair<QList<OrderItemRow>, QList<FinancialEventRow>>;
    m_reader->read<Rows>(
        this, CacheReader::laneOf(this, "order"),
        [orderId](const CacheQuery& query) {
            return Rows{query.orders().items(orderId), query.orders().eventsOf(orderId)};
        },
        [this](Rows rows) {
            m_reading = false;
            fill(rows.first, rows.second);
            emit orderShown();
        });
}

void OrderDetailPanel::fill(const QList<OrderItemRow>& items, const QList<FinancialEventRow>& events)
{
    m_items->setRowCount(int(items.size()));
    auto money = [](qint64 cents, const QString& currency) {
        return cents < 0 ? tr("pending") : MoneyText::format(cents, currency);
    };
    // Items carry no currency: the order's events do (one currency per order).
    const QString currency = events.isEmpty() ? QString() : events.first().currency;
    for (int row = 0; row < items.size(); ++row) {
        const OrderItemRow& item = items.at(row);
        m_items->setItem(row, 0, readOnlyCell(item.sku));
        m_items->setItem(row, 1, readOnlyCell(item.asin));
        m_items->setItem(row, 2, readOnlyCell(item.title));
        m_items->setItem(row, 3, readOnlyCell(QLocale().toString(item.quantity), true));
        m_items->setItem(row, 4, readOnlyCell(money(item.itemPriceCents, currency), true));
        m_items->setItem(row, 5, readOnlyCell(money(item.itemTaxCents, currency), true));
        m_items->setItem(row, 6, readOnlyCell(money(item.shippingPriceCents, currency), true));
        m_items->setItem(row, 7, readOnlyCell(money(item.promotionDiscountCents, currency), true));
    }

    m_events->setRowCount(int(events.size()));
    QHash<QString, qint64> totals;
    QStringList currencies;
    for (int row = 0; row < events.size(); ++row) {
        const FinancialEventRow& event = events.at(row);
        m_events->setItem(row, 0, readOnlyCell(MoneyText::dateTime(event.postedAt)));
        QTableWidgetItem* type = readOnlyCell(AmazonTerms::eventType(event.type));
        type->setToolTip(AmazonTerms::apiHint(event.type)); // the API's word, for support
        m_events->setItem(row, 1, type);
        QTableWidgetItem* charge = readOnlyCell(AmazonTerms::charge(event.charge));
        charge->setToolTip(AmazonTerms::apiHint(event.charge));
        m_events->setItem(row, 2, charge);
        m_events->setItem(row, 3, readOnlyCell(event.sku));
        m_events->setItem(row, 4, readOnlyCell(MoneyText::format(event.amountCents, event.currency), true));
        if (!totals.contains(event.currency))
            currencies << event.currency;
        totals[event.currency] += event.amountCents;
    }
    QStringList parts;
    for (const QString& c : std::as_const(currencies))
        parts << MoneyText::format(totals.value(c), c);
    m_summary->setText(
        events.isEmpty() ? tr("Items: %1; nothing posted for this order yet.").arg(items.size())
                         : tr("Items: %1; posted in total: %2").arg(items.size()).arg(parts.join(QLatin1String(", "))));
}

} // namespace sp
