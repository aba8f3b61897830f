#include "AboutDialog.h"

#include "account/SecurityContact.h"
#include "support/RuntimeVersions.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sp {

QString AboutDialog::noticesText()
{
    QFile file(QStringLiteral(":/licenses/THIRD-PARTY-NOTICES.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About SellerPulse"));

    auto* title = new QLabel(tr("<b>SellerPulse Desktop</b> %1<br>Profit and sales analytics for Amazon sellers.")
                                 .arg(QStringLiteral(SP_VERSION).toHtmlEscaped()),
                             this);
    const SecurityContact contact;
    auto* security = new QLabel(tr("Report a security issue to <a href=\"mailto:%1\">%1</a>; we acknowledge reports "
                                   "within two business days. Please do not disclose an issue publicly before we "
                                   "have had time to fix it.")
                                    .arg(contact.email.toHtmlEscaped()),
                                this);
    security->setObjectName(QStringLiteral("aboutSecurityContact"));
    security->setWordWrap(true);
    security->setOpenExternalLinks(true);

    auto* versions =
        new QPlainTextEdit(RuntimeVersions::describe(RuntimeVersions::collect()).join(QLatin1Char('\n')), this);
    versions->setObjectName(QStringLiteral("aboutVersions"));
    versions->setReadOnly(true);
    versions->setAccessibleName(tr("Versions"));
    auto* notices = new QPlainTextEdit(noticesText(), this);
    notices->setObjectName(QStringLiteral("aboutNotices"));
    notices->setReadOnly(true);
    notices->setAccessibleName(tr("Third-party notices"));
    notices->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* tabs = new QTabWidget(this);
    tabs->addTab(versions, tr("Versions"));
    tabs->addTab(notices, tr("Third-party notices"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(tabs, 1);
    layout->addWidget(security);
    layout->addWidget(buttons);
    resize(720, 560);
    for (QAbstractButton* button : findChildren<QAbstractButton*>()) {
        if (button->accessibleName().isEmpty())
            button->setAccessibleName(button->text().remove(QLatin1Char('&')));
    }
}

} // namespace sp
