#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace sp {

// The row of a job that runs on the cache's reader (the whole-cache archive, a report build): what
// it does, a bar with its percentage (busy while the total is unknown) and Cancel, as the report
// exports' progress dialog has. Hidden while no job runs; a job may be shown only once it has run
// longer than a moment, so quick ones do not flash.
class JobProgressPanel : public QWidget
{
    Q_OBJECT
public:
    // `name` prefixes the object names: "<name>Progress" (the bar), "<name>CancelButton",
    // "<name>ProgressLabel", "<name>ProgressPanel"; the accessible names say which job.
    JobProgressPanel(const QString& name, const QString& progressName, const QString& cancelName,
                     QWidget* parent = nullptr);

    void start(const QString& text, int showAfterMs = 0); // busy until the first report
    void setProgress(qint64 done, qint64 total);
    void stop(); // hidden; no Cancel any more
    bool isRunning() const { return m_running; }

signals:
    void cancelRequested(); // the user's Cancel; the owner cancels the job and calls stop()

private:
    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancelButton;
    QTimer m_showDelay;
    bool m_running = false;
};

} // namespace sp
