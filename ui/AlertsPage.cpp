#include "AlertsPage.h"

#include "PageHeading.h"
#include "ReadOnlyTable.h"
#include "ReadWhenShown.h"
#include "alerts/AlertCenter.h"
#include "alerts/AlertText.h"
#include "common/Clock.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sp {

namespace {

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAccessibleName(text);
    return b;
}

QSpinBox* spin(const char* name, int low, int high, const QString& suffix, const QString& accessible, QWidget* parent)
{
    auto* s = new QSpinBox(parent);
    s->setObjectName(QLatin1String(name));
    s->setRange(low, high);
    s->setSuffix(suffix);
    s->setAccessibleName(accessible);
    return s;
}

} // namespace

AlertsPage::AlertsPage(QWidget* parent)
    : QWidget(parent)
    , m_whenShown(new ReadWhenShown(this, [this] { read(); }))
    , m_summary(new QLabel(this))
    , m_table(makeReadOnlyTable(QStringLiteral("alertsTable"), tr("Alerts"),
                                {tr("Rule"), tr("About"), tr("What happened"), tr("When")}, this, {1, 2}))
    , m_read(button(tr("Mark as read"), "alertReadButton", this))
    , m_snoozeDay(button(tr("Snooze for a day"), "alertSnoozeDayButton", this))
    , m_snoozeWeek(button(tr("Snooze for a week"), "alertSnoozeWeekButton", this))
    , m_dismiss(button(tr("Dismiss"), "alertDismissButton", this))
{
    setObjectName(QStringLiteral("alertsPage"));
    m_summary->setObjectName(QStringLiteral("alertsSummary"));
    m_summary->setWordWrap(true);
    m_table->setWordWrap(true);
    // Rows as tall as their wrapped text at the columns' fitted widths (fitted after the rows are in).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeading(tr("Alerts"), QStringLiteral("alertsHeading"), this));
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_read, m_snoozeDay, m_snoozeWeek, m_dismiss})
        actions->addWidget(b);
    actions->addStretch();
    layout->addLayout(actions);
    layout->addWidget(makeSettings());

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AlertsPage::updateButtons);
    connect(m_read, &QPushButton::clicked, this, [this] { act("read"); });
    connect(m_snoozeDay, &QPushButton::clicked, this, [this] { act("day"); });
    connect(m_snoozeWeek, &QPushButton::clicked, this, [this] { act("week"); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { act("dismiss"); });
    showAlerts({});
}

QWidget* AlertsPage::makeSettings()
{
    auto* box = new QGroupBox(tr("Alert me when"), this);
    box->setObjectName(QStringLiteral("alertRulesGroup"));
    auto* form = new QFormLayout(box);
    auto check = [box](const QString& text, const char* name) {
        auto* c = new QCheckBox(text, box);
        c->setObjectName(QLatin1String(name));
        c->setAccessibleName(text);
        return c;
    };
    m_stockOut = check(tr("Stock runs out in about"), "stockOutCheck");
    m_stockDays = spin("stockOutDays", 1, AlertSettings::kMaxDays, tr(" days"), tr("Days of stock left"), box);
    m_marginDrop = check(tr("The margin of a SKU or a marketplace drops by more than"), "marginDropCheck");
    m_marginPoints = spin("marginDropPoints", 1, AlertSettings::kMaxPoints, tr(" points"),
                          tr("Margin drop in percentage points, last 30 days against the 30 before"), box);
    m_refundRate = check(tr("Refunds of a SKU exceed"), "refundRateCheck");
    m_refundPercent = spin("refundRatePercent", 1, AlertSettings::kMaxPercent, tr(" % of units sold"),
                           tr("Refund rate in percent, last 30 days"), box);
    m_syncFailing = check(tr("The sync has been failing for more than"), "syncFailingCheck");
    m_syncHours = spin("syncFailingHours", 1, AlertSettings::kMaxHours, tr(" hours"), tr("Hours of failing sync"), box);
    m_amazon = check(tr("The Amazon connection is revoked or expires within a week"), "amazonConnectionCheck");
    m_tray = check(tr("Show SellerPulse in the notification area"), "trayIconCheck");
    form->addRow(m_stockOut, m_stockDays);
    form->addRow(m_marginDrop, m_marginPoints);
    form->addRow(m_refundRate, m_refundPercent);
    form->addRow(m_syncFailing, m_syncHours);
    form->addRow(m_amazon);
    form->addRow(m_tray);
    auto* note = new QLabel(tr("SellerPulse checks these after each sync, on this computer. Each cause alerts you "
                               "once; if it goes away and comes back, you are alerted again."),
                            box);
    note->setObjectName(QStringLiteral("alertRulesNote"));
    note->setWordWrap(true);
    form->addRow(note);
    for (QCheckBox* c : {m_stockOut, m_marginDrop, m_refundRate, m_syncFailing, m_amazon, m_tray})
        connect(c, &QCheckBox::toggled, this, &AlertsPage::saveSettings);
    for (QSpinBox* s : {m_stockDays, m_marginPoints, m_refundPercent, m_syncHours})
        connect(s, &QSpinBox::valueChanged, this, &AlertsPage::saveSettings);
    box->setEnabled(false);
    return box;
}

void AlertsPage::setAlertCenter(AlertCenter* center)
{
    if (m_center)
        disconnect(m_center, nullptr, this, nullptr);
    m_center = center;
    findChild<QGroupBox*>(QStringLiteral("alertRulesGroup"))->setEnabled(center != nullptr);
    if (!center)
        return;
    connect(center, &AlertCenter::changed, m_whenShown, [this] { m_whenShown->request(); });
    connect(center, &AlertCenter::settingsChanged, this, &AlertsPage::showSettings);
    showSettings();
    m_whenShown->request();
}

void AlertsPage::showSettings()
{
    if (!m_center)
        return;
    const AlertSettings s = m_center->settings();
    m_showingSettings = true;
    m_stockOut->setChecked(s.stockOutOn);
    m_stockDays->setValue(s.stockOutDays);
    m_marginDrop->setChecked(s.marginDropOn);
    m_marginPoints->setValue(s.marginDropPoints);
    m_refundRate->setChecked(s.refundRateOn);
    m_refundPercent->setValue(s.refundRatePercent);
    m_syncFailing->setChecked(s.syncFailingOn);
    m_syncHours->setValue(s.syncFailingHours);
    m_amazon->setChecked(s.amazonConnectionOn);
    m_tray->setChecked(s.trayIcon);
    m_showingSettings = false;
}

void AlertsPage::saveSettings()
{
    m_stockDays->setEnabled(m_stockOut->isChecked());
    m_marginPoints->setEnabled(m_marginDrop->isChecked());
    m_refundPercent->setEnabled(m_refundRate->isChecked());
    m_syncHours->setEnabled(m_syncFailing->isChecked());
    if (m_showingSettings || !m_center)
        return;
    AlertSettings s = m_center->settings();
    s.stockOutOn = m_stockOut->isChecked();
    s.stockOutDays = m_stockDays->value();
    s.marginDropOn = m_marginDrop->isChecked();
    s.marginDropPoints = m_marginPoints->value();
    s.refundRateOn = m_refundRate->isChecked();
    s.refundRatePercent = m_refundPercent->value();
    s.syncFailingOn = m_syncFailing->isChecked();
    s.syncFailingHours = m_syncHours->value();
    s.amazonConnectionOn = m_amazon->isChecked();
    s.trayIcon = m_tray->isChecked();
    if (!(s == m_center->settings()))
        m_center->setSettings(s);
}

void AlertsPage::read()
{
    if (!m_center)
        return;
    m_center->readShown(this, [this](QList<Alert> alerts) { showAlerts(alerts); });
}

int AlertsPage::newCount() const
{
    return int(
        std::count_if(m_alerts.cbegin(), m_alerts.cend(), [](const Alert& a) { return a.state == Alert::State::New; }));
}

QString AlertsPage::whenText(const QDateTime& at) { return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat); }

void AlertsPage::showAlerts(const QList<Alert>& alerts)
{
    const QString selected = selectedKey();
    const int before = newCount();
    m_alerts = alerts;
    m_table->setRowCount(0);
    m_table->setRowCount(int(alerts.size()));
    for (int row = 0; row < alerts.size(); ++row) {
        const Alert& a = alerts.at(row);
        const QStringList cells{AlertText::ruleTitle(a.rule), AlertText::subjectText(a), AlertText::describe(a),
                                whenText(a.raisedAt)};
        for (int column = 0; column < cells.size(); ++column) {
            QTableWidgetItem* item = readOnlyCell(cells.at(column));
            QFont font = item->font();
            font.setBold(a.state == Alert::State::New);
            item->setFont(font);
            item->setData(Qt::UserRole, a.key);
            m_table->setItem(row, column, item);
        }
        if (a.key == selected)
            m_table->selectRow(row);
    }
    // No %n plurals: the source language has no translation file to give English its forms.
    const QLocale locale;
    m_summary->setText(alerts.isEmpty() ? tr("No alerts. SellerPulse checks your data after each sync.")
                       : alerts.size() == 1
                           ? tr("1 alert, %1 new.").arg(locale.toString(newCount()))
                           : tr("%1 alerts, %2 new.").arg(locale.toString(alerts.size()), locale.toString(newCount())));
    updateButtons();
    if (newCount() != before)
        emit newCountChanged(newCount());
    emit alertsShown();
}

QString AlertsPage::selectedKey() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

void AlertsPage::updateButtons()
{
    const bool any = !selectedKey().isEmpty() && m_center;
    for (QPushButton* b : {m_read, m_snoozeDay, m_snoozeWeek, m_dismiss})
        b->setEnabled(any);
}

void AlertsPage::act(const char* action)
{
    const QString key = selectedKey();
    if (key.isEmpty() || !m_center)
        return;
    const QByteArray what(action);
    const QDateTime now = m_center->clock()->nowUtc();
    if (what == "read")
        m_center->markRead(key);
    else if (what == "day")
        m_center->snooze(key, now.addDays(1));
    else if (what == "week")
        m_center->snooze(key, now.addDays(7));
    else
        m_center->dismiss(key);
}

} // namespace sp
