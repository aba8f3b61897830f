#include "AccountantFilesBar.h"

#include "AccountantSetupDialog.h"
#include "accounting/DatevExport.h"
#include "accounting/JournalCsv.h"
#include "accounting/PayoutBookingOf.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace sp {

AccountantFilesBar::AccountantFilesBar(QWidget* parent)
    : QWidget(parent)
    , m_datevButton(new QPushButton(tr("&DATEV file..."), this))
    , m_journalButton(new QPushButton(tr("&Journal CSV..."), this))
    , m_setupButton(new QPushButton(tr("Accou&nts..."), this))
    , m_message(new QLabel(this))
    , m_openButton(new QPushButton(tr("Open"), this))
    , m_showFolderButton(new QPushButton(tr("Show in folder"), this))
{
    setObjectName(QStringLiteral("accountantFilesBar"));
    m_datevButton->setObjectName(QStringLiteral("payoutDatevButton"));
    m_datevButton->setAccessibleName(tr("Save the payout as a DATEV file"));
    m_journalButton->setObjectName(QStringLiteral("payoutJournalButton"));
    m_journalButton->setAccessibleName(tr("Save the payout as a journal CSV for Xero or QuickBooks"));
    m_setupButton->setObjectName(QStringLiteral("payoutAccountsButton"));
    m_setupButton->setAccessibleName(tr("Set up the accounts of the accountant's files"));
    m_message->setObjectName(QStringLiteral("accountantFilesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->hide();
    m_openButton->setObjectName(QStringLiteral("accountantFileOpenButton"));
    m_openButton->setAccessibleName(tr("Open the saved file"));
    m_openButton->hide();
    m_showFolderButton->setObjectName(QStringLiteral("accountantFileShowFolderButton"));
    m_showFolderButton->setAccessibleName(tr("Show the saved file in its folder"));
    m_showFolderButton->hide();
    connect(m_datevButton, &QPushButton::clicked, this, [this] { exportFile(Format::Datev); });
    connect(m_journalButton, &QPushButton::clicked, this, [this] { exportFile(Format::Journal); });
    connect(m_setupButton, &QPushButton::clicked, this, &AccountantFilesBar::editSetup);
    connect(m_openButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastFile)); });
    connect(m_showFolderButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_lastFile).absolutePath())); });

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("For your accountant:"), this);
    label->setObjectName(QStringLiteral("accountantFilesLabel"));
    buttons->addWidget(label);
    buttons->addWidget(m_datevButton);
    buttons->addWidget(m_journalButton);
    buttons->addWidget(m_setupButton);
    buttons->addStretch();
    auto* result = new QHBoxLayout;
    result->setContentsMargins(0, 0, 0, 0);
    result->addWidget(m_message, 1);
    result->addWidget(m_openButton);
    result->addWidget(m_showFolderButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addLayout(result);
    updateButtons();
}

void AccountantFilesBar::setSettings(QSettings* settings)
{
    m_settings = settings;
    m_setup = AccountantSetup::load(settings);
    updateButtons();
    emit setupChanged();
}

void AccountantFilesBar::setSetup(const AccountantSetup& setup)
{
    m_setup = setup;
    m_setup.save(m_settings);
    updateButtons();
    emit setupChanged();
}

void AccountantFilesBar::setBreakdown(const PayoutBreakdown& breakdown)
{
    m_breakdown = breakdown;
    updateButtons();
}

void AccountantFilesBar::updateButtons()
{
    const PayoutRow& payout = m_breakdown.payout;
    QString why; // why the payout cannot be booked yet
    if (!m_breakdown.found)
        why = tr("Select a payout first.");
    else if (payout.status != QLatin1String("closed"))
        why = tr("The period is still open: book it once it has closed.");
    else if (m_breakdown.differenceCents != 0)
        why = tr("Its events do not add up to the payout yet: sync first.");
    m_journalButton->setEnabled(why.isEmpty());
    m_journalButton->setToolTip(why);
    if (why.isEmpty() && payout.currency != m_setup.datev.ledgerCurrency)
        why = tr("DATEV books in %1: save the journal CSV for a payout in %2.")
                  .arg(m_setup.datev.ledgerCurrency, payout.currency);
    m_datevButton->setEnabled(why.isEmpty());
    m_datevButton->setToolTip(why);
}

void AccountantFilesBar::editSetup()
{
    AccountantSetupDialog dialog(m_setup, this);
    if (dialog.exec() == QDialog::Accepted)
        setSetup(dialog.setup());
}

void AccountantFilesBar::exportFile(Format format)
{
    // DATEV's header names the tax adviser and the client: asked once, before the first file.
    if (format == Format::Datev && (m_setup.datev.consultantNumber == 0 || m_setup.datev.clientNumber == 0)) {
        editSetup();
        if (m_setup.datev.consultantNumber == 0 || m_setup.datev.clientNumber == 0)
            return;
    }
    const QList<PayoutBooking> payouts{payoutBookingOf(m_breakdown)};
    const QString name =
        format == Format::Datev ? DatevExport::suggestedFileName(payouts) : JournalCsv::suggestedFileName(payouts);
    QString path;
    if (m_chooser) {
        path = m_chooser(name);
    } else {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Save the file for your accountant"), QDir(folder).filePath(name),
                                            tr("CSV files (*.csv)"));
    }
    if (!path.isEmpty())
        exportTo(format, path);
}

bool AccountantFilesBar::exportTo(Format format, const QString& path)
{
    const QList<PayoutBooking> payouts{payoutBookingOf(m_breakdown)};
    PostingOptions options;
    options.vatRateBp = m_setup.feeVatRateBp;
    // One fiscal year per payout, one booking per account and charge: what accountants book.
    options.dateBasis = PostingOptions::DateBasis::PayoutDate;
    options.detail = PostingOptions::Detail::PerAccount;
    QString error;
    const bool written = format == Format::Datev
                             ? DatevExport::write(payouts, m_setup.mapping, m_setup.datev, options, path, &error)
                             : JournalCsv::write(payouts, m_setup.mapping, options, path, &error);
    if (!written) {
        showMessage(tr("Nothing was saved: %1").arg(error), QString());
        return false;
    }
    showMessage(
        tr("Saved %1 in %2.").arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
        path);
    return true;
}

void AccountantFilesBar::showMessage(const QString& text, const QString& file)
{
    m_lastFile = file;
    m_message->setText(text);
    m_message->setAccessibleName(text);
    m_message->show();
    m_openButton->setVisible(!file.isEmpty());
    m_showFolderButton->setVisible(!file.isEmpty());
}

QString AccountantFilesBar::messageText() const { return m_message->text(); }

} // namespace sp
