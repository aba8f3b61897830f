#pragma once

#include "ExportJob.h"
#include "reports/ReportTypes.h"

#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QProgressDialog;
class QPushButton;
class QTableView;

namespace sp {

class CacheReader;
class Clock;
class ColumnFit;
class DashboardChart;
class JobProgressPanel;
class MarketplaceFilterButton;
class PeriodFilterBar;
class ReadWhenShown;
class ReportTableModel;

// The reports for an accountant: choose one (profit and loss by month, sales by product, fee
// breakdown, refunds and returns, inventory health), its period and marketplaces; see its table
// and chart; export it as CSV, Excel or PDF off the UI thread (ExportJob) with progress and
// cancel. A failed export says why and leaves no file. A build that takes longer than a moment
// shows "Building the report..." with Cancel; a cancelled build leaves the previous report shown.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    // Asks where to write an export; empty: the user cancelled. `suggested` is a file name.
    using TargetChooser = std::function<QString(ExportJob::Format format, const QString& suggested)>;

    explicit ReportsPage(QWidget* parent = nullptr);
    ~ReportsPage() override;

    void setReader(CacheReader* reader);
    void scheduleRefresh();
    void refresh();                                           // the report arrives from the reader: shown()
    bool isLoading() const { return m_loading; }              // the report asked for last is on its way
    void cancelBuild();                                       // the user's Cancel: the previous report stays
    void setProgressDelay(int ms) { m_progressDelayMs = ms; } // tests: show the build's progress at once
    void setClock(const Clock* clock);                        // the days of the ranges (null: the system clock)
    void setToday(QDate today); // tests: the day the ranges end on (default: the clock's today, UTC)

    void setReport(const QString& id); // "profit-and-loss", ...
    void setPreset(RangePreset preset);
    void setCustomPeriod(const Period& period);
    void setMarketplaces(const QStringList& ids);

    // Replaces the file dialog (tests; default: QFileDialog::getSaveFileName).
    void setTargetChooser(TargetChooser chooser) { m_chooser = std::move(chooser); }
    void exportAs(ExportJob::Format format);

    const ReportTable& table() const;
    ReportTableModel* model() const { return m_model; }
    QString errorText() const;
    QString exportMessage() const;
    ExportJob* exportJob() const { return m_job; }
    QProgressDialog* progressDialog() const { return m_progress; }

signals:
    void exportFinished(const sp::ExportResult& result);
    void shown();                                  // the report asked for last is on the page
    void buildProgress(qint64 done, qint64 total); // the running build reported (its first report: at once)

private:
    void onExportFinished(const ExportResult& result);
    void showTable(const ReportTable& table, const QString& error);
    DashboardFilter filter() const;

    QPointer<CacheReader> m_reader;
    bool m_loading = false;
    QComboBox* m_reportCombo;
    PeriodFilterBar* m_periodBar;
    MarketplaceFilterButton* m_marketplaceButton;
    QLabel* m_titleLabel;
    QLabel* m_errorLabel;
    QLabel* m_exportLabel;
    QLabel* m_noteLabel;
    JobProgressPanel* m_buildProgress;
    int m_progressDelayMs;
    QTableView* m_table;
    ReportTableModel* m_model;
    ColumnFit* m_columnFit = nullptr;
    DashboardChart* m_chart;
    QPushButton* m_csvButton;
    QPushButton* m_xlsxButton;
    QPushButton* m_pdfButton;
    ExportJob* m_job;
    QPushButton* m_openButton;
    QPushButton* m_showFolderButton;
    QString m_lastExport; // the file the last export wrote, for Open and Show in folder
    ReadWhenShown* m_whenShown;
    QProgressDialog* m_progress = nullptr;
    QPointer<QMessageBox> m_errorBox;
    TargetChooser m_chooser;
    QTimer m_refreshDelay;
};

} // namespace sp
