#include "SupportBundleDialog.h"

#include "support/SupportBundleWriter.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sp {

namespace {

// Screen readers announce a button by its accessible name: the visible text, without mnemonics.
void nameButtons(QWidget* root)
{
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (button->accessibleName().isEmpty())
            button->setAccessibleName(button->text().remove(QLatin1Char('&')));
    }
}

} // namespace

SupportBundleDialog::SupportBundleDialog(SupportBundle bundle, QString createdAt, QWidget* parent)
    : QDialog(parent)
    , m_bundle(std::move(bundle))
    , m_createdAt(std::move(createdAt))
    , m_files(new QListWidget(this))
    , m_content(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("supportBundleDialog"));
    setWindowTitle(tr("Create support bundle"));
    m_files->setObjectName(QStringLiteral("bundleFileList"));
    m_files->setAccessibleName(tr("Files in the bundle"));
    m_content->setObjectName(QStringLiteral("bundleFileContent"));
    m_content->setAccessibleName(tr("Content of the selected file"));
    m_content->setReadOnly(true);
    m_content->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_status->setObjectName(QStringLiteral("bundleStatus"));
    m_status->setWordWrap(true);

    auto* intro = new QLabel(tr("This bundle helps support find out what went wrong. It holds versions, settings, "
                                "the recent log and the shape of your offline data. It holds no password, token, key, "
                                "order, product or buyer data. Check every file below, then save it and send it to "
                                "support."),
                             this);
    intro->setWordWrap(true);

    const QLocale locale;
    for (const SupportBundle::File& file : m_bundle.files)
        m_files->addItem(tr("%1 (%2)").arg(file.name, locale.formattedDataSize(file.content.size())));
    connect(m_files, &QListWidget::currentRowChanged, this, &SupportBundleDialog::showFile);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_files);
    splitter->addWidget(m_content);
    splitter->setStretchFactor(1, 3);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->addButton(tr("&Save..."), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("bundleSaveButton"));
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, &SupportBundleDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 600);
    nameButtons(this);

    m_chooser = [](QWidget* owner, const QString& suggested) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(owner, tr("Save support bundle"), QDir(folder).filePath(suggested),
                                            tr("Support bundles (*.zip)"));
    };
    if (!m_bundle.files.isEmpty())
        m_files->setCurrentRow(0);
}

void SupportBundleDialog::showFile(int row)
{
    if (row < 0 || row >= m_bundle.files.size())
        return;
    m_content->setPlainText(QString::fromUtf8(m_bundle.files[row].content));
}

bool SupportBundleDialog::saveTo(const QString& path)
{
    QString error;
    if (!SupportBundleWriter::write(m_bundle, path, m_createdAt, &error)) {
        m_status->setText(error);
        return false;
    }
    m_savedPath = path;
    m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void SupportBundleDialog::save()
{
    QString stamp = m_createdAt;
    stamp.remove(QLatin1Char(':')).remove(QLatin1Char('-'));
    const QString path = m_chooser(this, QStringLiteral("sellerpulse-support-%1.zip").arg(stamp));
    if (path.isEmpty())
        return; // the user changed their mind: the dialog stays
    if (saveTo(path))
        accept();
}

} // namespace sp
