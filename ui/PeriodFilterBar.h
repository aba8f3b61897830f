#pragma once

#include "reports/ReportTypes.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace sp {

class Clock;

// The period a page looks at: a range preset ("Last 30 days", ...) or a custom range of two dates
// that shows only when chosen. Shared by the dashboard and the reports, so that both offer the same
// presets and start a first custom range on the same days. Days are UTC days of the injected clock.
class PeriodFilterBar : public QWidget
{
    Q_OBJECT
public:
    // `presets` in the order offered; `initial` chosen at the start. `label` has the combo as buddy.
    PeriodFilterBar(const QList<RangePreset>& presets, RangePreset initial, const QString& label,
                    QWidget* parent = nullptr);

    // Object names "<prefix>RangeCombo", "<prefix>FromEdit", "<prefix>ToEdit" and their accessible names.
    void setNames(const QString& prefix, const QString& rangeName, const QString& fromName, const QString& toName);
    void setClock(const Clock* clock); // null: the system clock
    void setToday(QDate today);        // tests: the day the ranges end on (invalid: the clock's today)
    QDate today() const;

    void setPreset(RangePreset preset);
    RangePreset preset() const;
    // Chooses Custom with these days; changed() once.
    void setCustomPeriod(const Period& period);
    // The days the chosen preset covers today (invalid when a custom start is after its end).
    Period period() const;

    QWidget* firstInFocusChain() const;
    QWidget* lastInFocusChain() const;

signals:
    void changed();

private:
    void onPresetChanged();
    static QString titleOf(RangePreset preset);

    const Clock* m_clock;
    QDate m_today;
    QComboBox* m_presetCombo;
    QDateEdit* m_fromEdit;
    QDateEdit* m_toEdit;
};

} // namespace sp
