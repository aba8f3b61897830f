#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace sp {

// One running SellerPulse per profile. The first start listens on a local socket named after a
// hash of the profile folder; a second start with the same profile connects, asks the first to
// show its window, and exits. A socket left behind by a crashed run is detected (nobody answers)
// and replaced.
//
// Another local user must neither keep SellerPulse from starting (by squatting the socket's name)
// nor make it raise its window. On Unix the socket lives in a folder only this user can enter:
// $XDG_RUNTIME_DIR, else <tmp>/sellerpulse-<uid>, else <cache>/sellerpulse-<uid>, each used only
// when it is a real folder (not a link) owned by this user with mode 0700 (created so when
// missing); and a peer of another user id is ignored on both ends (SO_PEERCRED on Linux,
// getpeereid() on macOS and the BSDs). On Windows the pipe's name includes the user and its ACL
// admits only this user (QLocalServer::UserAccessOption).
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role { Primary, Secondary, Failed };

    explicit SingleInstance(QObject* parent = nullptr);
    ~SingleInstance() override;

    // The socket name for a profile folder (`profileDir` empty: the platform's app data folder,
    // resolved as Profile::open does, so `--profile X` and the default cannot both be primary).
    // On Unix a full path in socketFolder(); empty when there is no private folder.
    static QString serverName(const QString& profileDir);
    // Unix: the private folder for the socket (see above); empty when none qualifies.
    static QString socketFolder();

    // Primary: this process now owns the profile (activationRequested() follows second starts).
    // Secondary: another process owns it and was asked to show its window (`message` says so).
    // Failed: neither (e.g. the socket could not be created); `message` says why.
    Role claim(const QString& profileDir, QString* message);
    // Gives the profile up (a restart's new process claims it).
    void release();

signals:
    // A second start asked for the window; the receiver raises it.
    void activationRequested();

private:
    // True when a running instance answered (and was asked to activate).
    bool activateRunning(const QString& name, int timeoutMs, bool* answered);
    void onNewConnection();
    // True when the connected peer runs as this user (always on platforms without a check).
    static bool peerIsThisUser(qintptr socketDescriptor);

    QLocalServer* m_server = nullptr;
};

} // namespace sp
