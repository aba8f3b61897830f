#include "TableFilterBar.h"

#include "SystemClock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sp {

namespace {
constexpr int kSearchDelayMs = 250; // type a few characters before the query runs
} // namespace

TableFilterBar::TableFilterBar(const QString& prefix, const QString& searchName, const QString& placeholder,
                               QWidget* parent)
    : QWidget(parent)
    , m_clock(systemClock())
    , m_prefix(prefix)
    , m_searchEdit(new QLineEdit(this))
    , m_countLabel(new QLabel(this))
    , m_lastInFocusChain(m_searchEdit)
{
    m_searchEdit->setObjectName(prefix + QStringLiteral("SearchEdit"));
    m_searchEdit->setAccessibleName(searchName);
    m_searchEdit->setPlaceholderText(placeholder);
    m_searchEdit->setClearButtonEnabled(true);
    m_countLabel->setObjectName(prefix + QStringLiteral("CountLabel"));
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(m_searchEdit, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, &TableFilterBar::searchChanged);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_searchRow = new QHBoxLayout;
    m_searchRow->addWidget(m_searchEdit, 1);
    m_searchRow->addWidget(m_countLabel);
    layout->addLayout(m_searchRow);
}

QString TableFilterBar::searchText() const { return m_searchEdit->text(); }

void TableFilterBar::setCountText(const QString& text)
{
    m_countLabel->setText(text);
    m_countLabel->setAccessibleName(text);
}

QString TableFilterBar::countText() const { return m_countLabel->text(); }

QHBoxLayout* TableFilterBar::filterRow()
{
    if (!m_filterRow) {
        m_filterRow = new QHBoxLayout;
        static_cast<QVBoxLayout*>(layout())->addLayout(m_filterRow);
    }
    return m_filterRow;
}

void TableFilterBar::addChoice(const QString& label, QComboBox* combo)
{
    auto* buddy = new QLabel(label, this);
    buddy->setBuddy(combo);
    // As wide as about 12 characters, wider when there is room: the longest choice (a marketplace
    // with its country and count) would otherwise set the window's minimum width. The list shows
    // every choice whole.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    filterRow()->addWidget(buddy);
    filterRow()->addWidget(combo, 1);
    chainFocus(combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &TableFilterBar::onFilterChanged);
}

void TableFilterBar::addDateRange(const QString& checkText, const QString& checkName, const QString& fromName,
                                  const QString& toLabel, const QString& toName)
{
    m_dateCheck = new QCheckBox(checkText, this);
    m_dateCheck->setObjectName(m_prefix + QStringLiteral("DateCheck"));
    m_dateCheck->setAccessibleName(checkName);
    m_fromEdit = new QDateEdit(this);
    m_fromEdit->setObjectName(m_prefix + QStringLiteral("FromEdit"));
    m_fromEdit->setAccessibleName(fromName);
    m_toEdit = new QDateEdit(this);
    m_toEdit->setObjectName(m_prefix + QStringLiteral("ToEdit"));
    m_toEdit->setAccessibleName(toName);
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    resetDates();
    auto* buddy = new QLabel(toLabel, this);
    buddy->setBuddy(m_toEdit);
    filterRow()->addWidget(m_dateCheck);
    filterRow()->addWidget(m_fromEdit);
    filterRow()->addWidget(buddy);
    filterRow()->addWidget(m_toEdit);
    chainFocus(m_dateCheck);
    chainFocus(m_fromEdit);
    chainFocus(m_toEdit);
    connect(m_dateCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_fromEdit->setEnabled(on);
        m_toEdit->setEnabled(on);
        onFilterChanged();
    });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &TableFilterBar::onFilterChanged);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &TableFilterBar::onFilterChanged);
}

void TableFilterBar::addTrailing(QWidget* widget)
{
    filterRow()->addStretch(1);
    if (widget) { // beside the count: the filter row keeps its room for the choices
        m_searchRow->addWidget(widget);
        chainFocus(widget);
    }
}

void TableFilterBar::chainFocus(QWidget* next)
{
    setTabOrder(m_lastInFocusChain, next);
    m_lastInFocusChain = next;
}

void TableFilterBar::onFilterChanged()
{
    m_searchDelay.stop(); // the filter applies the text typed so far too
    emit filtersChanged();
}

void TableFilterBar::setClock(const Clock* clock)
{
    m_clock = clock ? clock : systemClock();
    if (m_dateCheck && !m_dateCheck->isChecked())
        resetDates();
}

void TableFilterBar::resetDates()
{
    const QSignalBlocker fromBlocker(m_fromEdit);
    const QSignalBlocker toBlocker(m_toEdit);
    const QDate today = m_clock->nowUtc().date();
    m_fromEdit->setDate(today.addDays(-29));
    m_toEdit->setDate(today);
}

QDate TableFilterBar::from() const { return m_dateCheck && m_dateCheck->isChecked() ? m_fromEdit->date() : QDate(); }

QDate TableFilterBar::to() const { return m_dateCheck && m_dateCheck->isChecked() ? m_toEdit->date() : QDate(); }

} // namespace sp
