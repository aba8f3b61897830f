#include "AccountantSetupDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sp {

AccountantSetupDialog::AccountantSetupDialog(const AccountantSetup& setup, QWidget* parent)
    : QDialog(parent)
    , m_setup(setup)
    , m_chart(new QComboBox(this))
    , m_bankAccount(new QLineEdit(this))
    , m_consultant(new QSpinBox(this))
    , m_client(new QSpinBox(this))
    , m_yearStart(new QComboBox(this))
    , m_feeVat(new QDoubleSpinBox(this))
{
    setObjectName(QStringLiteral("accountantSetupDialog"));
    setWindowTitle(tr("Files for your accountant"));
    m_chart->setObjectName(QStringLiteral("accountantChartCombo"));
    m_chart->addItem(tr("SKR03"), int(AccountMapping::Chart::Skr03));
    m_chart->addItem(tr("SKR04"), int(AccountMapping::Chart::Skr04));
    m_chart->setCurrentIndex(setup.mapping.chart == AccountMapping::Chart::Skr04 ? 1 : 0);
    m_bankAccount->setObjectName(QStringLiteral("accountantBankAccountEdit"));
    m_bankAccount->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{4,8}")), this));
    m_bankAccount->setText(setup.mapping.bankAccount);
    m_bankAccount->setToolTip(tr("The account the payouts are booked to on their way to the bank (Geldtransit)."));
    // A new chart brings its own bank account unless the seller typed another one.
    connect(m_chart, &QComboBox::currentIndexChanged, this, [this] {
        const auto chart = AccountMapping::Chart(m_chart->currentData().toInt());
        const auto before = AccountMapping::defaults(
            chart == AccountMapping::Chart::Skr03 ? AccountMapping::Chart::Skr04 : AccountMapping::Chart::Skr03);
        if (m_bankAccount->text().isEmpty() || m_bankAccount->text() == before.bankAccount)
            m_bankAccount->setText(AccountMapping::defaults(chart).bankAccount);
    });
    m_consultant->setObjectName(QStringLiteral("accountantConsultantSpin"));
    m_consultant->setRange(0, 9999999);
    m_consultant->setSpecialValueText(tr("not set"));
    m_consultant->setValue(setup.datev.consultantNumber);
    m_client->setObjectName(QStringLiteral("accountantClientSpin"));
    m_client->setRange(0, 99999);
    m_client->setSpecialValueText(tr("not set"));
    m_client->setValue(setup.datev.clientNumber);
    m_yearStart->setObjectName(QStringLiteral("accountantYearStartCombo"));
    for (int month = 1; month <= 12; ++month)
        m_yearStart->addItem(QLocale().standaloneMonthName(month), month);
    m_yearStart->setCurrentIndex(qBound(1, setup.datev.fiscalYearStartMonth, 12) - 1);
    m_feeVat->setObjectName(QStringLiteral("accountantFeeVatSpin"));
    m_feeVat->setRange(0, 100);
    m_feeVat->setDecimals(2);
    m_feeVat->setSuffix(tr(" %"));
    m_feeVat->setSpecialValueText(tr("none"));
    m_feeVat->setValue(setup.feeVatRateBp / 100.0);
    m_feeVat->setToolTip(tr("Amazon charges VAT on its fees in the EU and the UK (19 % from Amazon EU for a German "
                            "seller). With a rate, fees are shown net and gross and booked with their input VAT."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Chart of accounts:"), m_chart);
    form->addRow(tr("&Bank side of payouts:"), m_bankAccount);
    form->addRow(tr("&Tax adviser number (DATEV):"), m_consultant);
    form->addRow(tr("C&lient number (DATEV):"), m_client);
    form->addRow(tr("Fiscal year &starts in:"), m_yearStart);
    form->addRow(tr("&VAT on Amazon fees:"), m_feeVat);
    auto* note = new QLabel(tr("Every other account follows the chart's standard accounts. Ask your tax adviser "
                               "before the first import."),
                            this);
    note->setObjectName(QStringLiteral("accountantSetupNote"));
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("accountantSetupButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

AccountantSetup AccountantSetupDialog::setup() const
{
    AccountantSetup setup = m_setup;
    const auto chart = AccountMapping::Chart(m_chart->currentData().toInt());
    if (chart != m_setup.mapping.chart)
        setup.mapping = AccountMapping::defaults(chart); // another chart: its own accounts
    if (!m_bankAccount->text().isEmpty())
        setup.mapping.bankAccount = m_bankAccount->text();
    setup.datev.consultantNumber = m_consultant->value();
    setup.datev.clientNumber = m_client->value();
    setup.datev.fiscalYearStartMonth = m_yearStart->currentData().toInt();
    setup.feeVatRateBp = int(qRound(m_feeVat->value() * 100));
    return setup;
}

} // namespace sp
