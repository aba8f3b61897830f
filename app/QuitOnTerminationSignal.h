#pragma once

#include <QObject>

class QSocketNotifier;

namespace sp {

// Turns SIGINT/SIGTERM into a normal quit of the event loop, so that destructors run and the
// local sandbox is stopped instead of being left behind (Ctrl+C in the terminal of demo.sh).
// No-op on platforms without POSIX signals.
class QuitOnTerminationSignal : public QObject
{
    Q_OBJECT
public:
    explicit QuitOnTerminationSignal(QObject* parent = nullptr);
    ~QuitOnTerminationSignal() override;

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace sp
