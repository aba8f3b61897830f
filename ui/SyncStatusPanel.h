#pragma once

#include "sync/SyncController.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QWidget>

class QProgressBar;
class QPushButton;

namespace sp {

class ElidedLabel;

// The status bar's part about the sync: "Downloading orders: 1,200 of about 3,000" with a progress
// bar and Cancel while a sync runs, "Data as of <time>" otherwise.
class SyncStatusPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusPanel(QWidget* parent = nullptr);

    void setProgress(const SyncProgress& progress);
    void setSyncing(bool syncing);
    void setDataAsOf(const QDateTime& at);
    void setMessage(const QString& message); // e.g. why the last sync failed
    // The server did not answer the last attempt: a new one says so until a page arrives.
    void setReconnecting(bool reconnecting);

    QString text() const;

    // "Downloading orders: 40% (1,200 of about 3,000), about 2 minutes left", in the current
    // locale; the share and time left only when the server said how many rows are left.
    static QString progressText(const SyncProgress& progress, qint64 secondsLeft = -1);
    static QString timeLeftText(qint64 seconds); // "about 2 minutes left"
    // The download's share done, 0 to 100, or -1 without an estimate.
    static int percentDone(const SyncProgress& progress);
    qint64 secondsLeft() const { return m_secondsLeft; } // -1: not known yet
    // "Data as of <localized date and time>", or that nothing was downloaded yet.
    static QString dataAsOfText(const QDateTime& at);
    // The offline banner's text: since when the data is, and that nothing needs doing.
    static QString offlineText(const QDateTime& dataAsOf);
    static QString resourceName(const QString& resource);

signals:
    void cancelRequested();

private:
    void updateText();

    ElidedLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancelButton;
    QDateTime m_dataAsOf;
    SyncProgress m_progress;
    // The rate of the resource being downloaded, measured since its first report, for the time left.
    QElapsedTimer m_rateTimer;
    qint64 m_rateStartDone = 0;
    qint64 m_secondsLeft = -1;
    QString m_message;
    bool m_syncing = false;
    bool m_reconnecting = false;
};

} // namespace sp
