#include "FinancesPage.h"
#include "ColumnFit.h"
#include "ColumnSamples.h"
#include "FilterChoices.h"
#include "amazon/AmazonTerms.h"

#include "FinancialEventsModel.h"
#include "MoneyText.h"
#include "PageHeading.h"
#include "ReadWhenShown.h"
#include "TableColumnState.h"
#include "TableFilterBar.h"
#include "RecordTable.h"
#include "cache/CacheQuery.h"
#include "cache/CacheReader.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace sp {

namespace {
constexpr int kReloadDelayMs = 1000;
} // namespace

FinancesPage::FinancesPage(QWidget* parent)
    : QWidget(parent)
    , m_filters(new TableFilterBar(QStringLiteral("finances"), tr("Search financial events"),
                                   tr("Search by order id, SKU or event id"), this))
    , m_typeCombo(new QComboBox(this))
    , m_marketplaceCombo(new QComboBox(this))
    , m_totalsLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new FinancialEventsModel(this))
    , m_whenShown(new ReadWhenShown(this, [this] { readNow(); }))
{
    setObjectName(QStringLiteral("financesPage"));
    auto* heading = new PageHeading(tr("Finances"), QStringLiteral("financesHeading"), this);
    m_typeCombo->setObjectName(QStringLiteral("financesTypeCombo"));
    m_typeCombo->setAccessibleName(tr("Event type"));
    m_marketplaceCombo->setObjectName(QStringLiteral("financesMarketplaceCombo"));
    m_marketplaceCombo->setAccessibleName(tr("Marketplace"));
    m_totalsLabel->setObjectName(QStringLiteral("financesTotalsLabel"));
    m_totalsLabel->setWordWrap(true);
    m_totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    setUpRecordTable(m_table, m_model, QStringLiteral("financesTable"), tr("Financial events"),
                     FinancialEventsModel::PostedColumn, Qt::DescendingOrder);
    using Events = FinancialEventsModel;
    auto* fit = new ColumnFit(m_table, {{Events::PostedColumn, {ColumnSamples::dateTime()}},
                                        {Events::TypeColumn, {ColumnSamples::eventTypes(), true}},
                                        {Events::ChargeColumn, {ColumnSamples::charges(), true}},
                                        {Events::MarketplaceColumn, {ColumnSamples::stores(), true}},
                                        {Events::OrderColumn, {{QStringLiteral("000-0000000-0000000")}}},
                                        {Events::SkuColumn, {{QStringLiteral("AA-AAA-0000")}}},
                                        {Events::AmountColumn, {ColumnSamples::money()}}});
    m_columns = new TableColumnState(m_table, QStringLiteral("tables/finances/header"), this);
    m_columns->setFit(fit);
    keepSortIndicatorHonest(m_table, &FinancialEventsModel::isSortable,
                            [] { return std::pair(int(FinancialEventsModel::PostedColumn), Qt::DescendingOrder); });

    connect(m_filters, &TableFilterBar::searchChanged, this, &FinancesPage::applyFilter);
    connect(m_filters, &TableFilterBar::filtersChanged, this, &FinancesPage::applyFilter);
    m_reloadDelay.setSingleShot(true);
    m_reloadDelay.setInterval(kReloadDelayMs);
    connect(&m_reloadDelay, &QTimer::timeout, this, &FinancesPage::readNow);
    connect(m_model, &FinancialEventsModel::countChanged, this, &FinancesPage::updateSummary);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    m_filters->addChoice(tr("&Type:"), m_typeCombo);
    m_filters->addChoice(tr("&Marketplace:"), m_marketplaceCombo);
    m_filters->addDateRange(tr("Posted from"), tr("Filter by posting date"), tr("Posted from"), tr("to"),
                            tr("Posted until"));
    m_filters->addTrailing(nullptr);
    layout->addWidget(m_filters);
    layout->addWidget(m_totalsLabel);
    layout->addWidget(m_table, 1);
    fillChoices();
    updateSummary();
}

void FinancesPage::setReader(CacheReader* reader)
{
    m_reloadDelay.stop();
    m_reader = reader;
    if (!reader) { // empty at once
        m_whenShown->cancel();
        readNow();
    } else {
        m_whenShown->request(); // millions of events are not counted for a page nobody looks at
    }
}

void FinancesPage::readNow()
{
    fillChoices();
    if (m_modelReader == m_reader) {
        m_model->reload();
    } else {
        m_modelReader = m_reader;
        m_model->setReader(m_reader);
    }
}

void FinancesPage::setClock(const Clock* clock) { m_filters->setClock(clock); }

void FinancesPage::setSettings(QSettings* settings) { m_columns->setSettings(settings); }

void FinancesPage::scheduleReload()
{
    if (!isVisible()) {
        m_whenShown->request();
        return;
    }
    if (!m_reloadDelay.isActive())
        m_reloadDelay.start();
}

QString FinancesPage::countText() const { return m_filters->countText(); }

QString FinancesPage::totalsText() const { return m_totalsLabel->text(); }

void FinancesPage::fillChoices()
{
    if (!m_reader) {
        FilterChoices::refill(m_typeCombo, tr("All types"), {});
        FilterChoices::refill(m_marketplaceCombo, tr("All marketplaces"), {});
        return;
    }
    using Choices = QPair<QList<FilterChoices::Choice>, QList<FilterChoices::Choice>>;
    const QString pattern = tr("%1 (%2)");
    m_reader->read<Choices>(
        this, CacheReader::laneOf(this, "choices"),
        [pattern](const CacheQuery& query) {
            return Choices{FilterChoices::named(query.financialEvents().types(), &AmazonTerms::eventType),
                           FilterChoices::marketplaces(query.catalog().marketplaces(), pattern)};
        },
        [this](Choices choices) {
            FilterChoices::refill(m_typeCombo, tr("All types"), choices.first);
            FilterChoices::refill(m_marketplaceCombo, tr("All marketplaces"), choices.second);
        });
}

void FinancesPage::applyFilter()
{
    FinancialEventFilter filter;
    filter.search = m_filters->searchText();
    filter.type = m_typeCombo->currentData().toString();
    filter.marketplaceId = m_marketplaceCombo->currentData().toString();
    filter.from = m_filters->from();
    filter.to = m_filters->to();
    m_model->setFilter(filter);
}

void FinancesPage::updateSummary()
{
    const int total = m_model->totalCount();
    const bool capped = m_model->isCountCapped();
    const QString count = !m_reader    ? tr("No financial events downloaded yet")
                          : capped     ? tr("%1+ events").arg(QLocale().toString(total))
                          : total == 1 ? tr("1 event")
                                       : tr("%1 events").arg(QLocale().toString(total));
    m_filters->setCountText(count);
    if (!m_reader) {
        showTotals({});
        return;
    }
    if (capped) // a search past the cap: its totals are read with its exact count, not twice
        return;
    m_reader->read<QList<CurrencyAmount>>(
        this, CacheReader::laneOf(this, "totals"),
        [filter = m_model->filter()](const CacheQuery& query) { return query.financialEvents().totals(filter); },
        [this](QList<CurrencyAmount> amounts) { showTotals(amounts); });
}

void FinancesPage::showTotals(const QList<CurrencyAmount>& amounts)
{
    QStringList parts;
    for (const CurrencyAmount& amount : amounts)
        parts << MoneyText::format(amount.cents, amount.currency);
    const QString totals = parts.isEmpty() ? QString() : tr("Total: %1").arg(parts.join(QLatin1String("   ")));
    m_totalsLabel->setText(totals);
    m_totalsLabel->setAccessibleName(totals);
    emit totalsShown();
}

} // namespace sp
