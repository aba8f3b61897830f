#pragma once

#include "export/ExportJob.h"
#include "restock/RestockPlanner.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace sp {

class AccountCache;
class CacheReader;
class Clock;
class ConfirmedRestockSettings;
class ReadWhenShown;
class RestockPlanModel;
class RestockSettingsClient;
class Session;

// The restock planner (issue 18 part 1): per SKU and region, the sales velocities, stock, days of
// cover, the reorder date and quantity and the money the order needs, most urgent first, read off
// the UI thread (RestockPlanner on the CacheReader). The seller's lead time and safety days (per
// SKU and the default) are edited here while online: written on the server (RestockSettingsClient),
// then into the cache at once; offline they are read-only with a clear message. The purchase list
// (the rows that need an order) exports to CSV and XLSX.
class RestockPage : public QWidget
{
    Q_OBJECT
public:
    explicit RestockPage(QWidget* parent = nullptr);

    void setReader(CacheReader* reader);
    void setSession(Session* session, bool online);
    void setCache(AccountCache* cache);
    void setClock(const Clock* clock); // "today" of the plan; the system clock by default
    void scheduleReload();             // after a sync (SyncController::dataChanged)
    void reload();

    // Tests: where an export goes instead of asking with a file dialog (empty: none chosen).
    using TargetChooser = std::function<QString(ExportJob::Format format, const QString& suggested)>;
    void setTargetChooser(TargetChooser chooser) { m_chooser = std::move(chooser); }
    const RestockPlanner::Plan& plan() const { return m_plan; }

signals:
    void planShown(); // the table shows a new plan
    void exportFinished(const sp::ExportResult& result);

private:
    void showPlan(const RestockPlanner::Plan& plan);
    void updateEditors();
    const RestockPlanner::Row* selected() const;
    RestockSettingsClient* client();
    void startWrite(const QString& doing);
    void onWriteFinished(const QString& error);
    void exportTo(ExportJob::Format format);

    ReadWhenShown* m_whenShown; // the plan is read while the page is on screen
    QPointer<CacheReader> m_reader;
    QPointer<Session> m_session;
    bool m_online = false;
    const Clock* m_clock = nullptr;
    QLabel* m_offline;
    QLabel* m_summary;
    QLabel* m_message;
    RestockPlanModel* m_model;
    QTableView* m_table;
    QSpinBox* m_defaultLead;
    QSpinBox* m_defaultSafety;
    QPushButton* m_saveDefault;
    QLabel* m_skuLabel;
    QSpinBox* m_skuLead;
    QSpinBox* m_skuSafety;
    QPushButton* m_saveSku;
    QPushButton* m_resetSku;
    QPushButton* m_csv;
    QPushButton* m_xlsx;
    ConfirmedRestockSettings* m_confirmed;
    RestockSettingsClient* m_client = nullptr;
    ExportJob* m_job;
    TargetChooser m_chooser;
    RestockPlanner::Plan m_plan;
    bool m_writing = false;
    QString m_doneText;
    QString m_editorSku; // the SKU the editor's values were taken from
    QTimer m_reloadDelay;
};

} // namespace sp
