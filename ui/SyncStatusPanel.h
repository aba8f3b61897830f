#pragma once

#include "sync/SyncController.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace sp {

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

    // "Downloading orders: 1,200 of about 3,000", in the current locale.
    static QString progressText(const SyncProgress& progress);
    // "Data as of <localized date and time>", or that nothing was downloaded yet.
    static QString dataAsOfText(const QDateTime& at);
    static QString resourceName(const QString& resource);

signals:
    void cancelRequested();

private:
    void updateText();

    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancelButton;
    QDateTime m_dataAsOf;
    SyncProgress m_progress;
    QString m_message;
    bool m_syncing = false;
    bool m_reconnecting = false;
};

} // namespace sp
