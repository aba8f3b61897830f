#pragma once

#include "reports/ReportTypes.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;

namespace sp {

class Clock;

// The filters above a page's table (orders, products, finances): a search field that waits for the
// user to stop typing, the count of matching rows beside it, and below them the page's choices
// (status, marketplace, ...) and an optional date range that is off until checked. Object names
// start with the page's prefix ("ordersSearchEdit", "ordersCountLabel", "ordersFromEdit", ...).
class TableFilterBar : public QWidget
{
    Q_OBJECT
public:
    TableFilterBar(const QString& prefix, const QString& searchName, const QString& placeholder,
                   QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_searchEdit; }
    QString searchText() const;
    void setCountText(const QString& text);
    QString countText() const;

    // The next choice in the filter row, after a label (with its mnemonic) that has it as buddy.
    void addChoice(const QString& label, QComboBox* combo);
    // A date range, off until `check` is checked; it starts on the last 30 days of the clock.
    void addDateRange(const QString& checkText, const QString& checkName, const QString& fromName,
                      const QString& toLabel, const QString& toName);
    // A widget at the right end of the filter row (e.g. the columns button); null: only the space.
    void addTrailing(QWidget* widget);
    void setClock(const Clock* clock); // null: the system clock; moves an unchecked range to its days
    // The checked date range; invalid dates when it is off.
    QDate from() const;
    QDate to() const;
    QWidget* lastInFocusChain() const { return m_lastInFocusChain; }

signals:
    void searchChanged();  // once the user stops typing
    void filtersChanged(); // a choice or the date range (the search text so far applies too)

private:
    QHBoxLayout* filterRow();
    void resetDates();
    void chainFocus(QWidget* next);
    void onFilterChanged();

    const Clock* m_clock;
    QString m_prefix;
    QLineEdit* m_searchEdit;
    QLabel* m_countLabel;
    QWidget* m_lastInFocusChain;
    QHBoxLayout* m_filterRow = nullptr;
    QHBoxLayout* m_searchRow = nullptr; // the search, the count and a trailing widget
    QCheckBox* m_dateCheck = nullptr;
    QDateEdit* m_fromEdit = nullptr;
    QDateEdit* m_toEdit = nullptr;
    QTimer m_searchDelay;
};

} // namespace sp
