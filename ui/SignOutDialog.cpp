#include "SignOutDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sp {

SignOutDialog::SignOutDialog(const QString& email, bool canRemoveData, QWidget* parent)
    : QDialog(parent)
    , m_removeCheck(new QCheckBox(tr("Also remove this computer's SellerPulse data for this account"), this))
{
    setObjectName(QStringLiteral("signOutDialog"));
    setWindowTitle(tr("Sign out"));
    auto* question = new QLabel(
        email.isEmpty() ? tr("Sign out of SellerPulse?") : tr("Sign out of SellerPulse as %1?").arg(email), this);
    question->setObjectName(QStringLiteral("signOutQuestion"));
    question->setWordWrap(true);
    m_removeCheck->setObjectName(QStringLiteral("removeLocalDataCheck"));
    m_removeCheck->setAccessibleName(m_removeCheck->text());
    m_removeCheck->setChecked(false);
    m_removeCheck->setEnabled(canRemoveData);
    auto* explanation = new QLabel(tr("The downloaded orders, products and finances of this account are deleted "
                                      "from this computer, and their key is removed from the system keychain. "
                                      "Your data on the server stays. Without this, the encrypted copy stays "
                                      "for your next sign-in."),
                                   this);
    explanation->setObjectName(QStringLiteral("signOutExplanation"));
    explanation->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* signOut = buttons->addButton(tr("Sign out"), QDialogButtonBox::AcceptRole);
    signOut->setObjectName(QStringLiteral("signOutButton"));
    signOut->setAccessibleName(tr("Sign out"));
    signOut->setDefault(true);
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("signOutCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_removeCheck);
    layout->addWidget(explanation);
    layout->addWidget(buttons);
}

bool SignOutDialog::removeLocalData() const { return m_removeCheck->isChecked(); }

} // namespace sp
