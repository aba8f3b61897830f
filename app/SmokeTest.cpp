#include "SmokeTest.h"

#include "MainWindow.h"
#include "WindowCoordinator.h"

#include <QFileInfo>
#include <QPixmap>

#include <cstdio>

namespace sp {

SmokeTest::SmokeTest(WindowCoordinator* windows, QString screenshotPath, QElapsedTimer sinceStart, int timeoutMs,
                     QObject* parent)
    : QObject(parent)
    , m_windows(windows)
    , m_screenshotPath(std::move(screenshotPath))
    , m_sinceStart(sinceStart)
{
    connect(windows, &WindowCoordinator::ready, this, &SmokeTest::onReady);
    connect(windows, &WindowCoordinator::userActionNeeded, this,
            [this](const QString& reason) { fail(tr("signing in needs the user: %1").arg(reason)); });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this, timeoutMs] {
        fail(tr("the main window was not shown and signed in within %1 s").arg(timeoutMs / 1000));
    });
    m_timeout.start(timeoutMs);
}

void SmokeTest::fail(const QString& reason)
{
    if (m_done)
        return;
    m_done = true;
    std::fprintf(stderr, "sellerpulse: smoke test failed: %s\n", qUtf8Printable(reason));
    std::fflush(stderr);
    emit finished(1);
}

int SmokeTest::reportSessionOwnedElsewhere(const QString& screenshotPath)
{
    if (!screenshotPath.isEmpty()) {
        std::fprintf(stderr, "sellerpulse: %s\n",
                     qUtf8Printable(tr("SellerPulse is already running with this profile; no screenshot was "
                                       "taken, so that its session is left alone.")));
        std::fflush(stderr);
        return 1;
    }
    std::fprintf(stdout, "sellerpulse: %s\n",
                 qUtf8Printable(tr("SellerPulse is already running with this profile; the smoke test leaves "
                                   "its session alone.")));
    std::fflush(stdout);
    return 0;
}

void SmokeTest::onReady()
{
    if (m_done || !m_windows)
        return;
    std::fprintf(stdout, "sellerpulse: main window shown after %lld ms\n",
                 static_cast<long long>(m_sinceStart.elapsed()));
    std::fflush(stdout);
    if (!m_screenshotPath.isEmpty()) {
        const QPixmap shot = m_windows->mainWindow()->grab();
        if (shot.isNull() || !shot.save(m_screenshotPath, "PNG")) {
            fail(tr("could not write the screenshot to %1").arg(m_screenshotPath));
            return;
        }
        std::fprintf(stdout, "sellerpulse: screenshot written to %s\n",
                     qUtf8Printable(QFileInfo(m_screenshotPath).absoluteFilePath()));
        std::fflush(stdout);
    }
    m_done = true;
    emit finished(0);
}

} // namespace sp
