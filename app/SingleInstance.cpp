#include "SingleInstance.h"

#include "AppLog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace sp {

namespace {
constexpr char kActivate[] = "activate\n";
constexpr char kAcknowledge[] = "ok\n";
constexpr int kConnectTimeoutMs = 2000;
// The primary answers from its event loop; a busy start-up (opening the cache) may take a moment.
constexpr int kAnswerTimeoutMs = 10000;
} // namespace

SingleInstance::SingleInstance(QObject* parent)
    : QObject(parent)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString& profileDir)
{
    QString root = profileDir;
    if (root.isEmpty())
        root = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    root = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    // A symbolic link to the same folder is the same profile.
    const QString canonical = QFileInfo(root).canonicalFilePath();
    if (!canonical.isEmpty())
        root = canonical;
    // Hashed: the name must be short (sun_path holds 108 bytes) and must not reveal the folder.
    const QByteArray hash = QCryptographicHash::hash(root.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QStringLiteral("sellerpulse-") + QString::fromLatin1(hash);
}

bool SingleInstance::activateRunning(const QString& name, int timeoutMs, bool* answered)
{
    *answered = false;
    QLocalSocket socket;
    socket.connectToServer(name);
    // Blocking waits are fine here: this runs once at start-up, before any window exists.
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kActivate);
    socket.flush();
    QByteArray reply;
    while (!reply.contains('\n') && socket.waitForReadyRead(kAnswerTimeoutMs))
        reply += socket.readAll();
    *answered = reply == kAcknowledge;
    return true;
}

SingleInstance::Role SingleInstance::claim(const QString& profileDir, QString* message)
{
    const QString name = serverName(profileDir);
    bool answered = false;
    if (activateRunning(name, kConnectTimeoutMs, &answered)) {
        *message = answered
            ? QCoreApplication::translate("sp::SingleInstance", "SellerPulse is already running with this profile; its window was brought to the front.")
            : QCoreApplication::translate("sp::SingleInstance", "SellerPulse is already running with this profile, but it did not answer.");
        return Role::Secondary;
    }

    m_server = new QLocalServer(this);
    // Only this user may connect (on Unix the socket file is 0700-like; elsewhere the pipe's ACL).
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(name)) {
        if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
            // Someone started at the same moment and won: ask that one instead.
            if (activateRunning(name, kConnectTimeoutMs, &answered)) {
                *message = QCoreApplication::translate("sp::SingleInstance", "SellerPulse is already running with this profile; its window was brought to the front.");
                return Role::Secondary;
            }
            // Nobody answers on the socket: a run that crashed left it behind.
            qCInfo(lcApp) << "removing the stale single-instance socket of a previous run";
            QLocalServer::removeServer(name);
        }
        if (!m_server->isListening() && !m_server->listen(name)) {
            *message = QCoreApplication::translate("sp::SingleInstance", "Could not make sure SellerPulse runs only once for this profile: %1")
                           .arg(m_server->errorString());
            return Role::Failed;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return Role::Primary;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine(64) == kActivate) {
                qCInfo(lcApp) << "a second start with this profile asked for the window";
                emit activationRequested();
                socket->write(kAcknowledge);
                socket->flush();
            }
            socket->disconnectFromServer();
        });
    }
}

} // namespace sp
