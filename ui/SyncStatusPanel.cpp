#include "SyncStatusPanel.h"
#include "ElidedLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace sp {

SyncStatusPanel::SyncStatusPanel(QWidget* parent)
    : QWidget(parent)
    , m_label(new ElidedLabel(this))
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
    constexpr qint64 kMeasureMs = 3000; // a rate measured over less says little
    if (progress.resource != m_progress.resource || !m_rateTimer.isValid()) {
        m_rateTimer.start();
        m_rateStartDone = progress.done;
        m_secondsLeft = -1;
    } else if (progress.estimatedTotal > 0 && progress.done > m_rateStartDone && m_rateTimer.elapsed() >= kMeasureMs) {
        const double perMs = double(progress.done - m_rateStartDone) / double(m_rateTimer.elapsed());
        m_secondsLeft = qint64(double(qMax<qint64>(0, progress.estimatedTotal - progress.done)) / perMs / 1000.0);
    }
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
        m_rateTimer.invalidate();
        m_secondsLeft = -1;
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
        text = !m_progress.resource.isEmpty() ? progressText(m_progress, m_secondsLeft)
               : m_reconnecting               ? tr("Trying to reach the server...")
                                              : tr("Syncing...");
    else if (!m_message.isEmpty())
        text = m_message + QStringLiteral(" · ") + dataAsOfText(m_dataAsOf);
    else
        text = dataAsOfText(m_dataAsOf);
    m_label->setFullText(text); // elided with the whole text as tooltip: the status bar never widens the window
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
    if (resource == QLatin1String("settlements"))
        return tr("payouts");
    if (resource == QLatin1String("expenses"))
        return tr("expenses");
    if (resource == QLatin1String("restock-settings"))
        return tr("restock settings");
    return resource;
}

int SyncStatusPanel::percentDone(const SyncProgress& progress)
{
    if (progress.estimatedTotal <= 0)
        return -1;
    return int(qBound(qint64(0), progress.done * 100 / progress.estimatedTotal, qint64(100)));
}

QString SyncStatusPanel::progressText(const SyncProgress& progress, qint64 secondsLeft)
{
    const QLocale locale;
    const QString what = resourceName(progress.resource);
    if (progress.estimatedTotal <= 0)
        return tr("Downloading %1: %2").arg(what, locale.toString(progress.done));
    //: %1 what, %2 percent done, %3 rows done, %4 rows in all; e.g. "Downloading orders: 40% (1,200 of about 3,000)"
    const QString text = tr("Downloading %1: %2% (%3 of about %4)")
                             .arg(what, locale.toString(percentDone(progress)), locale.toString(progress.done),
                                  locale.toString(progress.estimatedTotal));
    return secondsLeft < 0 ? text : tr("%1, %2").arg(text, timeLeftText(secondsLeft));
}

QString SyncStatusPanel::timeLeftText(qint64 seconds)
{
    if (seconds < 60)
        return tr("less than a minute left");
    const qint64 minutes = (seconds + 30) / 60;
    // No %n plurals: the source language has no translation file to give English its forms.
    if (minutes == 1)
        return tr("about 1 minute left");
    if (minutes < 60)
        return tr("about %1 minutes left").arg(QLocale().toString(minutes));
    const qint64 hours = (minutes + 30) / 60;
    return hours == 1 ? tr("about 1 hour left") : tr("about %1 hours left").arg(QLocale().toString(hours));
}

QString SyncStatusPanel::offlineText(const QDateTime& at)
{
    return at.isValid() ? tr("Offline: data as of %1. SellerPulse reconnects by itself when the server can be "
                             "reached again.")
                              .arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat))
                        : tr("Offline: no data has been downloaded yet. SellerPulse reconnects by itself when the "
                             "server can be reached again.");
}

QString SyncStatusPanel::dataAsOfText(const QDateTime& at)
{
    if (!at.isValid())
        return tr("No data downloaded yet");
    return tr("Data as of %1").arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
}

} // namespace sp
