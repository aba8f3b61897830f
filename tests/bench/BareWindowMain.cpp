// bench_bare_window: the baseline of the start-up benchmark. It starts a bare Qt Widgets
// application, shows a QMainWindow, and exits as soon as the window is on screen (its first
// paint done), so that scripts/bench.sh can compare the app's cold start against what Qt itself
// costs. The app's --smoke-dashboard waits for its dashboard's first paint the same way.
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>
#include <cstdio>

namespace {

// Quits once the window has been shown and painted (its central widget's first paint, which is part
// of the window's; the line comes after that paint), like the app's smoke test. Until session 13 it
// quit at the event loop's turn after the Show event, before any paint: a window not yet on screen.
class ShownWatcher : public QObject
{
public:
    ShownWatcher(const QElapsedTimer* clock, QObject* parent)
        : QObject(parent)
        , m_clock(clock)
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            QTimer::singleShot(0, this, [this] {
                std::printf("bench_bare_window: main window shown after %lld ms\n",
                            static_cast<long long>(m_clock->elapsed()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer* m_clock;
    bool m_reported = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bench_bare_window"));
    window.setCentralWidget(new QLabel(QStringLiteral("Bare Qt Widgets window"), &window));
    window.resize(1024, 700);
    ShownWatcher watcher(&clock, &app);
    window.centralWidget()->installEventFilter(&watcher);
    window.show();
    return QApplication::exec();
}
