#include "JobProgressPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace sp {

namespace {
constexpr int kSteps = 1000; // the bar's range: a total of millions of rows fits no int exactly
} // namespace

JobProgressPanel::JobProgressPanel(const QString& name, const QString& progressName, const QString& cancelName,
                                   QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("&Cancel"), this))
{
    setObjectName(name + QLatin1String("ProgressPanel"));
    m_label->setObjectName(name + QLatin1String("ProgressLabel"));
    m_bar->setObjectName(name + QLatin1String("Progress"));
    m_bar->setAccessibleName(progressName);
    m_bar->setFormat(tr("%p%"));
    m_bar->setTextVisible(true);
    m_cancelButton->setObjectName(name + QLatin1String("CancelButton"));
    m_cancelButton->setAccessibleName(cancelName);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancelButton);
    m_showDelay.setSingleShot(true);
    connect(&m_showDelay, &QTimer::timeout, this, [this] { setVisible(m_running); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_running)
            emit cancelRequested();
    });
    hide();
}

void JobProgressPanel::start(const QString& text, int showAfterMs)
{
    m_running = true;
    m_label->setText(text);
    m_bar->setRange(0, 0); // busy until the job says how far it is
    m_bar->setAccessibleDescription(text);
    if (showAfterMs <= 0) {
        m_showDelay.stop();
        show();
    } else if (isHidden()) {
        m_showDelay.start(showAfterMs);
    }
}

void JobProgressPanel::setProgress(qint64 done, qint64 total)
{
    if (!m_running)
        return;
    if (total <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    m_bar->setRange(0, kSteps);
    m_bar->setValue(int(qBound<qint64>(0, done, total) * kSteps / total));
}

void JobProgressPanel::stop()
{
    m_running = false;
    m_showDelay.stop();
    hide();
    m_bar->setRange(0, kSteps);
    m_bar->reset();
}

} // namespace sp
