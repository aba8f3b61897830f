#include "SupportActions.h"

#include "AboutDialog.h"
#include "AmazonConnectionSection.h"
#include "BundleViewerDialog.h"
#include "auth/SessionHost.h"
#include "SupportBundleDialog.h"
#include "SystemClock.h"
#include "UiLog.h"
#include "auth/Session.h"
#include "support/SupportBundleCollector.h"
#include "support/SupportBundleReader.h"

#include <QUrl>
#include <QFileInfo>
#include <QDir>
#include <QDesktopServices>
#include <QDateTime>
#include <QFileDialog>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPushButton>
#include <QStandardPaths>

namespace sp {

SupportActions::SupportActions(SessionHost* host, QObject* parent)
    : QObject(parent)
    , m_host(host)
{}

void SupportActions::createBundle()
{
    if (m_collecting)
        return;
    if (m_bundleDialog) {
        m_bundleDialog->raise();
        return;
    }
    m_collecting = true;
    SupportContext context;
    context.profile = m_host->profile();
    context.secrets = m_host->secrets();
    context.serverUrl = m_host->server().url.toString();
    context.previousRunEndedUnexpectedly = m_previousEndedUnexpectedly;
    // The settings page owns the Amazon connection client; its last answer is what this run knows
    // (asking the server again would make a bundle depend on the network).
    const AmazonConnectionSection* section = m_window ? m_window->findChild<AmazonConnectionSection*>() : nullptr;
    if (section && section->client()) {
        const AmazonConnection connection = section->client()->connection();
        switch (connection.status) {
        case AmazonConnection::Status::Unknown:
            break;
        case AmazonConnection::Status::NotConnected:
            context.amazonConnected = QStringLiteral("no");
            break;
        case AmazonConnection::Status::Pending:
            context.amazonConnected = QStringLiteral("pending");
            break;
        case AmazonConnection::Status::Connected:
            context.amazonConnected = QStringLiteral("yes");
            break;
        case AmazonConnection::Status::Revoked:
            context.amazonConnected = QStringLiteral("revoked");
            break;
        }
        context.amazonRegion = connection.region;
        context.amazonMarketplaceIds = connection.marketplaceIds;
    }
    if (Session* session = m_host->session())
        context.sessionState =
            QString::fromLatin1(QMetaEnum::fromType<Session::State>().valueToKey(int(session->state())));
    const Clock* clock = m_host->clock() ? m_host->clock() : systemClock();
    const QString createdAt = clock->nowUtc().toString(Qt::ISODate);
    qCInfo(lcUi) << "collecting a support bundle";
    SupportBundleCollector::collect(context, this, [this, createdAt](const SupportBundle& bundle) {
        m_collecting = false;
        auto* dialog = new SupportBundleDialog(bundle, createdAt, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        m_bundleDialog = dialog;
        connect(dialog, &QDialog::accepted, this, [this, dialog] { confirmSaved(dialog->savedPath()); });
        dialog->open();
        emit bundleDialogShown();
    });
}

void SupportActions::openBundle()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open support bundle"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("Support bundles (*.zip);;All files (*)"));
    if (!path.isEmpty())
        openBundleFile(path);
}

void SupportActions::openBundleFile(const QString& path)
{
    QString error;
    auto bundle = SupportBundleReader::readFile(path, &error);
    if (!bundle) {
        qCWarning(lcUi) << "refused a support bundle:" << error;
        showMessage(tr("Open support bundle"), error, QStringLiteral("bundleRefusedBox"));
        return;
    }
    if (m_viewer)
        m_viewer->close();
    auto* viewer = new BundleViewerDialog(std::move(*bundle), path, m_window);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    m_viewer = viewer;
    viewer->show();
}

void SupportActions::showAbout()
{
    if (!m_about) {
        m_about = new AboutDialog(m_window);
        m_about->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_about->show();
    m_about->raise();
}

void SupportActions::showCrashNotice()
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("SellerPulse ended unexpectedly"),
                                tr("SellerPulse ended unexpectedly the last time it ran. If it happens again, a "
                                   "support bundle helps us find out why: it holds versions, settings and the recent "
                                   "log, and you see everything in it before you save it."),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("crashNotice"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* create = box->addButton(tr("Create support bundle..."), QMessageBox::AcceptRole);
    create->setObjectName(QStringLiteral("crashNoticeCreateBundle"));
    create->setAccessibleName(create->text());
    box->addButton(tr("Not now"), QMessageBox::RejectRole)->setAccessibleName(tr("Not now"));
    connect(create, &QPushButton::clicked, this, &SupportActions::createBundle);
    m_messageBox = box;
    box->open();
}

// The bundle is saved and its dialog closed: say where, with the file and its folder one click away
// (the seller attaches it to an email next).
void SupportActions::confirmSaved(const QString& path)
{
    if (path.isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Information, tr("Support bundle saved"),
                                tr("The support bundle was saved to %1.").arg(QDir::toNativeSeparators(path)),
                                QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("bundleSavedBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* open = box->addButton(tr("&Open"), QMessageBox::ActionRole);
    open->setObjectName(QStringLiteral("bundleSavedOpen"));
    QPushButton* folder = box->addButton(tr("Show in &folder"), QMessageBox::ActionRole);
    folder->setObjectName(QStringLiteral("bundleSavedShowFolder"));
    connect(open, &QPushButton::clicked, this, [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    connect(folder, &QPushButton::clicked, this,
            [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath())); });
    m_messageBox = box;
    box->open();
}

void SupportActions::showMessage(const QString& title, const QString& text, const QString& objectName)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(objectName);
    box->setTextFormat(Qt::PlainText); // the text may quote a name from a hostile file
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_messageBox = box;
    box->open();
}

} // namespace sp
