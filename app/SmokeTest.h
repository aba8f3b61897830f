#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace sp {

class WindowCoordinator;

// --smoke-test / --screenshot: succeeds as soon as the main window is shown and signed in (and,
// with a path, grabbed to a PNG); fails when the user would have to act, or on timeout.
class SmokeTest : public QObject
{
    Q_OBJECT
public:
    SmokeTest(WindowCoordinator* windows, QString screenshotPath, QElapsedTimer sinceStart,
              int timeoutMs, QObject* parent = nullptr);

    void fail(const QString& reason);

signals:
    void finished(int exitCode);

private:
    void onReady();

    QPointer<WindowCoordinator> m_windows;
    QString m_screenshotPath;
    QElapsedTimer m_sinceStart;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace sp
