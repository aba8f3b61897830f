#include "SyncStatusPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace sp {

SyncStatusPanel::SyncStatusPanel(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("syncStatusPanel"));
    m_label->setObjectName(QStringLiteral("syncStatusLabel"));
    m_bar->setObjectName(QStringLiteral("syncProgressBar"));
    m_bar->setAccessibleName(tr("Sync progress"));
    m_bar->setTextVisible(false);
    m_cancelButton->setObjectName(QStringLiteral("syncCancelButton"));
    m_cancelButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_bar->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_bar->setFixedWidth(160);
    m_cancelButton->setAccessibleName(tr("Cancel the sync"));
    m_cancelButton->setToolTip(tr("Stop downloading; what was downloaded so far is kept."));
    connect(m_cancelButton, &QPushButton::clicked, this, &SyncStatusPanel::cancelRequested);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancelButton);
    setSyncing(false);
}

void SyncStatusPanel::setProgress(const SyncProgress& progress)
{
    m_progress = progress;
    if (progress.estimatedTotal > 0) {
        const int total = static_cast<int>(qMin<qint64>(progress.estimatedTotal, INT_MAX));
        m_bar->setRange(0, total);
        m_bar->setValue(static_cast<int>(qMin<qint64>(progress.done, total)));
    } else {
        m_bar->setRange(0, 0); // busy: no estimate yet
    }
    updateText();
}

void SyncStatusPanel::setSyncing(bool syncing)
{
    const bool started = syncing && !m_syncing;
    m_syncing = syncing;
    if (started) {
        m_message.clear();
        m_bar->setRange(0, 0); // busy until the first report
    } else if (!syncing) {
        m_progress = SyncProgress{};
        m_bar->setRange(0, 1);
        m_bar->setValue(0);
    }
    m_bar->setVisible(syncing);
    m_cancelButton->setVisible(syncing);
    m_cancelButton->setEnabled(syncing);
    updateText();
}

void SyncStatusPanel::setDataAsOf(const QDateTime& at)
{
    m_dataAsOf = at;
    updateText();
}

void SyncStatusPanel::setReconnecting(bool reconnecting)
{
    if (reconnecting == m_reconnecting)
        return;
    m_reconnecting = reconnecting;
    updateText();
}

void SyncStatusPanel::setMessage(const QString& message)
{
    m_message = message;
    updateText();
}

QString SyncStatusPanel::text() const { return m_label->text(); }

void SyncStatusPanel::updateText()
{
    QString text;
    if (m_syncing)
        text = !m_progress.resource.isEmpty() ? progressText(m_progress)
               : m_reconnecting               ? tr("Trying to reach the server...")
                                              : tr("Syncing...");
    else if (!m_message.isEmpty())
        text = m_message + QStringLiteral(" · ") + dataAsOfText(m_dataAsOf);
    else
        text = dataAsOfText(m_dataAsOf);
    m_label->setText(text);
    m_label->setAccessibleName(text);
}

QString SyncStatusPanel::resourceName(const QString& resource)
{
    if (resource == QLatin1String("marketplaces"))
        return tr("marketplaces");
    if (resource == QLatin1String("products"))
        return tr("products");
    if (resource == QLatin1String("inventory"))
        return tr("inventory");
    if (resource == QLatin1String("orders"))
        return tr("orders");
    if (resource == QLatin1String("financial-events"))
        return tr("financial events");
    if (resource == QLatin1String("unit-costs"))
        return tr("unit costs");
    if (resource == QLatin1String("exchange-rates"))
        return tr("exchange rates");
    return resource;
}

QString SyncStatusPanel::progressText(const SyncProgress& progress)
{
    const QLocale locale;
    const QString what = resourceName(progress.resource);
    if (progress.estimatedTotal > 0)
        return tr("Downloading %1: %2 of about %3")
            .arg(what, locale.toString(progress.done), locale.toString(progress.estimatedTotal));
    return tr("Downloading %1: %2").arg(what, locale.toString(progress.done));
}

QString SyncStatusPanel::dataAsOfText(const QDateTime& at)
{
    if (!at.isValid())
        return tr("No data downloaded yet");
    return tr("Data as of %1").arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
}

} // namespace sp
