#pragma once

#include <QObject>

class QSocketNotifier;

namespace sp {

// Turns SIGTERM and SIGINT into a Qt signal via a self-pipe, so shutdown runs in the event loop
// (a signal handler may only call async-signal-safe functions).
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject* parent = nullptr);
    ~UnixSignalWatcher() override;

    bool install();

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    static void handleSignal(int signalNumber);
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace sp
