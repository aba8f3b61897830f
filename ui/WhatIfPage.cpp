#include "WhatIfPage.h"

#include "Confirmation.h"
#include "PageHeading.h"
#include "ReadWhenShown.h"
#include "SystemClock.h"
#include "WhatIfChanges.h"
#include "WhatIfResults.h"
#include "cache/CacheReader.h"
#include "whatif/WhatIfQuery.h"
#include "whatif/WhatIfScenarios.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sp {

WhatIfPage::WhatIfPage(QWidget* parent)
    : QWidget(parent)
    , m_clock(systemClock())
    , m_scenarios(new WhatIfScenarios(this))
    , m_whenShown(new ReadWhenShown(this, [this] { readChoices(); }))
    , m_filter(new QLineEdit(this))
    , m_skus(new QListWidget(this))
    , m_changes(new WhatIfChanges(this))
    , m_error(new QLabel(this))
    , m_period(new QLabel(this))
    , m_results(WhatIfResults::makeTable(this))
    , m_name(new QLineEdit(this))
    , m_save(new QPushButton(tr("Save scenario"), this))
    , m_scenarioList(new QComboBox(this))
    , m_load(new QPushButton(tr("Load"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("whatIfPage"));
    auto* heading = new PageHeading(tr("What-if"), QStringLiteral("whatIfHeading"), this);
    auto* privacy = new QLabel(tr("Your scenarios are saved only on this computer, in your encrypted offline copy. "
                                  "They are never sent to the SellerPulse server or anywhere else."),
                               this);
    privacy->setObjectName(QStringLiteral("whatIfPrivacyNote"));
    privacy->setWordWrap(true);
    auto* method = new QLabel(
        tr("The next 30 days from the last 90 days' sales of the chosen SKUs. Units change by minus the elasticity "
           "times the price change in percent (elasticity 1.5 and a price 10 % higher: 15 % fewer units). Fees "
           "follow the units, refunds the revenue; advertising is the SKUs' share of each marketplace's "
           "advertising by revenue. Amounts apply to the sales in their currency."),
        this);
    method->setObjectName(QStringLiteral("whatIfMethodNote"));
    method->setWordWrap(true);
    m_filter->setObjectName(QStringLiteral("whatIfSkuFilter"));
    m_filter->setPlaceholderText(tr("Find a SKU or title"));
    m_filter->setAccessibleName(tr("Find a SKU or title"));
    m_filter->setClearButtonEnabled(true);
    m_skus->setObjectName(QStringLiteral("whatIfSkuList"));
    m_skus->setAccessibleName(tr("SKUs of the scenario"));
    // Long titles end in "…" (the whole one is the item's tooltip): the page never scrolls sideways.
    m_skus->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_skus->setTextElideMode(Qt::ElideRight);
    m_error->setObjectName(QStringLiteral("whatIfInputError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_period->setObjectName(QStringLiteral("whatIfPeriodLabel"));
    m_period->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("whatIfScenarioName"));
    m_name->setPlaceholderText(tr("Scenario name"));
    m_name->setAccessibleName(tr("Scenario name"));
    m_name->setMaxLength(WhatIfScenarios::kMaxNameLength);
    m_save->setObjectName(QStringLiteral("whatIfSaveButton"));
    m_save->setAccessibleName(m_save->text());
    m_scenarioList->setObjectName(QStringLiteral("whatIfScenarioList"));
    m_scenarioList->setAccessibleName(tr("Saved scenarios"));
    m_load->setObjectName(QStringLiteral("whatIfLoadButton"));
    m_load->setAccessibleName(m_load->text());
    m_delete->setObjectName(QStringLiteral("whatIfDeleteButton"));
    m_delete->setAccessibleName(m_delete->text());
    m_status->setObjectName(QStringLiteral("whatIfScenarioStatus"));
    m_status->setWordWrap(true);

    auto* left = new QVBoxLayout;
    left->addWidget(m_filter);
    left->addWidget(m_skus, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_changes);
    right->addWidget(m_error);
    right->addWidget(m_period);
    right->addWidget(m_results, 1);
    right->addWidget(method);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_name, 1);
    bar->addWidget(m_save);
    bar->addSpacing(12);
    bar->addWidget(m_scenarioList, 1);
    bar->addWidget(m_load);
    bar->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(privacy);
    layout->addLayout(columns, 1);
    layout->addLayout(bar);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, this, &WhatIfPage::filterSkus);
    connect(m_skus, &QListWidget::itemChanged, this, [this] { readHistory(); });
    connect(m_changes, &WhatIfChanges::changed, this, &WhatIfPage::recompute);
    connect(m_save, &QPushButton::clicked, this, &WhatIfPage::save);
    connect(m_load, &QPushButton::clicked, this, &WhatIfPage::loadChosen);
    connect(m_delete, &QPushButton::clicked, this, &WhatIfPage::deleteChosen);
    connect(m_scenarioList, &QComboBox::currentIndexChanged, this, [this] {
        m_load->setEnabled(m_scenarioList->currentIndex() >= 0);
        m_delete->setEnabled(m_scenarioList->currentIndex() >= 0);
    });
    connect(m_scenarios, &WhatIfScenarios::saved, this, [this](const QString& name) {
        m_status->setText(tr("Saved “%1” on this computer.").arg(name));
        readScenarios();
    });
    connect(m_scenarios, &WhatIfScenarios::removed, this, [this](const QString& name) {
        m_status->setText(tr("Deleted “%1”.").arg(name));
        readScenarios();
    });
    connect(m_scenarios, &WhatIfScenarios::failed, this, [this](const QString& message) {
        m_status->setText(message);
        emit scenarioFailed(message);
    });
    showScenarios({});
    recompute();
}

void WhatIfPage::setReader(CacheReader* reader)
{
    m_reader = reader;
    if (!reader) {
        m_whenShown->cancel();
        m_history.clear();
        recompute();
    } else {
        m_whenShown->request();
    }
}

void WhatIfPage::setCache(AccountCache* cache) { m_scenarios->setCache(cache); }

void WhatIfPage::setClock(const Clock* clock) { m_clock = clock ? clock : systemClock(); }

void WhatIfPage::scheduleReload() { m_whenShown->request(); }

QString WhatIfPage::inputError() const { return m_error->isVisible() ? m_error->text() : QString(); }

void WhatIfPage::readChoices()
{
    if (!m_reader)
        return;
    m_reader->read<WhatIfQuery::Choices>(
        this, CacheReader::laneOf(this, "choices"),
        [](const CacheQuery& query) { return WhatIfQuery(query).choices(); },
        [this](WhatIfQuery::Choices choices) {
            const QStringList before = chosenSkus();
            const QSet<QString> chosen(before.begin(), before.end());
            {
                const QSignalBlocker block(m_skus);
                m_skus->clear();
                for (const auto& [sku, title] : std::as_const(choices.products)) {
                    auto* item = new QListWidgetItem(tr("%1 – %2").arg(sku, title), m_skus);
                    item->setData(Qt::UserRole, sku);
                    item->setToolTip(item->text());
                    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                    item->setCheckState(chosen.contains(sku) ? Qt::Checked : Qt::Unchecked);
                }
            }
            filterSkus(m_filter->text());
            m_status->setText(choices.error);
            showScenarios(choices.scenarios);
            emit choicesShown();
            readHistory();
        });
}

void WhatIfPage::readScenarios()
{
    if (!m_reader)
        return;
    m_reader->read<WhatIfQuery::Choices>(
        this, CacheReader::laneOf(this, "scenarios"),
        [](const CacheQuery& query) { return WhatIfQuery(query).scenarios(); },
        [this](WhatIfQuery::Choices read) {
            if (!read.error.isEmpty())
                m_status->setText(read.error);
            showScenarios(read.scenarios);
            emit scenariosChanged();
        });
}

void WhatIfPage::readHistory()
{
    const QStringList skus = chosenSkus();
    if (!m_reader || skus.isEmpty()) {
        if (m_reader)
            m_reader->cancel(CacheReader::laneOf(this, "history"));
        m_history.clear();
        m_period->setText(tr("Choose one or more SKUs."));
        recompute();
        emit projectionShown();
        return;
    }
    const QDate today = m_clock->nowUtc().date();
    m_reader->read<WhatIfQuery::History>(
        this, CacheReader::laneOf(this, "history"),
        [skus, today](const CacheQuery& query) { return WhatIfQuery(query).history(skus, today); },
        [this](WhatIfQuery::History read) {
            m_history = read.currencies;
            QStringList currencies;
            qint64 uncosted = 0;
            for (const WhatIfHistory& h : std::as_const(m_history)) {
                currencies.append(h.currency);
                uncosted += h.uncostedUnits;
            }
            m_changes->setCurrencies(currencies);
            QString text = tr("From the sales of %1 – %2.")
                               .arg(QLocale().toString(read.from, QLocale::ShortFormat),
                                    QLocale().toString(read.to.addDays(-1), QLocale::ShortFormat));
            if (m_history.isEmpty())
                text += QLatin1Char(' ') + tr("The chosen SKUs sold nothing in these days.");
            if (uncosted > 0)
                text += QLatin1Char(' ')
                        + tr("Units sold without a unit cost: %1. Their cost of goods is missing.")
                              .arg(QLocale().toString(uncosted));
            m_period->setText(read.error.isEmpty() ? text : read.error);
            recompute();
            emit projectionShown();
        });
}

void WhatIfPage::recompute()
{
    WhatIfScenario changes;
    QString error;
    if (m_changes->read(&changes, &error)) {
        m_error->hide();
        m_lastChanges = changes;
    } else {
        // Said; the figures stay those of the last readable changes (for the SKUs chosen now).
        m_error->setText(error);
        m_error->show();
    }
    m_projection = WhatIfProjection::project(m_history, m_lastChanges);
    WhatIfResults::fill(m_results, m_projection);
}

QStringList WhatIfPage::chosenSkus() const
{
    QStringList skus;
    for (int row = 0; row < m_skus->count(); ++row)
        if (m_skus->item(row)->checkState() == Qt::Checked)
            skus.append(m_skus->item(row)->data(Qt::UserRole).toString());
    return skus;
}

void WhatIfPage::chooseSkus(const QStringList& skus)
{
    {
        const QSignalBlocker block(m_skus);
        for (int row = 0; row < m_skus->count(); ++row) {
            QListWidgetItem* item = m_skus->item(row);
            item->setCheckState(skus.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    readHistory();
}

void WhatIfPage::filterSkus(const QString& text)
{
    for (int row = 0; row < m_skus->count(); ++row)
        m_skus->item(row)->setHidden(!m_skus->item(row)->text().contains(text.trimmed(), Qt::CaseInsensitive));
}

void WhatIfPage::save()
{
    WhatIfScenario scenario;
    QString error;
    if (!m_changes->read(&scenario, &error)) {
        m_status->setText(error);
        return;
    }
    scenario.name = m_name->text().trimmed();
    scenario.skus = chosenSkus();
    scenario.savedAt = m_clock->nowUtc();
    m_status->setText(tr("Saving…"));
    m_scenarios->save(scenario);
}

void WhatIfPage::loadChosen()
{
    const int index = m_scenarioList->currentIndex();
    if (index < 0 || index >= m_saved.size())
        return;
    const WhatIfScenario scenario = m_saved.at(index);
    m_name->setText(scenario.name);
    m_changes->show(scenario);
    chooseSkus(scenario.skus);
    m_status->setText(tr("Loaded “%1”.").arg(scenario.name));
}

void WhatIfPage::deleteChosen()
{
    const int index = m_scenarioList->currentIndex();
    if (index < 0 || index >= m_saved.size())
        return;
    const QString name = m_saved.at(index).name;
    confirmDestructive(
        this, tr("Delete scenario"), tr("Delete the scenario “%1” from this computer?").arg(name), tr("Delete"),
        {QStringLiteral("whatIfDeleteConfirmation"), QStringLiteral("whatIfDeleteConfirm"),
         QStringLiteral("whatIfDeleteCancel"), QString(), QMessageBox::Warning, QMessageBox::DestructiveRole},
        [this, name] { m_scenarios->remove(name); });
}

void WhatIfPage::showScenarios(const QList<WhatIfScenario>& scenarios)
{
    const QString current = m_scenarioList->currentText();
    m_saved = scenarios;
    {
        const QSignalBlocker block(m_scenarioList);
        m_scenarioList->clear();
        for (const WhatIfScenario& s : scenarios)
            m_scenarioList->addItem(s.name);
        const int keep = m_scenarioList->findText(current);
        m_scenarioList->setCurrentIndex(keep >= 0 ? keep : (scenarios.isEmpty() ? -1 : 0));
    }
    m_load->setEnabled(m_scenarioList->currentIndex() >= 0);
    m_delete->setEnabled(m_scenarioList->currentIndex() >= 0);
}

} // namespace sp
