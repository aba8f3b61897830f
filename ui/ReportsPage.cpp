#include "ReportsPage.h"

#include "DashboardChart.h"
#include "JobProgressPanel.h"
#include "MarketplaceFilterButton.h"
#include "ColumnFit.h"
#include "PageHeading.h"
#include "ReadWhenShown.h"
#include "PeriodFilterBar.h"
#include "ReportTableModel.h"
#include "TableNames.h"
#include "UiLog.h"
#include "cache/CacheQuery.h"
#include "cache/CacheReader.h"
#include "cache/ReadProgress.h"
#include "reports/ReportBuilder.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace sp {

namespace {
constexpr int kRefreshDelayMs = 1000;
constexpr int kProgressDelayMs = 400;        // a build quicker than this shows no progress row
constexpr int kMinimumReportPlotHeight = 40; // per currency: room for a few ticks and the lines
} // namespace

ReportsPage::ReportsPage(QWidget* parent)
    : QWidget(parent)
    , m_reportCombo(new QComboBox(this))
    , m_periodBar(new PeriodFilterBar({RangePreset::Last30Days, RangePreset::MonthToDate, RangePreset::LastMonth,
                                       RangePreset::YearToDate, RangePreset::Last12Months, RangePreset::Custom},
                                      RangePreset::Last12Months, tr("P&eriod:"), this))
    , m_marketplaceButton(new MarketplaceFilterButton(this))
    , m_titleLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_exportLabel(new QLabel(this))
    , m_noteLabel(new QLabel(this))
    , m_buildProgress(
          new JobProgressPanel(QStringLiteral("report"), tr("Report progress"), tr("Cancel building the report"), this))
    , m_progressDelayMs(kProgressDelayMs)
    , m_table(new QTableView(this))
    , m_model(new ReportTableModel(this))
    , m_chart(new DashboardChart(this))
    , m_csvButton(new QPushButton(tr("Export &CSV..."), this))
    , m_xlsxButton(new QPushButton(tr("Export &Excel..."), this))
    , m_pdfButton(new QPushButton(tr("Export &PDF..."), this))
    , m_job(new ExportJob(this))
    , m_openButton(new QPushButton(tr("&Open"), this))
    , m_showFolderButton(new QPushButton(tr("Show in &folder"), this))
    , m_whenShown(new ReadWhenShown(this, [this] { refresh(); }))
{
    setObjectName(QStringLiteral("reportsPage"));
    auto* heading = new PageHeading(tr("Reports"), QStringLiteral("reportsHeading"), this);

    m_reportCombo->setObjectName(QStringLiteral("reportKindCombo"));
    m_reportCombo->setAccessibleName(tr("Report"));
    for (ReportKind kind : ReportBuilder::allKinds()) {
        // The orders list is exported from the orders page's data, not viewed here: it can hold
        // a million rows, and the reports page holds its table whole.
        if (kind != ReportKind::Orders)
            m_reportCombo->addItem(ReportBuilder::titleOf(kind), ReportBuilder::idOf(kind));
    }
    m_periodBar->setNames(QStringLiteral("report"), tr("Report period"), tr("Report from"), tr("Report to"));
    m_marketplaceButton->setObjectName(QStringLiteral("reportMarketplaceButton"));
    m_titleLabel->setObjectName(QStringLiteral("reportTitleLabel"));
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_errorLabel->setObjectName(QStringLiteral("reportErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    m_exportLabel->setObjectName(QStringLiteral("reportExportLabel"));
    m_exportLabel->setWordWrap(true);
    m_exportLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_noteLabel->setObjectName(QStringLiteral("reportNoteLabel"));
    m_noteLabel->setWordWrap(true);
    m_noteLabel->hide();
    connect(m_buildProgress, &JobProgressPanel::cancelRequested, this, &ReportsPage::cancelBuild);
    m_csvButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_csvButton->setAccessibleName(tr("Export as CSV"));
    m_xlsxButton->setObjectName(QStringLiteral("exportXlsxButton"));
    m_xlsxButton->setAccessibleName(tr("Export as Excel workbook"));
    m_pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_pdfButton->setAccessibleName(tr("Export as PDF"));

    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setAccessibleName(tr("Report table"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_columnFit = ColumnFit::forRowsInMemory(m_table, {}); // showTable() names the columns that may give room
    nameTableParts(m_table);
    m_chart->setObjectName(QStringLiteral("reportChart"));
    m_chart->setAccessibleName(tr("Report chart"));

    connect(m_reportCombo, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_periodBar, &PeriodFilterBar::changed, this, &ReportsPage::refresh);
    connect(m_marketplaceButton, &MarketplaceFilterButton::chosenChanged, this, &ReportsPage::refresh);
    connect(m_csvButton, &QPushButton::clicked, this, [this] { exportAs(ExportJob::Format::Csv); });
    connect(m_xlsxButton, &QPushButton::clicked, this, [this] { exportAs(ExportJob::Format::Xlsx); });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { exportAs(ExportJob::Format::Pdf); });
    connect(m_job, &ExportJob::progress, this, [this](qint64 done, qint64 total) {
        if (!m_progress)
            return;
        m_progress->setMaximum(int(qMin<qint64>(total, INT_MAX)));
        m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
    });
    connect(m_job, &ExportJob::finished, this, &ReportsPage::onExportFinished);
    // After an export: the file itself, or its folder, in the system's own programs.
    m_openButton->setObjectName(QStringLiteral("exportOpenButton"));
    m_openButton->setAccessibleName(tr("Open the exported file"));
    m_openButton->hide();
    connect(m_openButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastExport)); });
    m_showFolderButton->setObjectName(QStringLiteral("exportShowFolderButton"));
    m_showFolderButton->setAccessibleName(tr("Show the exported file in its folder"));
    m_showFolderButton->hide();
    connect(m_showFolderButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_lastExport).absolutePath())); });
    m_refreshDelay.setSingleShot(true);
    m_refreshDelay.setInterval(kRefreshDelayMs);
    connect(&m_refreshDelay, &QTimer::timeout, this, &ReportsPage::refresh);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    auto* filters = new QHBoxLayout;
    auto* reportLabel = new QLabel(tr("&Report:"), this);
    reportLabel->setBuddy(m_reportCombo);
    filters->addWidget(reportLabel);
    filters->addWidget(m_reportCombo);
    filters->addWidget(m_periodBar);
    filters->addWidget(m_marketplaceButton);
    filters->addStretch(1);
    layout->addLayout(filters);
    auto* exports = new QHBoxLayout;
    exports->addWidget(m_titleLabel, 1);
    exports->addWidget(m_csvButton);
    exports->addWidget(m_xlsxButton);
    exports->addWidget(m_pdfButton);
    layout->addLayout(exports);
    layout->addWidget(m_buildProgress);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_errorLabel);
    auto* exported = new QHBoxLayout;
    exported->addWidget(m_exportLabel, 1);
    exported->addWidget(m_openButton);
    exported->addWidget(m_showFolderButton);
    layout->addLayout(exported);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("reportSplitter"));
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    // The chart was squeezed to nothing: it is hidden until the first report arrives, and a splitter gives a
    // hidden child no room. Each currency's plot keeps a readable minimum (the chart's minimum height follows
    // the number of currencies), never collapsed, and about two fifths of the height by default.
    m_chart->setMinimumPlotHeight(kMinimumReportPlotHeight);
    m_chart->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred); // the divider may give it more
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({2000, 3000});
    layout->addWidget(splitter, 1);
    setTabOrder(m_reportCombo, m_periodBar->firstInFocusChain());
    setTabOrder(m_periodBar->lastInFocusChain(), m_marketplaceButton);
    setTabOrder(m_marketplaceButton, m_csvButton);
    setTabOrder(m_csvButton, m_xlsxButton);
    setTabOrder(m_xlsxButton, m_pdfButton);
    setTabOrder(m_pdfButton, m_chart);
    setTabOrder(m_chart, m_table);
    refresh();
}

ReportsPage::~ReportsPage() = default; // ExportJob cancels and waits: no half file stays

void ReportsPage::setReader(CacheReader* reader)
{
    m_refreshDelay.stop();
    m_reader = reader;
    m_marketplaceButton->setMarketplaces({});
    if (reader) {
        reader->read<QList<MarketplaceRow>>(
            this, CacheReader::laneOf(this, "marketplaces"),
            [](const CacheQuery& query) { return query.catalog().marketplaces(); },
            [this](QList<MarketplaceRow> rows) {
                const QStringList before = m_marketplaceButton->chosen();
                m_marketplaceButton->setMarketplaces(rows);
                if (m_marketplaceButton->chosen() != before)
                    refresh();
            });
    }
    refresh();
}

void ReportsPage::scheduleRefresh()
{
    if (!m_refreshDelay.isActive())
        m_refreshDelay.start();
}

void ReportsPage::setClock(const Clock* clock)
{
    m_periodBar->setClock(clock);
    refresh();
}

void ReportsPage::setToday(QDate today) { m_periodBar->setToday(today); }

void ReportsPage::setReport(const QString& id) { m_reportCombo->setCurrentIndex(m_reportCombo->findData(id)); }

void ReportsPage::setPreset(RangePreset preset) { m_periodBar->setPreset(preset); }

void ReportsPage::setCustomPeriod(const Period& period) { m_periodBar->setCustomPeriod(period); }

void ReportsPage::setMarketplaces(const QStringList& ids)
{
    m_marketplaceButton->setChosen(ids);
    refresh();
}

const ReportTable& ReportsPage::table() const { return m_model->table(); }

QString ReportsPage::errorText() const { return m_errorLabel->isHidden() ? QString() : m_errorLabel->text(); }

QString ReportsPage::exportMessage() const { return m_exportLabel->text(); }

DashboardFilter ReportsPage::filter() const
{
    DashboardFilter filter;
    filter.period = m_periodBar->period();
    filter.marketplaceIds = m_marketplaceButton->chosen();
    return filter;
}

void ReportsPage::refresh()
{
    m_refreshDelay.stop();
    if (m_loading && m_reader) // a build for the old choice must not land after what is shown now
        m_reader->cancel(CacheReader::laneOf(this, "report"));
    if (m_reader && !isVisible()) { // a report nobody looks at is not built: it is when shown
        m_whenShown->request();
        return;
    }
    const std::optional<ReportKind> kind = ReportBuilder::kindFromId(m_reportCombo->currentData().toString());
    const DashboardFilter current = filter();
    if (!kind) {
        showTable({}, tr("Choose a report."));
        return;
    }
    if (*kind != ReportKind::InventoryHealth && !current.period.isValid()) {
        showTable({}, tr("Choose a period whose start is not after its end."));
        return;
    }
    if (!m_reader) {
        showTable({}, QString());
        return;
    }
    using Answer = QPair<ReportTable, QString>;
    m_loading = true;
    m_noteLabel->hide();
    m_buildProgress->start(tr("Building the report\u2026"), m_progressDelayMs);
    // A job on the reader: a newer build (another filter) or Cancel interrupts it, and its report
    // then never arrives. The build's length is not known ahead: the bar is busy.
    m_reader->read<Answer>(
        this, CacheReader::laneOf(this, "report"),
        [kind = *kind, current, today = m_periodBar->today()](const CacheQuery& cache, ReadProgress& progress) {
            progress.report(0, 0);
            ReportBuilder builder(cache);
            Answer answer{builder.build(kind, current, today), builder.lastError()};
            if (!answer.second.isEmpty() && answer.second != QLatin1String("interrupted"))
                qCWarning(lcUi) << "report failed:" << answer.second;
            return answer;
        },
        [this](Answer answer) { showTable(answer.first, answer.second); },
        [this](qint64 done, qint64 total) {
            m_buildProgress->setProgress(done, total);
            emit buildProgress(done, total);
        });
}

void ReportsPage::cancelBuild()
{
    if (!m_loading)
        return;
    if (m_reader)
        m_reader->cancel(CacheReader::laneOf(this, "report")); // its report never arrives
    m_loading = false;
    m_buildProgress->stop();
    // No error: the page keeps what it showed, and says so.
    m_noteLabel->setText(m_model->table().columns.isEmpty()
                             ? tr("Report cancelled. Choose a report or period to build it again.")
                             : tr("Report cancelled; the table still shows the previous report."));
    m_noteLabel->show();
}

void ReportsPage::showTable(const ReportTable& table, const QString& error)
{
    m_loading = false;
    m_buildProgress->stop();
    m_noteLabel->hide();
    m_columnFit->setShrinkable(ReportTableModel::freeTextColumns(table));
    m_model->setTable(table);
    m_chart->setChart(table.chart);
    // Its minimum follows the number of currencies; the splitter takes it at once (a hint alone did not hold).
    m_chart->setMinimumHeight(m_chart->minimumSizeHint().height());
    if (auto* splitter = qobject_cast<QSplitter*>(m_chart->parentWidget()))
        splitter->refresh();
    m_chart->setVisible(!table.chart.isEmpty());
    const QLocale locale;
    m_titleLabel->setText(!m_reader ? tr("No data downloaded yet")
                          : table.period.isValid()
                              ? tr("%1, %2 to %3")
                                    .arg(table.title, locale.toString(table.period.from, QLocale::ShortFormat),
                                         locale.toString(table.period.to, QLocale::ShortFormat))
                              : table.title);
    m_errorLabel->setText(error);
    m_errorLabel->setVisible(!error.isEmpty());
    const bool canExport = m_reader && error.isEmpty() && !m_job->isRunning();
    m_csvButton->setEnabled(canExport);
    m_xlsxButton->setEnabled(canExport);
    m_pdfButton->setEnabled(canExport);
    emit shown();
}

void ReportsPage::exportAs(ExportJob::Format format)
{
    if (m_job->isRunning())
        return;
    const ReportTable& report = m_model->table();
    if (report.columns.isEmpty()) {
        m_exportLabel->setText(tr("There is no report to export."));
        return;
    }
    const QString suffix = ExportJob::suffixOf(format);
    QString name = report.id.isEmpty() ? QStringLiteral("report") : report.id;
    if (report.period.isValid())
        name += QLatin1Char('_') + report.period.from.toString(Qt::ISODate) + QLatin1Char('_')
                + report.period.to.toString(Qt::ISODate);
    name += QLatin1Char('.') + suffix;
    QString target;
    // A CSV follows this language's spreadsheets unless the seller picks the international kind.
    CsvStyle csvStyle = CsvStyle::forLocale(locale());
    if (m_chooser) {
        target = m_chooser(format, name);
    } else {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString localCsv = tr("CSV for spreadsheets in this language: semicolons, decimal comma (*.csv)");
        const QString internationalCsv = tr("CSV, international: commas, decimal point (*.csv)");
        QString filter = format == ExportJob::Format::Csv    ? tr("CSV files (*.csv)")
                         : format == ExportJob::Format::Xlsx ? tr("Excel workbooks (*.xlsx)")
                                                             : tr("PDF documents (*.pdf)");
        if (format == ExportJob::Format::Csv && !csvStyle.isInternational())
            filter = localCsv + QStringLiteral(";;") + internationalCsv;
        QString chosenFilter;
        target =
            QFileDialog::getSaveFileName(this, tr("Export report"), QDir(folder).filePath(name), filter, &chosenFilter);
        if (chosenFilter == internationalCsv)
            csvStyle = CsvStyle::international();
    }
    if (target.isEmpty())
        return; // the user chose no file
    if (!target.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        target += QLatin1Char('.') + suffix;
    m_job->setLocale(locale());
    m_job->setCsvStyle(csvStyle);
    m_lastExport.clear();
    m_openButton->hide();
    m_showFolderButton->hide();
    if (!m_job->start(report, format, target)) {
        m_exportLabel->setText(tr("Another export is still running."));
        return;
    }
    m_exportLabel->setText(tr("Exporting to %1...").arg(QDir::toNativeSeparators(target)));
    m_csvButton->setEnabled(false);
    m_xlsxButton->setEnabled(false);
    m_pdfButton->setEnabled(false);
    if (!m_progress) {
        m_progress = new QProgressDialog(this);
        m_progress->setObjectName(QStringLiteral("exportProgressDialog"));
        m_progress->setAccessibleName(tr("Export progress"));
        m_progress->setWindowTitle(tr("Exporting"));
        m_progress->setCancelButtonText(tr("&Cancel"));
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setWindowModality(Qt::WindowModal);
        connect(m_progress, &QProgressDialog::canceled, m_job, &ExportJob::cancel);
    }
    m_progress->setLabelText(tr("Writing %1").arg(QFileInfo(target).fileName()));
    m_progress->setRange(0, int(qMax<qsizetype>(1, report.rows.size())));
    m_progress->setValue(0);
    m_progress->show();
}

void ReportsPage::onExportFinished(const ExportResult& result)
{
    if (m_progress) {
        const QSignalBlocker blocker(m_progress); // hiding must not count as a cancel
        m_progress->hide();
    }
    QString text;
    switch (result.status) {
    case ExportResult::Status::Ok:
        text = tr("Exported to %1").arg(QDir::toNativeSeparators(result.path));
        m_lastExport = result.path;
        break;
    case ExportResult::Status::Cancelled:
        text = tr("Export cancelled; no file was written.");
        break;
    case ExportResult::Status::Failed:
        text = tr("The export failed and no file was written: %1").arg(result.message);
        if (!m_errorBox) {
            m_errorBox = new QMessageBox(QMessageBox::Warning, tr("Export failed"), QString(), QMessageBox::Ok, this);
            m_errorBox->setObjectName(QStringLiteral("exportErrorBox"));
            m_errorBox->setAttribute(Qt::WA_DeleteOnClose);
        }
        m_errorBox->setText(text);
        m_errorBox->open();
        break;
    }
    m_exportLabel->setText(text);
    m_exportLabel->setAccessibleName(text);
    m_openButton->setVisible(!m_lastExport.isEmpty());
    m_showFolderButton->setVisible(!m_lastExport.isEmpty());
    refresh(); // enables the export buttons again
    emit exportFinished(result);
}

} // namespace sp
