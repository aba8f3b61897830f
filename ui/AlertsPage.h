#pragma once

#include "alerts/AlertTypes.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sp {

class AlertCenter;
class ReadWhenShown;

// Issue 18 part 2: the alerts (rule, subject, what happened in plain words, when), newest first, a new
// one in bold; Read, Snooze (a day, a week) and Dismiss of the selected one; and the rules' settings
// with their thresholds, applied at once. Everything read through the AlertCenter (the cache's reader:
// never SQL on the UI thread).
class AlertsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AlertsPage(QWidget* parent = nullptr);
    void setAlertCenter(AlertCenter* center);

    QTableWidget* table() const { return m_table; }
    const QList<Alert>& alerts() const { return m_alerts; }
    int newCount() const; // the alerts not yet read (for a badge)
    static QString whenText(const QDateTime& at);

signals:
    void alertsShown(); // the list is on the page
    void newCountChanged(int count);

private:
    void read();
    void showAlerts(const QList<Alert>& alerts);
    void act(const char* action);
    void showSettings();
    void saveSettings();
    QWidget* makeSettings();
    QString selectedKey() const;
    void updateButtons();

    QPointer<AlertCenter> m_center;
    ReadWhenShown* m_whenShown;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton *m_read, *m_snoozeDay, *m_snoozeWeek, *m_dismiss;
    QCheckBox *m_stockOut, *m_marginDrop, *m_refundRate, *m_syncFailing, *m_amazon, *m_tray;
    QSpinBox *m_stockDays, *m_marginPoints, *m_refundPercent, *m_syncHours;
    QList<Alert> m_alerts;
    bool m_showingSettings = false;
};

} // namespace sp
