#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace sp {

// One running SellerPulse per profile. The first start listens on a local socket named after a
// hash of the profile folder; a second start with the same profile connects, asks the first to
// show its window, and exits. A socket left behind by a crashed run is detected (nobody answers)
// and replaced.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role { Primary, Secondary, Failed };

    explicit SingleInstance(QObject* parent = nullptr);
    ~SingleInstance() override;

    // The socket name for a profile folder (`profileDir` empty: the platform's app data folder,
    // resolved as Profile::open does, so `--profile X` and the default cannot both be primary).
    static QString serverName(const QString& profileDir);

    // Primary: this process now owns the profile (activationRequested() follows second starts).
    // Secondary: another process owns it and was asked to show its window (`message` says so).
    // Failed: neither (e.g. the socket could not be created); `message` says why.
    Role claim(const QString& profileDir, QString* message);

signals:
    // A second start asked for the window; the receiver raises it.
    void activationRequested();

private:
    // True when a running instance answered (and was asked to activate).
    bool activateRunning(const QString& name, int timeoutMs, bool* answered);
    void onNewConnection();

    QLocalServer* m_server = nullptr;
};

} // namespace sp
