#include "ExpenseDialog.h"

#include "expenses/ExpenseDecoding.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace sp {

qint64 ExpenseDialog::centsFrom(const QString& text)
{
    static const QRegularExpression amount(QStringLiteral("^(\\d{1,12})(?:[.,](\\d{1,2}))?$"));
    QString compact = text;
    compact.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F));
    const QRegularExpressionMatch match = amount.match(compact);
    if (!match.hasMatch())
        return -1;
    const QString fraction = match.captured(2).leftJustified(2, QLatin1Char('0'));
    return match.captured(1).toLongLong() * 100 + fraction.toLongLong();
}

QString ExpenseDialog::categoryName(const QString& c)
{
    if (c == QLatin1String("software"))
        return tr("Software");
    if (c == QLatin1String("packaging"))
        return tr("Packaging");
    if (c == QLatin1String("warehouse"))
        return tr("Warehouse");
    if (c == QLatin1String("shipping"))
        return tr("Shipping");
    if (c == QLatin1String("wages"))
        return tr("Wages");
    if (c == QLatin1String("advertising_external"))
        return tr("Advertising outside Amazon");
    if (c == QLatin1String("professional_services"))
        return tr("Professional services");
    return tr("Other");
}

QString ExpenseDialog::recurrenceName(const QString& r)
{
    if (r == QLatin1String("monthly"))
        return tr("Monthly");
    if (r == QLatin1String("yearly"))
        return tr("Yearly");
    return tr("Once");
}

ExpenseDialog::ExpenseDialog(const ExpenseRecord& expense, const QList<QPair<QString, QString>>& marketplaces,
                             QDate today, QWidget* parent)
    : QDialog(parent)
    , m_original(expense)
    , m_description(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_recurrence(new QComboBox(this))
    , m_startsOn(new QDateEdit(this))
    , m_hasEnd(new QCheckBox(tr("&Ends on:"), this))
    , m_endsOn(new QDateEdit(this))
    , m_marketplace(new QComboBox(this))
    , m_sku(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    const bool editing = !expense.id.isEmpty();
    setObjectName(QStringLiteral("expenseDialog"));
    setWindowTitle(editing ? tr("Edit expense") : tr("Add expense"));
    m_description->setObjectName(QStringLiteral("expenseDescriptionEdit"));
    m_description->setMaxLength(200);
    m_description->setPlaceholderText(tr("e.g. Warehouse rent"));
    m_category->setObjectName(QStringLiteral("expenseCategoryCombo"));
    for (const QString& c : ExpenseDecoding::categories())
        m_category->addItem(categoryName(c), c);
    m_amount->setObjectName(QStringLiteral("expenseAmountEdit"));
    m_amount->setPlaceholderText(tr("e.g. 39.00"));
    m_currency->setObjectName(QStringLiteral("expenseCurrencyCombo"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    for (const char* code : {"EUR", "GBP", "USD", "CAD", "SEK", "PLN", "CHF", "JPY", "AUD", "MXN", "TRY", "AED"})
        m_currency->addItem(QLatin1String(code));
    m_recurrence->setObjectName(QStringLiteral("expenseRecurrenceCombo"));
    for (const char* r : {"once", "monthly", "yearly"})
        m_recurrence->addItem(recurrenceName(QLatin1String(r)), QLatin1String(r));
    for (QDateEdit* edit : {m_startsOn, m_endsOn}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDateRange(QDate(2000, 1, 1), QDate(2099, 12, 31));
    }
    m_startsOn->setObjectName(QStringLiteral("expenseStartsEdit"));
    m_endsOn->setObjectName(QStringLiteral("expenseEndsEdit"));
    m_hasEnd->setObjectName(QStringLiteral("expenseHasEndCheck"));
    m_marketplace->setObjectName(QStringLiteral("expenseMarketplaceCombo"));
    m_marketplace->addItem(tr("Whole business"), QString());
    for (const auto& [id, name] : marketplaces)
        m_marketplace->addItem(name, id);
    m_sku->setObjectName(QStringLiteral("expenseSkuEdit"));
    m_sku->setMaxLength(100);
    m_sku->setPlaceholderText(tr("optional"));
    m_description->setAccessibleName(tr("Description"));
    m_category->setAccessibleName(tr("Category"));
    m_amount->setAccessibleName(tr("Amount"));
    m_currency->setAccessibleName(tr("Currency"));
    m_recurrence->setAccessibleName(tr("Repeats"));
    m_startsOn->setAccessibleName(tr("Starts on"));
    m_hasEnd->setAccessibleName(tr("Ends"));
    m_endsOn->setAccessibleName(tr("Ends on"));
    m_marketplace->setAccessibleName(tr("Marketplace"));
    m_sku->setAccessibleName(tr("SKU"));
    m_message->setObjectName(QStringLiteral("expenseDialogMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    // The row being edited, or a new expense of today.
    m_description->setText(expense.description);
    m_category->setCurrentIndex(std::max(0, int(m_category->findData(expense.category))));
    m_amount->setText(editing ? QString::number(expense.amountCents / 100) + QLatin1Char('.')
                                    + QString::number(expense.amountCents % 100).rightJustified(2, QLatin1Char('0'))
                              : QString());
    m_currency->setCurrentText(editing ? expense.currency : QStringLiteral("EUR"));
    m_recurrence->setCurrentIndex(std::max(0, int(m_recurrence->findData(expense.recurrence))));
    m_startsOn->setDate(expense.startsOn.isValid() ? expense.startsOn : today);
    m_hasEnd->setChecked(expense.endsOn.isValid() && expense.recurrence != QLatin1String("once"));
    m_endsOn->setDate(expense.endsOn.isValid() ? expense.endsOn : m_startsOn->date());
    m_marketplace->setCurrentIndex(std::max(0, int(m_marketplace->findData(expense.marketplaceId))));
    m_sku->setText(expense.sku);
    auto updateEnd = [this] {
        const bool recurring = m_recurrence->currentData().toString() != QLatin1String("once");
        m_hasEnd->setEnabled(recurring);
        m_endsOn->setEnabled(recurring && m_hasEnd->isChecked());
    };
    connect(m_recurrence, &QComboBox::currentIndexChanged, this, updateEnd);
    connect(m_hasEnd, &QCheckBox::toggled, this, updateEnd);
    updateEnd();

    auto* form = new QFormLayout;
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("C&ategory:"), m_category);
    auto* money = new QHBoxLayout;
    money->addWidget(m_amount, 1);
    money->addWidget(m_currency);
    form->addRow(tr("A&mount:"), money);
    form->addRow(tr("&Repeats:"), m_recurrence);
    form->addRow(tr("&Starts on:"), m_startsOn);
    form->addRow(m_hasEnd, m_endsOn);
    form->addRow(tr("Mar&ketplace:"), m_marketplace);
    form->addRow(tr("S&KU:"), m_sku);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("expenseSaveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("expenseCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExpenseDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

ExpenseRecord ExpenseDialog::expense() const
{
    ExpenseRecord e = m_original;
    e.description = m_description->text();
    e.category = m_category->currentData().toString();
    e.amountCents = centsFrom(m_amount->text());
    e.currency = m_currency->currentText().toUpper();
    e.recurrence = m_recurrence->currentData().toString();
    e.startsOn = m_startsOn->date();
    e.endsOn = e.recurrence != QLatin1String("once") && m_hasEnd->isChecked() ? m_endsOn->date() : QDate();
    e.marketplaceId = m_marketplace->currentData().toString();
    e.sku = m_sku->text().trimmed();
    return e;
}

void ExpenseDialog::save()
{
    const ExpenseRecord e = expense();
    if (e.description.trimmed().isEmpty()) {
        showError(tr("Enter a description."));
        m_description->setFocus();
        return;
    }
    if (e.amountCents <= 0) {
        showError(tr("Enter an amount greater than zero, e.g. 39.00."));
        m_amount->setFocus();
        return;
    }
    if (e.currency.size() != 3) {
        showError(tr("Enter a three-letter currency code, e.g. EUR."));
        m_currency->setFocus();
        return;
    }
    m_message->hide();
    m_saveButton->setEnabled(false); // until the server answers
    emit saveRequested();
}

void ExpenseDialog::showError(const QString& message)
{
    m_message->setText(message);
    m_message->show();
    m_saveButton->setEnabled(true);
}

void ExpenseDialog::finish() { accept(); }

} // namespace sp
