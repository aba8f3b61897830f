#include "YourDataSection.h"
#include "ErrorDetailsView.h"

#include "DeleteAccountDialog.h"
#include "JobProgressPanel.h"
#include "SystemClock.h"
#include "UiLog.h"
#include "cache/CacheArchiveWriter.h"
#include "cache/CacheReader.h"
#include "auth/Session.h"
#include "cache/CacheQuery.h"
#include "cache/ReadProgress.h"
#include "common/AtomicFileReplacer.h"
#include "sync/SyncController.h"

#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sp {

YourDataSection::YourDataSection(QWidget* parent)
    : QWidget(parent)
    , m_clock(systemClock())
    , m_requestButton(new QPushButton(tr("Prepare a full export"), this))
    , m_saveButton(new QPushButton(tr("Save the export..."), this))
    , m_progress(new QProgressBar(this))
    , m_statusLabel(new QLabel(this))
    , m_exportErrorDetails(new ErrorDetailsView(QStringLiteral("exportErrorDetails"), this))
    , m_cacheButton(new QPushButton(tr("Export this computer's data..."), this))
    , m_cacheLabel(new QLabel(this))
    , m_archiveProgress(
          new JobProgressPanel(QStringLiteral("archive"), tr("Archive progress"), tr("Cancel the archive"), this))
    , m_deleteButton(new QPushButton(tr("Delete account..."), this))
{
    setObjectName(QStringLiteral("yourDataSection"));
    m_requestButton->setObjectName(QStringLiteral("requestExportButton"));
    m_requestButton->setAccessibleName(tr("Prepare a full export"));
    m_saveButton->setObjectName(QStringLiteral("saveExportButton"));
    m_saveButton->setAccessibleName(tr("Save the export"));
    m_progress->setObjectName(QStringLiteral("exportProgressBar"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_statusLabel->setObjectName(QStringLiteral("exportStatusLabel"));
    m_statusLabel->setAccessibleName(tr("Export status"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cacheButton->setObjectName(QStringLiteral("exportCacheButton"));
    m_cacheButton->setAccessibleName(tr("Export this computer's data"));
    m_cacheLabel->setObjectName(QStringLiteral("exportCacheLabel"));
    m_cacheLabel->setAccessibleName(tr("Offline archive status"));
    m_cacheLabel->setWordWrap(true);
    m_cacheLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deleteButton->setObjectName(QStringLiteral("deleteAccountButton"));
    m_deleteButton->setAccessibleName(tr("Delete account"));

    auto* server = new QGroupBox(tr("Everything SellerPulse stores about you"), this);
    auto* serverLayout = new QVBoxLayout(server);
    auto* serverHint = new QLabel(tr("A ZIP of your account, orders, products, stock, fees, Amazon connection "
                                     "(never its token), permissions, unit costs, expenses and restock settings. "
                                     "SellerPulse checks it against the server's SHA-256 checksum before saving it."),
                                  server);
    serverHint->setWordWrap(true);
    auto* serverButtons = new QHBoxLayout;
    serverButtons->addWidget(m_requestButton);
    serverButtons->addWidget(m_saveButton);
    serverButtons->addStretch(1);
    serverLayout->addWidget(serverHint);
    serverLayout->addLayout(serverButtons);
    serverLayout->addWidget(m_progress);
    serverLayout->addWidget(m_statusLabel);
    serverLayout->addWidget(m_exportErrorDetails);

    auto* local = new QGroupBox(tr("This computer's offline data"), this);
    auto* localLayout = new QVBoxLayout(local);
    auto* localHint = new QLabel(tr("An archive for your records: a ZIP of CSV files any spreadsheet opens. It "
                                    "is not encrypted; keep it somewhere safe."),
                                 local);
    localHint->setWordWrap(true);
    localLayout->addWidget(localHint);
    localLayout->addWidget(m_cacheButton, 0, Qt::AlignLeft);
    localLayout->addWidget(m_archiveProgress);
    localLayout->addWidget(m_cacheLabel);

    auto* danger = new QGroupBox(tr("Delete account"), this);
    auto* dangerLayout = new QVBoxLayout(danger);
    auto* dangerHint = new QLabel(tr("Closes your account; its data is deleted within 30 days, except what the "
                                     "law requires us to keep."),
                                  danger);
    dangerHint->setWordWrap(true);
    dangerLayout->addWidget(dangerHint);
    dangerLayout->addWidget(m_deleteButton, 0, Qt::AlignLeft);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(server);
    layout->addWidget(local);
    layout->addWidget(danger);
    layout->addStretch(1);

    connect(m_requestButton, &QPushButton::clicked, this, [this] {
        if (m_export)
            m_export->request();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &YourDataSection::saveExport);
    connect(m_cacheButton, &QPushButton::clicked, this, &YourDataSection::exportCache);
    connect(m_archiveProgress, &JobProgressPanel::cancelRequested, this, &YourDataSection::cancelArchive);
    connect(m_deleteButton, &QPushButton::clicked, this, &YourDataSection::openDeleteAccount);
    updateButtons();
}

YourDataSection::~YourDataSection()
{
    if (m_archiveReader)
        m_archiveReader->cancel(CacheReader::laneOf(this, "archive"));
}

void YourDataSection::setSession(Session* session)
{
    if (m_export)
        m_export->deleteLater();
    m_export = nullptr;
    m_session = session;
    if (session) {
        m_export = new AccountExportClient(session, this);
        connect(m_export, &AccountExportClient::stateChanged, this, &YourDataSection::onExportState);
        connect(m_export, &AccountExportClient::progressChanged, m_progress, &QProgressBar::setValue);
        connect(m_export, &AccountExportClient::failed, this, [this](const QString& message, const QString& details) {
            setStatus(message);
            m_exportErrorDetails->setDetails(details);
        });
        connect(m_export, &AccountExportClient::saved, this, [this](const QString& path, const QByteArray& sha) {
            setStatus(tr("Saved and verified: %1 (SHA-256 %2)")
                          .arg(QDir::toNativeSeparators(path), QString::fromLatin1(sha)));
        });
        connect(session, &Session::stateChanged, this, &YourDataSection::updateButtons, Qt::UniqueConnection);
    }
    m_statusLabel->clear();
    m_exportErrorDetails->setDetails(QString());
    m_progress->hide();
    updateButtons();
}

void YourDataSection::setSyncController(SyncController* sync)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (sync)
        connect(sync, &SyncController::stateChanged, this, &YourDataSection::updateButtons);
    updateButtons();
}

void YourDataSection::updateButtons()
{
    const bool signedIn = m_session && m_session->state() == Session::State::SignedIn;
    const AccountExportClient::State state = m_export ? m_export->state() : AccountExportClient::State::Idle;
    const bool busy =
        state == AccountExportClient::State::Preparing || state == AccountExportClient::State::Downloading;
    m_requestButton->setEnabled(signedIn && !busy);
    m_saveButton->setEnabled(signedIn && state == AccountExportClient::State::Ready);
    m_cacheButton->setEnabled(m_sync && m_sync->reader() != nullptr && !m_archiveReader);
    m_deleteButton->setEnabled(signedIn);
}

void YourDataSection::setStatus(const QString& text)
{
    m_statusLabel->setText(text);
    m_exportErrorDetails->setDetails(QString()); // a failure sets its details after this
}

void YourDataSection::onExportState(AccountExportClient::State state)
{
    m_progress->setVisible(state == AccountExportClient::State::Preparing
                           || state == AccountExportClient::State::Downloading);
    if (state == AccountExportClient::State::Downloading)
        m_progress->setRange(0, 0); // busy: the size is known, the pace is not worth a second channel
    else
        m_progress->setRange(0, 100);
    switch (state) {
    case AccountExportClient::State::Preparing:
        setStatus(tr("The server is preparing your export..."));
        break;
    case AccountExportClient::State::Ready:
        if (m_statusLabel->text().isEmpty() || m_statusLabel->text() == tr("The server is preparing your export..."))
            setStatus(tr("Your export is ready (%1). Choose where to save it.")
                          .arg(QLocale().formattedDataSize(qMax<qint64>(0, m_export->sizeBytes()))));
        break;
    case AccountExportClient::State::Downloading:
        setStatus(tr("Downloading and verifying..."));
        break;
    default:
        break;
    }
    updateButtons();
}

void YourDataSection::setClock(const Clock* clock) { m_clock = clock ? clock : systemClock(); }

QDate YourDataSection::localToday() const
{
    return m_clock->nowUtc().toLocalTime().date(); // the file names carry the user's own date
}

void YourDataSection::saveExport()
{
    if (!m_export || !m_services.chooseSaveFile)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("sellerpulse-export-%1.zip").arg(localToday().toString(Qt::ISODate)));
    const QString path = m_services.chooseSaveFile(this, tr("Save the export"), suggested, tr("ZIP archives (*.zip)"));
    if (path.isEmpty())
        return;
    m_export->download(path);
}

void YourDataSection::exportCache()
{
    if (!m_sync || !m_sync->reader() || !m_services.chooseSaveFile)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("sellerpulse-offline-%1.zip").arg(localToday().toString(Qt::ISODate)));
    const QString path =
        m_services.chooseSaveFile(this, tr("Export this computer's data"), suggested, tr("ZIP archives (*.zip)"));
    if (path.isEmpty())
        return;
    CacheReader* reader = m_sync->reader();
    if (!reader)
        return;
    // A job on the cache's reader, one at a time: it writes and flushes the ZIP beside `path`, and
    // the rename happens here when its result arrives. A cancelled job's result never arrives, so
    // its unfinished file goes with it (AtomicFileReplacer) and nothing appears at `path`.
    m_archiveReader = reader;
    m_archiveReaderGone = connect(reader, &QObject::destroyed, this, [this] { // the cache closed under it
        endArchive();
        m_cacheLabel->setText(tr("Archive cancelled."));
    });
    updateButtons();
    m_cacheLabel->setText(tr("Saving this computer's data\u2026"));
    m_archiveProgress->start(QString());
    auto file = std::make_shared<AtomicFileReplacer>(path);
    reader->read<CacheArchiveWriter::Result>(
        this, CacheReader::laneOf(this, "archive"),
        [file, asOf = m_sync->lastSyncedAt()](const CacheQuery& cache, ReadProgress& progress) {
            return CacheArchiveWriter::writeInto(cache, *file, asOf, &progress);
        },
        [this, file, path](CacheArchiveWriter::Result result) {
            endArchive();
            if (result.ok)
                CacheArchiveWriter::commit(*file, &result);
            if (!result.ok) {
                m_cacheLabel->setText(tr("Not saved: %1").arg(result.error));
                emit cacheExported(false);
                return;
            }
            qCInfo(lcUi) << "offline data archived," << result.rows << "rows";
            m_cacheLabel->setText(tr("Saved %1 rows to %2. This file is not encrypted.")
                                      .arg(result.rows)
                                      .arg(QDir::toNativeSeparators(path)));
            emit cacheExported(true);
        },
        [this](qint64 done, qint64 total) {
            m_archiveProgress->setProgress(done, total);
            emit archiveProgress(done, total);
        });
}

void YourDataSection::cancelArchive()
{
    if (!m_archiveReader)
        return;
    m_archiveReader->cancel(CacheReader::laneOf(this, "archive")); // its result never arrives
    qCInfo(lcUi) << "offline archive cancelled";
    endArchive();
    m_cacheLabel->setText(tr("Archive cancelled."));
    emit cacheExported(false);
}

// Back to idle: no job, the button usable again.
void YourDataSection::endArchive()
{
    disconnect(m_archiveReaderGone);
    m_archiveReader = nullptr;
    m_archiveProgress->stop();
    updateButtons();
}

void YourDataSection::openDeleteAccount()
{
    if (!m_session)
        return;
    auto* dialog = new DeleteAccountDialog(m_session, m_sync, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteAccountDialog::accountDeleted, this, &YourDataSection::accountDeleted);
    dialog->open();
}

} // namespace sp
