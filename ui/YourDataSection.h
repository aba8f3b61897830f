#pragma once

#include "SettingsServices.h"
#include "account/AccountExportClient.h"
#include "cache/CacheReader.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace sp {

class ErrorDetailsView;

class Clock;
class JobProgressPanel;
class Session;
class SyncController;

// Settings > Your data: a full export from the server (prepared, downloaded, SHA-256 verified,
// saved where the seller chooses), an archive of this computer's offline data, and deleting the
// account.
class YourDataSection : public QWidget
{
    Q_OBJECT
public:
    explicit YourDataSection(QWidget* parent = nullptr);
    ~YourDataSection() override; // a running archive is cancelled: no file appears

    void setSession(Session* session);
    void setSyncController(SyncController* sync);
    void setServices(const SettingsServices& services) { m_services = services; }
    void setClock(const Clock* clock); // the date in the suggested file names (null: the system clock)
    AccountExportClient* exportClient() const { return m_export; }
    bool isArchiving() const { return m_archiveReader != nullptr; }

signals:
    void cacheExported(bool ok);                     // the archive of this computer's data was written (or not)
    void archiveProgress(qint64 done, qint64 total); // the running archive reported (its first report: at once)
    void accountDeleted(const QString& message);

private:
    void updateButtons();
    void onExportState(AccountExportClient::State state);
    void saveExport();
    void exportCache();
    void cancelArchive();
    void endArchive();
    void openDeleteAccount();
    void setStatus(const QString& text);
    QDate localToday() const;

    const Clock* m_clock;
    QPointer<Session> m_session;
    QPointer<SyncController> m_sync;
    QPointer<AccountExportClient> m_export;
    SettingsServices m_services;
    QPushButton* m_requestButton;
    QPushButton* m_saveButton;
    QProgressBar* m_progress;
    QLabel* m_statusLabel;
    ErrorDetailsView* m_exportErrorDetails; // a failed export request's id, for support
    QPushButton* m_cacheButton;
    QLabel* m_cacheLabel;
    JobProgressPanel* m_archiveProgress;
    QPointer<CacheReader> m_archiveReader; // the reader writing the archive, while it does
    QMetaObject::Connection m_archiveReaderGone;
    QPushButton* m_deleteButton;
};

} // namespace sp
