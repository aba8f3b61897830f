#include "RestockPage.h"

#include "MoneyText.h"
#include "PageHeading.h"
#include "ReadOnlyTable.h"
#include "ReadWhenShown.h"
#include "RestockPurchaseList.h"
#include "SystemClock.h"
#include "auth/Session.h"
#include "cache/CacheReader.h"
#include "export/CsvReportWriter.h"
#include "restock/ConfirmedRestockSettings.h"
#include "restock/RestockSetting.h"
#include "restock/RestockSettingsClient.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sp {

namespace {
constexpr int kReloadDelayMs = 300;
enum Column {
    Sku,
    Title,
    Region,
    Urgency,
    V7,
    V30,
    V90,
    LastYear,
    Season,
    Fulfillable,
    Inbound,
    Cover,
    Lead,
    Safety,
    Quantity,
    Money,
    ColumnCount
};

QSpinBox* daysSpin(const QString& name, const QString& accessible, int minimum, QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setAccessibleName(accessible);
    spin->setRange(minimum, RestockSetting::kMaxDays);
    return spin;
}

QPushButton* button(const QString& text, const QString& name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(QString(text).remove(QLatin1Char('&'))); // without the mnemonic
    return b;
}
} // namespace

RestockPage::RestockPage(QWidget* parent)
    : QWidget(parent)
    , m_whenShown(new ReadWhenShown(this, [this] { reload(); }))
    , m_clock(systemClock())
    , m_offline(new QLabel(RestockSettingsClient::offlineMessage(), this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_defaultLead(daysSpin(QStringLiteral("restockDefaultLeadSpin"), tr("Default lead time in days"), 1, this))
    , m_defaultSafety(daysSpin(QStringLiteral("restockDefaultSafetySpin"), tr("Default safety days"), 0, this))
    , m_saveDefault(button(tr("Save &default"), QStringLiteral("restockDefaultSaveButton"), this))
    , m_skuLabel(new QLabel(this))
    , m_skuLead(daysSpin(QStringLiteral("restockSkuLeadSpin"), tr("Lead time of the chosen SKU in days"), 1, this))
    , m_skuSafety(daysSpin(QStringLiteral("restockSkuSafetySpin"), tr("Safety days of the chosen SKU"), 0, this))
    , m_saveSku(button(tr("Save for this &SKU"), QStringLiteral("restockSkuSaveButton"), this))
    , m_resetSku(button(tr("&Use the default"), QStringLiteral("restockSkuResetButton"), this))
    , m_csv(button(tr("Export purchase list as &CSV…"), QStringLiteral("restockCsvButton"), this))
    , m_xlsx(button(tr("Export purchase list as E&xcel…"), QStringLiteral("restockXlsxButton"), this))
    , m_confirmed(new ConfirmedRestockSettings(this))
    , m_job(new ExportJob(this))
{
    setObjectName(QStringLiteral("restockPage"));
    auto* heading = new PageHeading(tr("Restock"), QStringLiteral("restockHeading"), this);
    auto* intro = new QLabel(tr("When to reorder each SKU and how much, from its sales of the last 30 days, last "
                                "year's season, its stock and your lead time and safety days. Hover over a column "
                                "title for its formula."),
                             this);
    intro->setObjectName(QStringLiteral("restockIntro"));
    intro->setWordWrap(true);
    m_offline->setObjectName(QStringLiteral("restockOfflineMessage"));
    m_offline->setWordWrap(true);
    m_offline->hide();
    m_summary->setObjectName(QStringLiteral("restockSummary"));
    m_message->setObjectName(QStringLiteral("restockMessage"));
    m_message->setWordWrap(true);
    m_skuLabel->setObjectName(QStringLiteral("restockSkuLabel"));
    m_table =
        makeReadOnlyTable(QStringLiteral("restockTable"), tr("Restock plan"),
                          {tr("SKU"), tr("Title"), tr("Region"), tr("Urgency"), tr("7 days"), tr("30 days"),
                           tr("90 days"), tr("Last year"), tr("Season"), tr("Fulfillable"), tr("Inbound"),
                           tr("Days of cover"), tr("Lead time"), tr("Safety days"), tr("Quantity"), tr("Order cost")},
                          this, {0, 1, 2}); // SKU, title and region give room: the figures stay whole
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Sixteen columns do not fit a laptop's window: the 7- and 90-day and last year's rates are in the
    // 30-day rate's tooltip, the lead time and safety days in the quantity's and in the editors above
    // (and all in the exported purchase list), their columns hidden.
    for (const int column : {int(V7), int(V90), int(LastYear), int(Lead), int(Safety)})
        m_table->setColumnHidden(column, true);
    const QString hints[ColumnCount] = {
        QString(),
        QString(),
        QString(),
        RestockPurchaseList::reorderHint(),
        RestockPurchaseList::velocityHint(),
        RestockPurchaseList::velocityHint(),
        RestockPurchaseList::velocityHint(),
        tr("Units per day last year in the same weeks (52 weeks ago), over the coming lead time + safety days."),
        RestockPurchaseList::seasonHint(),
        QString(),
        QString(),
        RestockPurchaseList::coverHint(),
        tr("Days from ordering until the stock can be sold (yours for this SKU, or the default)."),
        tr("Days of stock kept in reserve on top of the lead time."),
        RestockPurchaseList::quantityHint(),
        RestockPurchaseList::moneyHint()};
    for (int c = 0; c < ColumnCount; ++c) {
        if (!hints[c].isEmpty())
            m_table->horizontalHeaderItem(c)->setToolTip(hints[c]);
    }
    m_saveDefault->setToolTip(tr("Lead time and safety days of every SKU without its own."));
    m_resetSku->setToolTip(tr("Remove this SKU's own setting: it follows the default again."));
    m_job->setLocale(locale());

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RestockPage::updateEditors);
    connect(m_saveDefault, &QPushButton::clicked, this, [this] {
        startWrite(tr("Saving the default…"));
        client()->setDefault(m_defaultLead->value(), m_defaultSafety->value());
    });
    connect(m_saveSku, &QPushButton::clicked, this, [this] {
        if (const RestockPlanner::Row* r = selected()) {
            startWrite(tr("Saving…"));
            client()->setSku(r->sku, m_skuLead->value(), m_skuSafety->value());
        }
    });
    connect(m_resetSku, &QPushButton::clicked, this, [this] {
        if (const RestockPlanner::Row* r = selected()) {
            startWrite(tr("Removing…"));
            client()->removeSku(r->sku);
        }
    });
    connect(m_csv, &QPushButton::clicked, this, [this] { exportTo(ExportJob::Format::Csv); });
    connect(m_xlsx, &QPushButton::clicked, this, [this] { exportTo(ExportJob::Format::Xlsx); });
    connect(m_job, &ExportJob::finished, this, [this](const ExportResult& result) {
        m_csv->setEnabled(true), m_xlsx->setEnabled(true);
        m_message->setText(result.isOk() ? tr("Purchase list saved to %1.").arg(QDir::toNativeSeparators(result.path))
                           : result.message.isEmpty() ? tr("Export cancelled.")
                                                      : result.message);
        emit exportFinished(result);
    });
    connect(m_confirmed, &ConfirmedRestockSettings::written, this, &RestockPage::reload);
    connect(m_confirmed, &ConfirmedRestockSettings::failed, this,
            [this] { m_message->setText(tr("Saved on the server; the plan follows after the next sync.")); });
    m_reloadDelay.setSingleShot(true);
    m_reloadDelay.setInterval(kReloadDelayMs);
    connect(&m_reloadDelay, &QTimer::timeout, this, [this] { m_whenShown->request(); });

    auto* defaults = new QHBoxLayout;
    defaults->addWidget(new QLabel(tr("Default lead time (days):"), this));
    defaults->addWidget(m_defaultLead);
    defaults->addWidget(new QLabel(tr("safety days:"), this));
    defaults->addWidget(m_defaultSafety);
    defaults->addWidget(m_saveDefault);
    defaults->addStretch(1);
    m_skuLabel->setWordWrap(true); // on a line of its own: the editors' row stays narrow
    auto* perSku = new QHBoxLayout;
    perSku->addWidget(m_skuLead);
    perSku->addWidget(m_skuSafety);
    perSku->addWidget(m_saveSku);
    perSku->addWidget(m_resetSku);
    perSku->addStretch(1);
    auto* exports = new QHBoxLayout;
    exports->addWidget(m_summary, 1);
    exports->addWidget(m_csv);
    exports->addWidget(m_xlsx);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_offline);
    layout->addLayout(defaults);
    layout->addWidget(m_skuLabel);
    layout->addLayout(perSku);
    layout->addWidget(m_table, 1);
    layout->addLayout(exports);
    layout->addWidget(m_message);
    updateEditors();
}

void RestockPage::setReader(CacheReader* reader)
{
    m_reader = reader;
    if (reader)
        m_whenShown->request(); // at start the dashboard's figures must not queue behind the plan
    else
        reload(); // the empty plan at once
}

void RestockPage::setSession(Session* session, bool online)
{
    if (m_session != session && m_client) {
        m_client->deleteLater(); // it writes through the previous session; its answer is dropped
        m_client = nullptr;
        if (m_writing)
            m_message->setText(tr("Not saved: the session changed meanwhile. Save again."));
        m_writing = false;
    }
    m_session = session;
    m_online = online;
    updateEditors();
}

void RestockPage::setCache(AccountCache* cache) { m_confirmed->setCache(cache); }

void RestockPage::setClock(const Clock* clock) { m_clock = clock ? clock : systemClock(); }

void RestockPage::scheduleReload() { m_reloadDelay.start(); } // then read when shown

void RestockPage::reload()
{
    m_reloadDelay.stop();
    if (!m_reader) {
        showPlan(RestockPlanner::Plan());
        return;
    }
    const QDate today = m_clock->nowUtc().date();
    m_reader->read<RestockPlanner::Plan>(
        this, CacheReader::laneOf(this, "plan"),
        [today](const CacheQuery& query) { return RestockPlanner(query).plan(today); },
        [this](RestockPlanner::Plan plan) {
            if (!plan.error.isEmpty())
                m_message->setText(plan.error);
            showPlan(plan);
        });
}

void RestockPage::showPlan(const RestockPlanner::Plan& plan)
{
    const QString selectedKey = selected() ? selected()->sku + QLatin1Char('\n') + selected()->region : QString();
    m_plan = plan;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(plan.rows.size()));
    const QLocale locale;
    int reselect = -1, toOrder = 0;
    for (int i = 0; i < plan.rows.size(); ++i) {
        const RestockPlanner::Row& r = plan.rows.at(i);
        const RestockFigures& f = r.figures;
        const int h = r.leadTimeDays + r.safetyDays;
        const auto number = [](const QString& text) { return readOnlyCell(text, true); };
        m_table->setItem(i, Sku, readOnlyCell(r.sku));
        m_table->setItem(i, Title, readOnlyCell(r.title));
        m_table->setItem(i, Region, readOnlyCell(RestockPurchaseList::regionName(r.region)));
        m_table->setItem(i, Urgency, readOnlyCell(RestockPurchaseList::urgencyText(r)));
        m_table->setItem(i, V7, number(RestockPurchaseList::velocity(r.units7 / 7.0)));
        auto* v30 = number(RestockPurchaseList::velocity(r.units30 / 30.0));
        v30->setToolTip(tr("Units per day: %1 over 7 days, %2 over 30 days, %3 over 90 days; last year in the "
                           "coming weeks: %4")
                            .arg(RestockPurchaseList::velocity(r.units7 / 7.0),
                                 RestockPurchaseList::velocity(r.units30 / 30.0),
                                 RestockPurchaseList::velocity(r.units90 / 90.0),
                                 r.yearOfHistory ? RestockPurchaseList::velocity(double(r.lastYearComing) / h)
                                                 : tr("no history")));
        m_table->setItem(i, V30, v30);
        m_table->setItem(i, V90, number(RestockPurchaseList::velocity(r.units90 / 90.0)));
        m_table->setItem(
            i, LastYear,
            number(r.yearOfHistory ? RestockPurchaseList::velocity(double(r.lastYearComing) / h) : tr("no history")));
        auto* season = number(locale.toString(f.seasonFactor, 'f', 2));
        season->setToolTip(f.seasonClamped ? tr("Kept within 0.5 to 3.") : QString());
        m_table->setItem(i, Season, season);
        m_table->setItem(i, Fulfillable, number(locale.toString(r.fulfillable)));
        m_table->setItem(i, Inbound, number(locale.toString(r.inbound)));
        m_table->setItem(i, Cover, number(f.daysOfCover ? locale.toString(*f.daysOfCover, 'f', 1) : QString()));
        auto* lead = number(locale.toString(r.leadTimeDays));
        lead->setToolTip(r.ownSetting ? tr("This SKU's own setting") : tr("The default"));
        m_table->setItem(i, Lead, lead);
        m_table->setItem(i, Safety, number(locale.toString(r.safetyDays)));
        auto* quantity = number(f.quantity > 0 ? locale.toString(f.quantity) : QString());
        quantity->setToolTip(tr("For %1 lead days and %2 safety days (%3)")
                                 .arg(r.leadTimeDays)
                                 .arg(r.safetyDays)
                                 .arg(r.ownSetting ? tr("This SKU's own setting") : tr("The default")));
        m_table->setItem(i, Quantity, quantity);
        m_table->setItem(i, Money,
                         number(r.orderCents && f.quantity > 0 ? MoneyText::format(*r.orderCents, r.currency)
                                : f.quantity > 0               ? tr("no unit cost")
                                                               : QString()));
        toOrder += f.quantity > 0 ? 1 : 0;
        if (r.sku + QLatin1Char('\n') + r.region == selectedKey)
            reselect = i;
    }
    if (reselect >= 0)
        m_table->selectRow(reselect);
    m_summary->setText(tr("%n SKU(s) to reorder", nullptr, toOrder));
    const QSignalBlocker leadBlocker(m_defaultLead), safetyBlocker(m_defaultSafety);
    m_defaultLead->setValue(plan.defaultLeadTimeDays > 0 ? plan.defaultLeadTimeDays
                                                         : RestockSetting::kDefaultLeadTimeDays);
    m_defaultSafety->setValue(plan.defaultLeadTimeDays > 0 ? plan.defaultSafetyDays
                                                           : RestockSetting::kDefaultSafetyDays);
    m_defaultLead->setToolTip(plan.defaultSet ? QString() : tr("Not set yet: 30 lead days and 14 safety days apply."));
    updateEditors();
    emit planShown();
}

const RestockPlanner::Row* RestockPage::selected() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    const int row = items.isEmpty() ? -1 : items.first()->row();
    return row >= 0 && row < m_plan.rows.size() ? &m_plan.rows.at(row) : nullptr;
}

void RestockPage::updateEditors()
{
    const bool online = m_session && m_online;
    const RestockPlanner::Row* r = selected();
    m_offline->setVisible(!online);
    for (QWidget* w : {static_cast<QWidget*>(m_defaultLead), static_cast<QWidget*>(m_defaultSafety),
                       static_cast<QWidget*>(m_saveDefault)})
        w->setEnabled(online && !m_writing);
    for (QWidget* w :
         {static_cast<QWidget*>(m_skuLead), static_cast<QWidget*>(m_skuSafety), static_cast<QWidget*>(m_saveSku)})
        w->setEnabled(online && !m_writing && r);
    m_resetSku->setEnabled(online && !m_writing && r && r->ownSetting);
    m_skuLabel->setText(r ? tr("Lead time and safety days of %1:").arg(r->sku)
                          : tr("Choose a SKU to set its own lead time and safety days."));
    if (r && m_editorSku != r->sku) {
        m_editorSku = r->sku; // what is being typed stays while the plan reloads
        m_skuLead->setValue(r->leadTimeDays);
        m_skuSafety->setValue(r->safetyDays);
    }
    m_csv->setEnabled(!m_job->isRunning());
    m_xlsx->setEnabled(!m_job->isRunning());
}

RestockSettingsClient* RestockPage::client()
{
    if (!m_client) {
        m_client = new RestockSettingsClient(m_session, this);
        // The server's answer goes into the cache at once; the next sync brings the same row.
        connect(m_client, &RestockSettingsClient::stored, m_confirmed, &ConfirmedRestockSettings::write);
        connect(m_client, &RestockSettingsClient::finished, this,
                [this](const ApiError& error) { onWriteFinished(RestockSettingsClient::messageFor(error)); });
    }
    return m_client;
}

void RestockPage::startWrite(const QString& doing)
{
    m_writing = true;
    m_doneText = tr("Saved.");
    m_message->setText(doing);
    updateEditors();
}

void RestockPage::onWriteFinished(const QString& error)
{
    m_writing = false;
    m_message->setText(error.isEmpty() ? m_doneText : error);
    updateEditors();
}

void RestockPage::exportTo(ExportJob::Format format)
{
    const ReportTable table = RestockPurchaseList::table(m_plan, QDateTime());
    if (table.rows.isEmpty()) {
        m_message->setText(tr("No SKU needs an order: the purchase list is empty."));
        return;
    }
    const QString suffix = format == ExportJob::Format::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
    const QString name =
        tr("purchase-list") + QLatin1Char('_') + m_plan.today.toString(Qt::ISODate) + QLatin1Char('.') + suffix;
    QString target;
    if (m_chooser) {
        target = m_chooser(format, name);
    } else {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        target = QFileDialog::getSaveFileName(this, tr("Export purchase list"), QDir(folder).filePath(name),
                                              format == ExportJob::Format::Csv ? tr("CSV files (*.csv)")
                                                                               : tr("Excel workbooks (*.xlsx)"));
    }
    if (target.isEmpty())
        return;
    if (!target.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        target += QLatin1Char('.') + suffix;
    m_job->setCsvStyle(CsvStyle::forLocale(locale()));
    if (!m_job->start(table, format, target))
        return m_message->setText(tr("Another export is still running."));
    m_csv->setEnabled(false), m_xlsx->setEnabled(false);
    m_message->setText(tr("Exporting to %1...").arg(QDir::toNativeSeparators(target)));
}

} // namespace sp
