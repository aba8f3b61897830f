#include "BundleViewerDialog.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
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

BundleViewerDialog::BundleViewerDialog(SupportBundle bundle, const QString& fileName, QWidget* parent)
    : QDialog(parent)
    , m_bundle(std::move(bundle))
    , m_files(new QListWidget(this))
    , m_content(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("bundleViewer"));
    setWindowTitle(tr("Support bundle %1").arg(QFileInfo(fileName).fileName()));
    m_files->setObjectName(QStringLiteral("bundleViewerFiles"));
    m_files->setAccessibleName(tr("Files in the bundle"));
    m_content->setObjectName(QStringLiteral("bundleViewerContent"));
    m_content->setAccessibleName(tr("Content of the selected file"));
    m_content->setReadOnly(true);
    m_content->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    // The summary first, whatever the archive's order.
    const QString summaryName = QLatin1String(SupportBundle::kSummaryName);
    std::stable_sort(m_bundle.files.begin(), m_bundle.files.end(),
                     [&summaryName](const SupportBundle::File& a, const SupportBundle::File& b) {
                         return a.name == summaryName && b.name != summaryName;
                     });
    for (const SupportBundle::File& file : std::as_const(m_bundle.files))
        m_files->addItem(file.name == summaryName ? tr("Summary") : file.name);
    connect(m_files, &QListWidget::currentRowChanged, this, &BundleViewerDialog::showFile);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_files);
    splitter->addWidget(m_content);
    splitter->setStretchFactor(1, 3);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* note = new QLabel(tr("Read-only: the bundle was checked against its manifest and is shown as it is."), this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(900, 600);
    nameButtons(this);
    if (!m_bundle.files.isEmpty())
        m_files->setCurrentRow(0);
}

int BundleViewerDialog::fileCount() const { return m_files->count(); }

QString BundleViewerDialog::shownText() const { return m_content->toPlainText(); }

void BundleViewerDialog::showFile(int row)
{
    if (row < 0 || row >= m_bundle.files.size())
        return;
    if (m_files->currentRow() != row)
        m_files->setCurrentRow(row);
    // Plain text only: nothing in a bundle is interpreted (no rich text, no links).
    m_content->setPlainText(QString::fromUtf8(m_bundle.files[row].content));
}

} // namespace sp
