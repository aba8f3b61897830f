#include "RestockPage.h"

#include "PageHeading.h"
#include "ReadOnlyTable.h"
#include "ReadWhenShown.h"
#include "RestockPlanModel.h"
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
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace sp {

namespace {
constexpr int kReloadDelayMs = 300;

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
    , m_model(new RestockPlanModel(this))
    , m_table(new QTableView(this))
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
    // SKU, title and region give room: the figures stay whole.
    setUpReadOnlyTable(m_table, m_model, QStringLiteral("restockTable"), tr("Restock plan"),
                       {RestockPlanModel::Sku, RestockPlanModel::Title, RestockPlanModel::Region});
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Sixteen columns do not fit a laptop's window: the 7- and 90-day and last year's rates are in the
    // 30-day rate's tooltip, the lead time and safety days in the quantity's and in the editors above
    // (and all in the exported purchase list), their columns hidden.
    for (const int column : {RestockPlanModel::V7, RestockPlanModel::V90, RestockPlanModel::LastYear,
                             RestockPlanModel::Lead, RestockPlanModel::Safety})
        m_table->setColumnHidden(column, true);
    m_saveDefault->setToolTip(tr("Lead time and safety days of every SKU without its own."));
    m_resetSku->setToolTip(tr("Remove this SKU's own setting: it follows the default again."));
    m_job->setLocale(locale());

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RestockPage::updateEditors);
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
    const RestockPlanner::Row* was = selected();
    const QString sku = was ? was->sku : QString(), region = was ? was->region : QString();
    m_plan = plan;
    m_model->setRows(m_plan.rows);
    if (const int row = was ? m_model->rowOf(sku, region) : -1; row >= 0)
        m_table->selectRow(row);
    const auto toOrder = std::count_if(m_plan.rows.cbegin(), m_plan.rows.cend(),
                                       [](const RestockPlanner::Row& r) { return r.figures.quantity > 0; });
    m_summary->setText(tr("%n SKU(s) to reorder", nullptr, int(toOrder)));
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
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
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
