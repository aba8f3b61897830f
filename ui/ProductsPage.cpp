#include "ProductsPage.h"

#include "MoneyText.h"
#include "ColumnFit.h"
#include "ColumnSamples.h"
#include "PageHeading.h"
#include "ProductsModel.h"
#include "SystemClock.h"
#include "TableColumnState.h"
#include "TableFilterBar.h"
#include "RecordTable.h"
#include "auth/Session.h"
#include "cache/CacheQuery.h"
#include "cache/ConfirmedRows.h"
#include "cache/CostGapQuery.h"
#include "cache/CacheReader.h"
#include "account/UnitCostClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace sp {

namespace {
constexpr int kReloadDelayMs = 1000;

// "12.34", "12,34" or "12" in cents; -1 when it is not an amount (exact: no floating point).
qint64 centsFrom(const QString& text)
{
    static const QRegularExpression amount(QStringLiteral("^\\s*(\\d{1,9})(?:[.,](\\d{1,2}))?\\s*$"));
    const QRegularExpressionMatch match = amount.match(text);
    if (!match.hasMatch())
        return -1;
    QString fraction = match.captured(2);
    while (fraction.size() < 2)
        fraction.append(QLatin1Char('0'));
    return match.captured(1).toLongLong() * 100 + fraction.toLongLong();
}
} // namespace

ProductsPage::ProductsPage(QWidget* parent)
    : QWidget(parent)
    , m_clock(systemClock())
    , m_filters(new TableFilterBar(QStringLiteral("products"), tr("Search products"),
                                   tr("Search by SKU, ASIN or title"), this))
    , m_table(new QTableView(this))
    , m_model(new ProductsModel(this))
    , m_skuLabel(new QLabel(this))
    , m_currencyCombo(new QComboBox(this))
    , m_costEdit(new QLineEdit(this))
    , m_fromEdit(new QDateEdit(this))
    , m_saveButton(new QPushButton(tr("&Save unit cost"), this))
    , m_costMessage(new QLabel(this))
    , m_missingCostCheck(new QCheckBox(tr("Sold wi&thout a cost"), this))
    , m_confirmed(new ConfirmedUnitCosts(this))
{
    setObjectName(QStringLiteral("productsPage"));
    auto* heading = new PageHeading(tr("Products and inventory"), QStringLiteral("productsHeading"), this);

    setUpRecordTable(m_table, m_model, QStringLiteral("productsTable"), tr("Products"), ProductsModel::SkuColumn,
                     Qt::AscendingOrder);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection); // the unit cost box edits one product
    const QStringList count = ColumnSamples::number(5);
    auto* fit = new ColumnFit(m_table, {{ProductsModel::SkuColumn, {{QStringLiteral("AA-AAA-0000")}}},
                                        {ProductsModel::AsinColumn, {{QStringLiteral("B0AAAAAAAA")}}},
                                        {ProductsModel::TitleColumn, {{QString(40, QLatin1Char('x'))}, true}},
                                        {ProductsModel::FulfillableColumn, {count}},
                                        {ProductsModel::InboundColumn, {count}},
                                        {ProductsModel::ReservedColumn, {count}},
                                        {ProductsModel::UnfulfillableColumn, {count}},
                                        {ProductsModel::UnitCostColumn,
                                         {{ProductsModel::moreCurrencies(ColumnSamples::money().value(0), 1)}, true}}});
    m_columns = new TableColumnState(m_table, QStringLiteral("tables/products/header"), this);
    m_columns->setFit(fit);
    keepSortIndicatorHonest(m_table, &ProductsModel::isSortable,
                            [] { return std::pair(int(ProductsModel::SkuColumn), Qt::AscendingOrder); });

    auto* costBox = new QGroupBox(tr("Unit cost of the chosen product"), this);
    costBox->setObjectName(QStringLiteral("unitCostBox"));
    m_skuLabel->setObjectName(QStringLiteral("unitCostSkuLabel"));
    m_currencyCombo->setObjectName(QStringLiteral("unitCostCurrencyCombo"));
    m_currencyCombo->setAccessibleName(tr("Currency of the unit cost"));
    m_costEdit->setObjectName(QStringLiteral("unitCostEdit"));
    m_costEdit->setAccessibleName(tr("Unit cost"));
    m_costEdit->setPlaceholderText(tr("e.g. 4.20"));
    m_fromEdit->setObjectName(QStringLiteral("unitCostFromEdit"));
    m_fromEdit->setAccessibleName(tr("Unit cost applies from"));
    m_fromEdit->setCalendarPopup(true);
    m_fromEdit->setDate(m_clock->nowUtc().date());
    m_saveButton->setObjectName(QStringLiteral("unitCostSaveButton"));
    m_saveButton->setAccessibleName(tr("Save unit cost"));
    m_costMessage->setObjectName(QStringLiteral("unitCostMessage"));
    m_costMessage->setWordWrap(true);
    // Two rows under the table, so the table has the page's width for its columns.
    auto* fields = new QGridLayout;
    auto addField = [&](const QString& text, QWidget* field, int row, int column) {
        auto* label = new QLabel(text, costBox);
        label->setBuddy(field);
        fields->addWidget(label, row, 2 * column);
        fields->addWidget(field, row, 2 * column + 1);
    };
    addField(tr("Product:"), m_skuLabel, 0, 0);
    addField(tr("&Currency:"), m_currencyCombo, 0, 1);
    addField(tr("Cost per &unit:"), m_costEdit, 1, 0);
    addField(tr("Applies &from:"), m_fromEdit, 1, 1);
    fields->addWidget(m_saveButton, 1, 4);
    fields->setColumnStretch(1, 1);
    fields->setColumnStretch(3, 1);
    auto* form = new QVBoxLayout(costBox);
    form->addLayout(fields);
    form->addWidget(m_costMessage);

    // Issue 16: the products whose sales no unit cost covers, the ones that earn most first.
    m_missingCostCheck->setObjectName(QStringLiteral("missingCostFilter"));
    m_missingCostCheck->setAccessibleName(tr("Only products sold without a unit cost"));
    m_missingCostCheck->setToolTip(tr("Only the products sold without a unit cost for the day of the sale, "
                                      "highest revenue first: their cost of goods is incomplete."));
    m_filters->addTrailing(m_missingCostCheck);
    connect(m_missingCostCheck, &QCheckBox::toggled, this, &ProductsPage::setMissingCostOnly);
    connect(m_currencyCombo, &QComboBox::currentTextChanged, this, &ProductsPage::defaultFromDate);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, [this] { m_fromChosen = !m_settingDefaultFrom; });
    connect(m_confirmed, &ConfirmedUnitCosts::written, this, &ProductsPage::onCostStoredLocally);
    connect(m_confirmed, &ConfirmedUnitCosts::failed, this, [this] {
        setCostMessage(tr("Saved the unit cost of %1. Cost of goods follows after the next sync.").arg(m_savedSku));
    });
    connect(m_filters, &TableFilterBar::searchChanged, this, [this] { m_model->setSearch(m_filters->searchText()); });
    m_reloadDelay.setSingleShot(true);
    m_reloadDelay.setInterval(kReloadDelayMs);
    connect(&m_reloadDelay, &QTimer::timeout, this, [this] {
        fillCurrencies();
        m_model->reload();
    });
    connect(m_model, &ProductsModel::countChanged, this, &ProductsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProductsPage::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProductsPage::onCurrentProductChanged);
    connect(m_saveButton, &QPushButton::clicked, this, &ProductsPage::saveUnitCost);
    connect(m_costEdit, &QLineEdit::returnPressed, this, &ProductsPage::saveUnitCost);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(costBox);
    onCurrentProductChanged();
    updateCount();
}

void ProductsPage::setReader(CacheReader* reader)
{
    m_reloadDelay.stop();
    m_reader = reader;
    fillCurrencies();
    m_model->setReader(reader);
    onCurrentProductChanged();
}

void ProductsPage::setClock(const Clock* clock)
{
    m_clock = clock ? clock : systemClock();
    m_model->setClock(m_clock);
    if (m_sku.isEmpty()) { // a cost being typed keeps its date
        m_settingDefaultFrom = true;
        m_fromEdit->setDate(m_clock->nowUtc().date());
        m_settingDefaultFrom = false;
    }
}

void ProductsPage::setSettings(QSettings* settings) { m_columns->setSettings(settings); }

void ProductsPage::setSession(Session* session, bool online)
{
    if (m_session != session && m_client) {
        m_client->deleteLater(); // it saves through the previous session
        m_client = nullptr;
    }
    m_session = session;
    m_online = online;
    onCurrentProductChanged();
}

void ProductsPage::setCache(AccountCache* cache) { m_confirmed->setCache(cache); }

void ProductsPage::showMissingCosts()
{
    m_filters->searchEdit()->clear();
    m_model->setSearch(QString());
    m_missingCostCheck->setChecked(true);
}

void ProductsPage::setMissingCostOnly(bool only)
{
    // Ranked by revenue meanwhile: the header's sort indicator would say otherwise.
    m_table->horizontalHeader()->setSortIndicatorShown(!only);
    m_model->setMissingCostOnly(only);
    updateCount();
}

void ProductsPage::scheduleReload()
{
    if (!m_reloadDelay.isActive())
        m_reloadDelay.start();
}

QString ProductsPage::countText() const { return m_filters->countText(); }

QString ProductsPage::costMessage() const { return m_costMessage->text(); }

void ProductsPage::updateCount()
{
    const int total = m_model->totalCount();
    const QString text =
        !m_reader ? tr("No products downloaded yet")
        : m_model->missingCostOnly()
            ? (total == 0   ? tr("Every product sold has a unit cost")
               : total == 1 ? tr("1 product sold without a unit cost")
                            : tr("%1 products sold without a unit cost").arg(QLocale().toString(total)))
        : m_model->search().isEmpty()
            ? (total == 1 ? tr("1 product") : tr("%1 products").arg(QLocale().toString(total)))
        : total == 1 ? tr("1 matching product")
                     : tr("%1 matching products").arg(QLocale().toString(total));
    m_filters->setCountText(text);
}

void ProductsPage::fillCurrencies()
{
    if (!m_reader) {
        showCurrencies({});
        return;
    }
    m_reader->read<QStringList>(
        this, CacheReader::laneOf(this, "currencies"),
        [](const CacheQuery& query) {
            QStringList currencies;
            for (const MarketplaceRow& row : query.catalog().marketplaces()) {
                if (!currencies.contains(row.currency))
                    currencies << row.currency;
            }
            currencies.sort();
            return currencies;
        },
        [this](QStringList currencies) { showCurrencies(currencies); });
}

void ProductsPage::showCurrencies(const QStringList& currencies)
{
    const QString current = m_currencyCombo->currentText();
    m_currencyCombo->clear();
    m_currencyCombo->addItems(currencies);
    m_currencyCombo->setCurrentIndex(qMax(0, m_currencyCombo->findText(current)));
}

void ProductsPage::onCurrentProductChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QString sku = current.isValid() ? m_model->productAt(current.row()).sku : QString();
    if (sku != m_sku) {
        m_sku = sku;
        m_fromChosen = false; // another product: its own default day
        defaultFromDate();
    }
    m_skuLabel->setText(m_sku.isEmpty() ? tr("Choose a product in the table") : m_sku);
    const bool canSave = !m_sku.isEmpty() && m_session && m_online;
    m_saveButton->setEnabled(canSave);
    m_costEdit->setEnabled(!m_sku.isEmpty());
    if (!m_session || !m_online)
        setCostMessage(tr("Offline: unit costs are saved on the server, so entering one needs a connection."));
    else if (m_costMessage->property("offline").toBool())
        setCostMessage(QString());
    m_costMessage->setProperty("offline", !m_session || !m_online);
}

void ProductsPage::setCostMessage(const QString& text)
{
    m_costMessage->setText(text);
    m_costMessage->setAccessibleName(text);
}

void ProductsPage::saveUnitCost()
{
    if (m_sku.isEmpty())
        return;
    if (!m_session || !m_online) {
        setCostMessage(tr("Offline: unit costs are saved on the server, so entering one needs a connection."));
        return;
    }
    const qint64 cents = centsFrom(m_costEdit->text());
    if (cents < 0) {
        setCostMessage(tr("Enter the cost of one unit as an amount, e.g. 4.20."));
        m_costEdit->setFocus();
        return;
    }
    if (m_currencyCombo->currentText().isEmpty()) {
        setCostMessage(tr("Choose the currency of the unit cost."));
        return;
    }
    if (!m_client) {
        m_client = new UnitCostClient(m_session, this);
        // The server's answer goes into the cache at once (ConfirmedUnitCosts): the row and the
        // cost of goods show it now; the next sync brings the same row from the listing.
        connect(m_client, &UnitCostClient::stored, m_confirmed, &ConfirmedUnitCosts::write);
        connect(m_client, &UnitCostClient::finished, this, [this](const QString& sku, const ApiError& error) {
            m_saveButton->setEnabled(!m_sku.isEmpty() && m_session && m_online);
            m_savedSku = sku;
            if (error.ok())
                setCostMessage(tr("Saved the unit cost of %1. Updating the cost of goods...").arg(sku));
            else
                setCostMessage(tr("The unit cost of %1 was not saved: %2").arg(sku, error.userMessage()));
        });
    }
    m_saveButton->setEnabled(false);
    setCostMessage(tr("Saving..."));
    m_client->setUnitCost(m_sku, m_currencyCombo->currentText(), cents, m_fromEdit->date());
}

void ProductsPage::defaultFromDate()
{
    const QDate today = m_clock->nowUtc().date();
    auto setDefault = [this](QDate day) {
        if (m_fromChosen)
            return; // never overwrite the seller's own choice
        m_settingDefaultFrom = true;
        m_fromEdit->setDate(day);
        m_settingDefaultFrom = false;
    };
    const QString currency = m_currencyCombo->currentText();
    bool hasCost = false;
    for (const UnitCostRow& cost : m_model->unitCostsOf(m_sku))
        hasCost = hasCost || cost.currency == currency;
    if (m_sku.isEmpty() || currency.isEmpty() || hasCost || !m_reader) {
        setDefault(today);
        return;
    }
    // A first cost: from the SKU's first sale in that currency, so the past cost of goods is complete.
    m_reader->read<QDate>(
        this, CacheReader::laneOf(this, "firstSale"),
        [sku = m_sku, currency](const CacheQuery& query) { return CostGapQuery(query).firstSale(sku, currency); },
        [this, sku = m_sku, currency, today, setDefault](QDate first) {
            if (sku == m_sku && currency == m_currencyCombo->currentText())
                setDefault(first.isValid() && first < today ? first : today);
        });
}

void ProductsPage::onCostStoredLocally()
{
    setCostMessage(tr("Saved the unit cost of %1. The cost of goods includes it now.").arg(m_savedSku));
    // In the list of products sold without a cost the row stays, with its cost, until the list is
    // read again (a filter, a search, the next sync): a row vanishing under the pointer would confuse.
    if (m_model->missingCostOnly())
        m_model->reloadCosts();
    else
        m_model->reload();
    emit cacheChanged();
}

} // namespace sp
