#include "SingleInstance.h"

#include "AppLog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace sp {

namespace {
constexpr char kActivate[] = "activate\n";
constexpr char kAcknowledge[] = "ok\n";
constexpr int kConnectTimeoutMs = 2000;
// The primary answers from its event loop; a busy start-up (opening the cache) may take a moment.
constexpr int kAnswerTimeoutMs = 10000;

#ifdef Q_OS_UNIX
// A folder only this user can enter: a real folder (not a link), owned by `uid`, mode 0700.
// Created with that mode when missing; an existing one is never changed, only refused.
bool isPrivateFolder(const QString& path, uid_t uid, bool create)
{
    if (path.isEmpty())
        return false;
    const QByteArray native = QFile::encodeName(path);
    if (create && ::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
        return false;
    struct stat info;
    if (::lstat(native.constData(), &info) != 0)
        return false;
    return S_ISDIR(info.st_mode) && info.st_uid == uid && (info.st_mode & 07777) == 0700;
}
#endif
} // namespace

SingleInstance::SingleInstance(QObject* parent)
    : QObject(parent)
{}

SingleInstance::~SingleInstance() = default;

void SingleInstance::release()
{
    if (m_server) {
        m_server->close(); // removes the socket file on Unix
        delete std::exchange(m_server, nullptr);
    }
}

QString SingleInstance::socketFolder()
{
#ifdef Q_OS_UNIX
    const uid_t uid = ::geteuid();
    // The session's runtime folder is the right place (and the spec makes it 0700 and ours).
    const QString runtime = QDir::cleanPath(qEnvironmentVariable("XDG_RUNTIME_DIR"));
    if (QDir::isAbsolutePath(runtime) && isPrivateFolder(runtime, uid, false))
        return runtime;
    // No session: a folder of our own. Its name is guessable, so another user may have made it
    // first; then it is not ours (owner or mode) and the next candidate is used.
    const QString suffix = QStringLiteral("sellerpulse-%1").arg(uid);
    const QString temporary = QDir(QDir::tempPath()).filePath(suffix);
    if (isPrivateFolder(temporary, uid, true))
        return temporary;
    const QString cacheRoot = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (!cacheRoot.isEmpty() && QDir().mkpath(cacheRoot)) {
        const QString cache = QDir(cacheRoot).filePath(suffix);
        if (isPrivateFolder(cache, uid, true))
            return cache;
    }
    qCWarning(lcApp) << "no private folder for the single-instance socket";
    return QString();
#else
    return QString();
#endif
}

bool SingleInstance::peerIsThisUser(qintptr socketDescriptor)
{
#if defined(Q_OS_LINUX)
    struct ucred credentials
    {};
    socklen_t length = sizeof(credentials);
    if (::getsockopt(int(socketDescriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0)
        return false;
    return credentials.uid == ::geteuid();
#elif defined(Q_OS_UNIX)
    uid_t uid = 0;
    gid_t gid = 0;
    if (::getpeereid(int(socketDescriptor), &uid, &gid) != 0)
        return false;
    return uid == ::geteuid();
#else
    // Windows: the pipe's ACL (QLocalServer::UserAccessOption) admits only this user.
    Q_UNUSED(socketDescriptor);
    return true;
#endif
}

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
#ifdef Q_OS_WIN
    // Pipe names are global: the user is part of the name, so another user's pipe is another name.
    root = qEnvironmentVariable("USERDOMAIN") + QLatin1Char('\\') + qEnvironmentVariable("USERNAME") + QLatin1Char('\n')
           + root;
#endif
    const QByteArray hash = QCryptographicHash::hash(root.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    const QString name = QStringLiteral("sellerpulse-") + QString::fromLatin1(hash);
#ifdef Q_OS_UNIX
    const QString folder = socketFolder();
    return folder.isEmpty() ? QString() : QDir(folder).filePath(name);
#else
    return name;
#endif
}

bool SingleInstance::activateRunning(const QString& name, int timeoutMs, bool* answered)
{
    *answered = false;
    QLocalSocket socket;
    socket.connectToServer(name);
    // Blocking waits are fine here: this runs once at start-up, before any window exists.
    if (!socket.waitForConnected(timeoutMs))
        return false;
    if (!peerIsThisUser(socket.socketDescriptor())) {
        // Not ours (another user's socket at our name): neither ask it nor believe it.
        qCWarning(lcApp) << "the single-instance socket belongs to another user; ignoring it";
        return false;
    }
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
    if (name.isEmpty()) {
        *message = QCoreApplication::translate("sp::SingleInstance",
                                               "Could not make sure SellerPulse runs only once for this profile: "
                                               "there is no private folder for its socket.");
        return Role::Failed;
    }
    bool answered = false;
    if (activateRunning(name, kConnectTimeoutMs, &answered)) {
        *message = answered ? QCoreApplication::translate(
                       "sp::SingleInstance",
                       "SellerPulse is already running with this profile; its window was brought to the front.")
                            : QCoreApplication::translate(
                                "sp::SingleInstance",
                                "SellerPulse is already running with this profile, but it did not answer.");
        return Role::Secondary;
    }

    m_server = new QLocalServer(this);
    // Only this user may connect (on Unix the socket file is 0700-like; elsewhere the pipe's ACL).
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(name)) {
        if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
            // Someone started at the same moment and won: ask that one instead.
            if (activateRunning(name, kConnectTimeoutMs, &answered)) {
                *message = QCoreApplication::translate(
                    "sp::SingleInstance",
                    "SellerPulse is already running with this profile; its window was brought to the front.");
                return Role::Secondary;
            }
            // Nobody answers on the socket: a run that crashed left it behind.
            qCInfo(lcApp) << "removing the stale single-instance socket of a previous run";
            QLocalServer::removeServer(name);
        }
        if (!m_server->isListening() && !m_server->listen(name)) {
            *message = QCoreApplication::translate(
                           "sp::SingleInstance", "Could not make sure SellerPulse runs only once for this profile: %1")
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
        if (!peerIsThisUser(socket->socketDescriptor())) {
            qCWarning(lcApp) << "ignored a single-instance connection from another user";
            socket->abort();
            socket->deleteLater();
            continue;
        }
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
