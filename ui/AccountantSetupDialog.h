#pragma once

#include "AccountantSetup.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace sp {

// Sets up the accountant's files once: the chart of accounts (SKR03 or SKR04), the bank side of the
// payouts, the tax adviser's numbers for DATEV's header, the fiscal year's first month and the VAT
// Amazon charges on its fees. Every other account follows the chart's defaults.
class AccountantSetupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccountantSetupDialog(const AccountantSetup& setup, QWidget* parent = nullptr);
    AccountantSetup setup() const; // as entered

private:
    AccountantSetup m_setup;
    QComboBox* m_chart;
    QLineEdit* m_bankAccount;
    QSpinBox* m_consultant;
    QSpinBox* m_client;
    QComboBox* m_yearStart;
    QDoubleSpinBox* m_feeVat;
};

} // namespace sp
