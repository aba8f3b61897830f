#include "PeriodFilterBar.h"

#include "SystemClock.h"
#include "reports/ReportPeriods.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace sp {

namespace {
// A QDateEdit starts on this day: the custom range has not been chosen yet.
const QDate kDateEditStart(2000, 1, 1);
} // namespace

PeriodFilterBar::PeriodFilterBar(const QList<RangePreset>& presets, RangePreset initial, const QString& label,
                                 QWidget* parent)
    : QWidget(parent)
    , m_clock(systemClock())
    , m_presetCombo(new QComboBox(this))
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
{
    for (RangePreset preset : presets)
        m_presetCombo->addItem(titleOf(preset), int(preset));
    m_presetCombo->setCurrentIndex(m_presetCombo->findData(int(initial)));
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setVisible(false);
    }
    auto* buddy = new QLabel(label, this);
    buddy->setBuddy(m_presetCombo);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buddy);
    layout->addWidget(m_presetCombo);
    layout->addWidget(m_fromEdit);
    layout->addWidget(m_toEdit);
    setTabOrder(m_presetCombo, m_fromEdit);
    setTabOrder(m_fromEdit, m_toEdit);

    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, &PeriodFilterBar::onPresetChanged);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &PeriodFilterBar::changed);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &PeriodFilterBar::changed);
}

QString PeriodFilterBar::titleOf(RangePreset preset)
{
    switch (preset) {
    case RangePreset::Today:
        return tr("Today");
    case RangePreset::Yesterday:
        return tr("Yesterday");
    case RangePreset::Last7Days:
        return tr("Last 7 days");
    case RangePreset::Last30Days:
        return tr("Last 30 days");
    case RangePreset::MonthToDate:
        return tr("Month to date");
    case RangePreset::LastMonth:
        return tr("Last month");
    case RangePreset::YearToDate:
        return tr("Year to date");
    case RangePreset::Last12Months:
        return tr("Last 12 months");
    case RangePreset::Custom:
        return tr("Custom range");
    }
    return QString();
}

void PeriodFilterBar::setNames(const QString& prefix, const QString& rangeName, const QString& fromName,
                               const QString& toName)
{
    m_presetCombo->setObjectName(prefix + QStringLiteral("RangeCombo"));
    m_presetCombo->setAccessibleName(rangeName);
    m_fromEdit->setObjectName(prefix + QStringLiteral("FromEdit"));
    m_fromEdit->setAccessibleName(fromName);
    m_toEdit->setObjectName(prefix + QStringLiteral("ToEdit"));
    m_toEdit->setAccessibleName(toName);
}

void PeriodFilterBar::setClock(const Clock* clock) { m_clock = clock ? clock : systemClock(); }

void PeriodFilterBar::setToday(QDate today)
{
    m_today = today;
    onPresetChanged();
}

QDate PeriodFilterBar::today() const { return m_today.isValid() ? m_today : m_clock->nowUtc().date(); }

void PeriodFilterBar::setPreset(RangePreset preset)
{
    m_presetCombo->setCurrentIndex(m_presetCombo->findData(int(preset)));
}

RangePreset PeriodFilterBar::preset() const { return RangePreset(m_presetCombo->currentData().toInt()); }

void PeriodFilterBar::setCustomPeriod(const Period& period)
{
    {
        const QSignalBlocker fromBlocker(m_fromEdit);
        const QSignalBlocker toBlocker(m_toEdit);
        m_fromEdit->setDate(period.from);
        m_toEdit->setDate(period.to);
    }
    if (preset() == RangePreset::Custom)
        emit changed();
    else
        setPreset(RangePreset::Custom);
}

Period PeriodFilterBar::period() const
{
    return periodFor(preset(), today(), Period{m_fromEdit->date(), m_toEdit->date()});
}

QWidget* PeriodFilterBar::firstInFocusChain() const { return m_presetCombo; }

QWidget* PeriodFilterBar::lastInFocusChain() const { return m_toEdit; }

void PeriodFilterBar::onPresetChanged()
{
    const bool custom = preset() == RangePreset::Custom;
    if (custom && m_fromEdit->date() == kDateEditStart) {
        // First time custom: start from the last 30 days.
        const QSignalBlocker fromBlocker(m_fromEdit);
        const QSignalBlocker toBlocker(m_toEdit);
        m_fromEdit->setDate(today().addDays(-29));
        m_toEdit->setDate(today());
    }
    m_fromEdit->setVisible(custom);
    m_toEdit->setVisible(custom);
    emit changed();
}

} // namespace sp
