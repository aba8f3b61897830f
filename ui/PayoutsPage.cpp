#include "PayoutsPage.h"

#include "AccountantFilesBar.h"
#include "MoneyText.h"
#include "NextPayoutLabel.h"
#include "PageHeading.h"
#include "ReadOnlyTable.h"
#include "ReadWhenShown.h"
#include "accounting/FeeVat.h"
#include "amazon/AmazonTerms.h"
#include "cache/CacheReader.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sp {

namespace {

enum Column { PeriodColumn, PaidColumn, AmountColumn, StatusColumn, AccountColumn };
enum PartColumn { PartColumn, EventsColumn, PartAmountColumn };
enum OrderColumn { OrderIdColumn, PurchasedColumn, OrderAmountColumn };

QDate dayOf(const QString& iso) { return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC().date(); }

QString dayText(const QString& iso)
{
    return iso.isEmpty() ? QString() : QLocale().toString(dayOf(iso), QLocale::ShortFormat);
}

} // namespace

PayoutsPage::PayoutsPage(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(makeReadOnlyTable(QStringLiteral("payoutsTable"), tr("Payouts"),
                                {tr("Period"), tr("Paid on"), tr("Amount"), tr("Status"), tr("Account")}, this,
                                {StatusColumn}))
    , m_breakdownTitle(new QLabel(this))
    , m_breakdown(makeReadOnlyTable(QStringLiteral("payoutBreakdownTable"), tr("What the payout is made of"),
                                    {tr("Part"), tr("Events"), tr("Amount")}, this, {PartColumn}))
    , m_tabs(new QTabWidget(this))
    , m_ordersLabel(new QLabel(this))
    , m_orders(makeReadOnlyTable(QStringLiteral("payoutOrdersTable"), tr("Orders the payout settles"),
                                 {tr("Order"), tr("Purchased"), tr("Amount")}, this, {OrderIdColumn}))
    , m_difference(new QLabel(this))
    , m_files(new AccountantFilesBar(this))
    , m_whenShown(new ReadWhenShown(this, [this] { readList(); }))
{
    setObjectName(QStringLiteral("payoutsPage"));
    auto* heading = new PageHeading(tr("Payouts"), QStringLiteral("payoutsHeading"), this);
    m_summary->setObjectName(QStringLiteral("payoutsSummaryLabel"));
    m_summary->setWordWrap(true);
    m_breakdownTitle->setObjectName(QStringLiteral("payoutBreakdownTitle"));
    m_breakdownTitle->setWordWrap(true);
    m_difference->setObjectName(QStringLiteral("payoutDifferenceLabel"));
    m_difference->setWordWrap(true);
    m_difference->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_breakdown->setSelectionMode(QAbstractItemView::NoSelection);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || row >= m_payouts.size())
            return;
        m_selectedId = m_payouts.at(row).id;
        readBreakdown();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_breakdownTitle);
    // The parts and the orders share one place (the page fits 1024x700 in every language).
    m_tabs->setObjectName(QStringLiteral("payoutBreakdownTabs"));
    m_tabs->addTab(m_breakdown, tr("Parts"));
    auto* ordersTab = new QWidget(m_tabs);
    auto* ordersLayout = new QVBoxLayout(ordersTab);
    ordersLayout->setContentsMargins(0, 0, 0, 0);
    m_ordersLabel->setObjectName(QStringLiteral("payoutOrdersLabel"));
    m_ordersLabel->setWordWrap(true);
    ordersLayout->addWidget(m_ordersLabel);
    ordersLayout->addWidget(m_orders, 1);
    m_orders->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tabs->addTab(ordersTab, tr("Orders"));
    layout->addWidget(m_tabs, 2);
    layout->addWidget(m_difference);
    layout->addWidget(m_files);
    connect(m_files, &AccountantFilesBar::setupChanged, this, [this] { showBreakdown(m_shown); });
    showList({});
}

void PayoutsPage::setReader(CacheReader* reader)
{
    m_reader = reader;
    if (!reader) {
        m_whenShown->cancel();
        readList();
    } else {
        m_whenShown->request();
    }
}

void PayoutsPage::setSettings(QSettings* settings) { m_files->setSettings(settings); }

void PayoutsPage::scheduleReload() { m_whenShown->request(); }

void PayoutsPage::readList()
{
    if (!m_reader) {
        m_loading = false;
        showList({});
        return;
    }
    m_loading = true;
    m_reader->read<QList<PayoutRow>>(
        this, CacheReader::laneOf(this, "payouts"), [](const CacheQuery& query) { return PayoutsQuery(query).list(); },
        [this](QList<PayoutRow> rows) { showList(rows); });
}

void PayoutsPage::readBreakdown()
{
    if (!m_reader || m_selectedId.isEmpty())
        return;
    m_loading = true;
    m_reader->read<PayoutBreakdown>(
        this, CacheReader::laneOf(this, "breakdown"),
        [id = m_selectedId](const CacheQuery& query) { return PayoutsQuery(query).breakdown(id); },
        [this](PayoutBreakdown breakdown) {
            showBreakdown(breakdown);
            if (breakdown.found)
                readOrders(); // a read of its own: the parts show without waiting for the orders
        });
}

void PayoutsPage::readOrders()
{
    m_reader->read<PayoutOrders>(
        this, CacheReader::laneOf(this, "orders"),
        [id = m_shown.payout.id](const CacheQuery& query) { return PayoutsQuery(query).orders(id, kOrderRows); },
        [this, id = m_shown.payout.id](PayoutOrders orders) {
            if (id != m_shown.payout.id)
                return; // another payout was opened meanwhile
            m_shown.settled = orders;
            m_ordersFor = id;
            showOrders(m_shown);
            emit ordersShown();
        });
}

QString PayoutsPage::statusText(const PayoutRow& p)
{
    if (p.status == QLatin1String("open"))
        return tr("Open: still growing");
    if (p.fundTransferStatus == QLatin1String("Succeeded"))
        return tr("Paid");
    if (p.fundTransferStatus == QLatin1String("Processing"))
        return tr("On its way");
    if (p.fundTransferStatus == QLatin1String("NotApplicable"))
        return tr("Nothing to pay");
    return tr("Closed");
}

QString PayoutsPage::paidText(const PayoutRow& p)
{
    // An open period: about when its money comes, as the dashboard says (NextPayoutLabel).
    if (p.fundTransferDate.isEmpty())
        return p.status == QLatin1String("open")
                   ? tr("about %1 (expected)").arg(QLocale().toString(NextPayoutLabel::expectedDay(p), QLocale::ShortFormat))
                   : QString();
    // On its way: the day it is expected, said so.
    return p.fundTransferStatus == QLatin1String("Succeeded") ? dayText(p.fundTransferDate)
                                                              : tr("%1 (expected)").arg(dayText(p.fundTransferDate));
}

QString PayoutsPage::periodText(const PayoutRow& p)
{
    // The period's end is exclusive: its last day is the day before.
    const QDate last = dayOf(p.periodEnd).addDays(-1);
    return tr("%1 – %2").arg(dayText(p.periodStart), QLocale().toString(last, QLocale::ShortFormat));
}

QString PayoutsPage::partText(const PayoutLine& line)
{
    switch (line.part) {
    case PayoutPart::Sales:
        return tr("Sales: %1").arg(AmazonTerms::charge(line.charge));
    case PayoutPart::Refunds:
        return tr("Refunds: %1").arg(AmazonTerms::charge(line.charge));
    case PayoutPart::Fee:
        return tr("Amazon fee: %1").arg(AmazonTerms::charge(line.charge));
    case PayoutPart::Advertising:
        return tr("Advertising");
    case PayoutPart::Reimbursements:
        return tr("Reimbursements");
    case PayoutPart::ReserveReleased:
        return tr("Reserve released from the previous payout");
    case PayoutPart::ReserveHeld:
        return tr("Reserve held back by Amazon");
    case PayoutPart::Other:
        break;
    }
    return tr("Other: %1, %2").arg(AmazonTerms::eventType(line.type), AmazonTerms::charge(line.charge));
}

void PayoutsPage::showList(const QList<PayoutRow>& rows)
{
    m_loading = false;
    m_payouts = rows;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(rows.size()));
    int selected = -1;
    for (int row = 0; row < rows.size(); ++row) {
        const PayoutRow& p = rows.at(row);
        m_table->setItem(row, PeriodColumn, readOnlyCell(periodText(p)));
        m_table->setItem(row, PaidColumn, readOnlyCell(paidText(p)));
        m_table->setItem(row, AmountColumn, readOnlyCell(MoneyText::format(p.originalTotalCents, p.currency), true));
        auto* status = readOnlyCell(statusText(p));
        status->setToolTip(AmazonTerms::apiHint(p.fundTransferStatus));
        m_table->setItem(row, StatusColumn, status);
        m_table->setItem(row, AccountColumn, readOnlyCell(tr("…%1").arg(p.accountTail)));
        if (p.id == m_selectedId)
            selected = row;
    }
    m_summary->setText(!m_reader          ? tr("No payouts downloaded yet.")
                       : rows.isEmpty()   ? tr("No payouts yet: Amazon pays about every 14 days.")
                       : rows.size() == 1 ? tr("1 payout")
                                          : tr("%1 payouts").arg(QLocale().toString(rows.size())));
    if (selected < 0 && !rows.isEmpty())
        selected = 0;
    emit payoutsShown();
    if (selected < 0) {
        m_selectedId.clear();
        showBreakdown({});
        return;
    }
    m_table->setCurrentCell(selected, PeriodColumn);
    m_selectedId = rows.at(selected).id;
    readBreakdown();
}

void PayoutsPage::showBreakdown(const PayoutBreakdown& b)
{
    m_loading = false;
    m_shown = b;
    m_ordersFor.clear(); // its orders follow in a read of their own
    m_files->setBreakdown(b);
    showOrders(b);
    m_breakdown->setRowCount(b.found ? int(b.lines.size()) + 1 : 0);
    if (!b.found) {
        m_breakdownTitle->setText(tr("Select a payout to see what it is made of."));
        m_difference->clear();
        emit breakdownShown();
        return;
    }
    const QString currency = b.payout.currency;
    for (int row = 0; row < b.lines.size(); ++row) {
        const PayoutLine& line = b.lines.at(row);
        auto* part = readOnlyCell(partText(line));
        part->setToolTip(line.charge.isEmpty() ? QString() : AmazonTerms::apiHint(line.charge));
        m_breakdown->setItem(row, PartColumn, part);
        m_breakdown->setItem(row, EventsColumn,
                             readOnlyCell(line.events ? QLocale().toString(line.events) : QString(), true));
        QString amount = MoneyText::format(line.cents, currency);
        const int vatRate = m_files->setup().feeVatRateBp;
        if (vatRate > 0 && (line.part == PayoutPart::Fee || line.part == PayoutPart::Advertising))
            amount = tr("%1 (net %2)").arg(amount, MoneyText::format(FeeVat::split(line.cents, vatRate).netCents, currency));
        m_breakdown->setItem(row, PartAmountColumn, readOnlyCell(amount, true));
    }
    const int total = int(b.lines.size());
    m_breakdown->setItem(total, PartColumn, readOnlyCell(tr("Payout")));
    m_breakdown->setItem(total, EventsColumn, readOnlyCell(QLocale().toString(b.cachedEvents), true));
    m_breakdown->setItem(total, PartAmountColumn,
                         readOnlyCell(MoneyText::format(b.payout.originalTotalCents, currency), true));
    QFont bold = m_breakdown->font();
    bold.setBold(true);
    for (int column = 0; column < m_breakdown->columnCount(); ++column)
        m_breakdown->item(total, column)->setFont(bold);

    m_breakdownTitle->setText(
        tr("Payout of %1 — orders settled: %2").arg(periodText(b.payout), QLocale().toString(b.orders)));
    const QString difference = MoneyText::format(b.differenceCents, currency);
    QString text;
    if (b.differenceCents == 0)
        text = tr("Difference: %1 — matches the payout.").arg(difference);
    else if (b.cachedEvents != b.payout.eventCount)
        text = tr("Difference: %1 — this computer has %2 of the payout's %3 events; the next sync downloads the "
                  "rest.")
                   .arg(difference)
                   .arg(b.cachedEvents)
                   .arg(b.payout.eventCount);
    else
        text = tr("Difference: %1 — the events do not add up to the amount Amazon reports. Sync again; if it "
                  "stays, create a support bundle (Help menu).")
                   .arg(difference);
    if (b.payout.status == QLatin1String("open"))
        text += QLatin1Char(' ') + tr("The period is still open: the amount grows until it ends.");
    m_difference->setText(text);
    m_difference->setAccessibleName(text);
    emit breakdownShown();
}

QString PayoutsPage::differenceText() const { return m_difference->text(); }

void PayoutsPage::showOrders(const PayoutBreakdown& b)
{
    const QList<PayoutOrder>& rows = b.settled.rows;
    m_orders->setRowCount(b.found ? int(rows.size()) : 0);
    for (int row = 0; b.found && row < rows.size(); ++row) {
        const PayoutOrder& o = rows.at(row);
        m_orders->setItem(row, OrderIdColumn, readOnlyCell(o.orderId));
        m_orders->setItem(row, PurchasedColumn, readOnlyCell(dayText(o.purchaseDate)));
        auto* amount = readOnlyCell(MoneyText::format(o.cents, b.payout.currency), true);
        amount->setToolTip(o.events == 1 ? tr("1 event of this order in the payout")
                                         : tr("%1 events of this order in the payout").arg(QLocale().toString(o.events)));
        m_orders->setItem(row, OrderAmountColumn, amount);
    }
    const QString total = QLocale().toString(b.settled.total);
    m_ordersLabel->setText(!b.found                         ? QString()
                           : b.settled.total == 0            ? tr("No orders in this payout.")
                           : rows.size() < b.settled.total   ? tr("First %1 of %2 orders (by order number).")
                                                                 .arg(QLocale().toString(rows.size()), total)
                           : b.settled.total == 1            ? tr("1 order")
                                                             : tr("%1 orders").arg(total));
    m_ordersLabel->setToolTip(tr("What this payout holds for each order: the sum of the order's events in it "
                                 "(the sale, Amazon's fees, refunds). The purchase day is empty when this computer does not have the "
                                 "order."));
}

QString PayoutsPage::ordersText() const { return m_ordersLabel->text(); }

} // namespace sp
