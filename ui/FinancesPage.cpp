#include "FinancesPage.h"
#include "FilterChoices.h"

#include "FinancialEventsModel.h"
#include "MoneyText.h"
#include "TableColumnState.h"
#include "TableNames.h"
#include "cache/CacheQuery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace sp {

namespace {
constexpr int kSearchDelayMs = 250;
constexpr int kReloadDelayMs = 1000;
} // namespace

FinancesPage::FinancesPage(QWidget* parent)
    : QWidget(parent)
    , m_searchEdit(new QLineEdit(this))
    , m_typeCombo(new QComboBox(this))
    , m_marketplaceCombo(new QComboBox(this))
    , m_dateCheck(new QCheckBox(tr("Posted from"), this))
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
    , m_countLabel(new QLabel(this))
    , m_totalsLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new FinancialEventsModel(this))
{
    setObjectName(QStringLiteral("financesPage"));
    auto* heading = new QLabel(tr("Finances"), this);
    heading->setObjectName(QStringLiteral("financesHeading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);

    m_searchEdit->setObjectName(QStringLiteral("financesSearchEdit"));
    m_searchEdit->setAccessibleName(tr("Search financial events"));
    m_searchEdit->setPlaceholderText(tr("Search by order id, SKU or event id"));
    m_searchEdit->setClearButtonEnabled(true);
    m_typeCombo->setObjectName(QStringLiteral("financesTypeCombo"));
    m_typeCombo->setAccessibleName(tr("Event type"));
    m_marketplaceCombo->setObjectName(QStringLiteral("financesMarketplaceCombo"));
    m_marketplaceCombo->setAccessibleName(tr("Marketplace"));
    m_dateCheck->setObjectName(QStringLiteral("financesDateCheck"));
    m_dateCheck->setAccessibleName(tr("Filter by posting date"));
    m_fromEdit->setObjectName(QStringLiteral("financesFromEdit"));
    m_fromEdit->setAccessibleName(tr("Posted from"));
    m_toEdit->setObjectName(QStringLiteral("financesToEdit"));
    m_toEdit->setAccessibleName(tr("Posted until"));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_fromEdit->setDate(today.addDays(-29));
    m_toEdit->setDate(today);
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_countLabel->setObjectName(QStringLiteral("financesCountLabel"));
    m_totalsLabel->setObjectName(QStringLiteral("financesTotalsLabel"));
    m_totalsLabel->setWordWrap(true);
    m_totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_table->setObjectName(QStringLiteral("financesTable"));
    m_table->setAccessibleName(tr("Financial events"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    nameTableParts(m_table);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(FinancialEventsModel::PostedColumn, Qt::DescendingOrder);
    m_columns = new TableColumnState(m_table, QStringLiteral("tables/finances/header"), this);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (!FinancialEventsModel::isSortable(column))
            m_table->horizontalHeader()->setSortIndicator(FinancialEventsModel::PostedColumn, Qt::DescendingOrder);
    });

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(m_searchEdit, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, &FinancesPage::applyFilter);
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, &FinancesPage::applyFilter);
    connect(m_marketplaceCombo, &QComboBox::currentIndexChanged, this, &FinancesPage::applyFilter);
    connect(m_dateCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_fromEdit->setEnabled(on);
        m_toEdit->setEnabled(on);
        applyFilter();
    });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &FinancesPage::applyFilter);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &FinancesPage::applyFilter);
    m_reloadDelay.setSingleShot(true);
    m_reloadDelay.setInterval(kReloadDelayMs);
    connect(&m_reloadDelay, &QTimer::timeout, this, [this] {
        fillChoices();
        m_model->reload();
    });
    connect(m_model, &FinancialEventsModel::countChanged, this, &FinancesPage::updateSummary);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(m_countLabel);
    layout->addLayout(searchRow);
    auto* filterRow = new QHBoxLayout;
    auto* typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_typeCombo);
    auto* marketplaceLabel = new QLabel(tr("&Marketplace:"), this);
    marketplaceLabel->setBuddy(m_marketplaceCombo);
    auto* toLabel = new QLabel(tr("to"), this);
    toLabel->setBuddy(m_toEdit);
    filterRow->addWidget(typeLabel);
    filterRow->addWidget(m_typeCombo);
    filterRow->addWidget(marketplaceLabel);
    filterRow->addWidget(m_marketplaceCombo);
    filterRow->addWidget(m_dateCheck);
    filterRow->addWidget(m_fromEdit);
    filterRow->addWidget(toLabel);
    filterRow->addWidget(m_toEdit);
    filterRow->addStretch(1);
    layout->addLayout(filterRow);
    layout->addWidget(m_totalsLabel);
    layout->addWidget(m_table, 1);
    fillChoices();
    updateSummary();
}

void FinancesPage::setQuery(CacheQuery* query)
{
    m_reloadDelay.stop();
    m_query = query;
    // Counting and summing millions of events is not done for a page nobody looks at: it
    // happens when the page is shown (showEvent).
    m_stale = query && !isVisible();
    if (m_stale)
        return;
    fillChoices();
    m_model->setQuery(query);
}

void FinancesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        fillChoices();
        m_model->setQuery(m_query);
    }
}

void FinancesPage::setSettings(QSettings* settings)
{
    m_columns->setSettings(settings);
}

void FinancesPage::scheduleReload()
{
    if (m_stale || (m_query && !isVisible())) {
        m_stale = m_query != nullptr; // read when shown
        return;
    }
    if (!m_reloadDelay.isActive())
        m_reloadDelay.start();
}

QString FinancesPage::countText() const
{
    return m_countLabel->text();
}

QString FinancesPage::totalsText() const
{
    return m_totalsLabel->text();
}

void FinancesPage::fillChoices()
{
    FilterChoices::refill(m_typeCombo, tr("All types"),
                          m_query ? FilterChoices::plain(m_query->financialEvents().types()) : QList<FilterChoices::Choice>());
    FilterChoices::refill(m_marketplaceCombo, tr("All marketplaces"),
                          m_query ? FilterChoices::marketplaces(m_query->catalog().marketplaces(), tr("%1 (%2)"))
                                  : QList<FilterChoices::Choice>());
}

void FinancesPage::applyFilter()
{
    m_searchDelay.stop();
    FinancialEventFilter filter;
    filter.search = m_searchEdit->text();
    filter.type = m_typeCombo->currentData().toString();
    filter.marketplaceId = m_marketplaceCombo->currentData().toString();
    if (m_dateCheck->isChecked()) {
        filter.from = m_fromEdit->date();
        filter.to = m_toEdit->date();
    }
    m_model->setFilter(filter);
}

void FinancesPage::updateSummary()
{
    const int total = m_model->totalCount();
    const QString count = !m_query ? tr("No financial events downloaded yet")
        : total == 1               ? tr("1 event")
                                   : tr("%1 events").arg(QLocale().toString(total));
    m_countLabel->setText(count);
    m_countLabel->setAccessibleName(count);
    QStringList parts;
    if (m_query) {
        for (const CurrencyAmount& amount : m_query->financialEvents().totals(m_model->filter()))
            parts << MoneyText::format(amount.cents, amount.currency);
    }
    const QString totals = parts.isEmpty() ? QString() : tr("Total: %1").arg(parts.join(QLatin1String("   ")));
    m_totalsLabel->setText(totals);
    m_totalsLabel->setAccessibleName(totals);
}

} // namespace sp
