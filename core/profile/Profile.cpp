#include "profile/Profile.h"

#include "profile/ProfileLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>

namespace sp {

namespace {

constexpr QFileDevice::Permissions kFolderPermissions =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kFilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool makePrivateFolder(const QString& path, QString* error)
{
    if (!QDir().mkpath(path) || !QFile::setPermissions(path, kFolderPermissions)) {
        if (error)
            *error = QCoreApplication::translate("sp::Profile", "The profile folder %1 cannot be created or "
                                                                "protected. Check that it is writable.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

QString newProfileId()
{
    const QByteArray bytes = [] {
        QByteArray b(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(b.data()), b.size() / 4);
        return b;
    }();
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

std::optional<Profile> Profile::open(const QString& dir, QString* error)
{
    QString root = dir;
    if (root.isEmpty()) {
        root = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (root.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("sp::Profile", "No folder for application data was found.");
            return std::nullopt;
        }
    }
    root = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    if (!makePrivateFolder(root, error) || !makePrivateFolder(root + QStringLiteral("/data"), error))
        return std::nullopt;

    Profile profile;
    profile.m_dir = root;
    const QString settingsPath = root + QStringLiteral("/settings.ini");
    if (!QFile::exists(settingsPath)) {
        // Created 0600 before QSettings writes it, so it is never readable by others, not even briefly.
        QFile file(settingsPath);
        if (file.open(QIODevice::WriteOnly))
            file.close();
        QFile::setPermissions(settingsPath, kFilePermissions);
    }
    profile.m_settings = std::make_unique<QSettings>(settingsPath, QSettings::IniFormat);
    profile.m_id = profile.m_settings->value(QStringLiteral("profile/id")).toString();
    static const QRegularExpression kIdPattern(QStringLiteral("^[0-9a-f]{32}$"));
    if (!kIdPattern.match(profile.m_id).hasMatch()) {
        profile.m_id = newProfileId();
        profile.m_settings->setValue(QStringLiteral("profile/id"), profile.m_id);
    }
    profile.sync();
    if (profile.m_settings->status() != QSettings::NoError) {
        if (error)
            *error = QCoreApplication::translate("sp::Profile", "The profile settings %1 cannot be written.")
                         .arg(QDir::toNativeSeparators(settingsPath));
        return std::nullopt;
    }
    qCDebug(lcProfile).noquote() << "profile opened" << root;
    return profile;
}

Profile::Profile(Profile&&) noexcept = default;
Profile& Profile::operator=(Profile&&) noexcept = default;
Profile::~Profile()
{
    if (m_settings)
        sync();
}

QString Profile::dir() const { return m_dir; }

QString Profile::dataDir() const
{
    const QString path = m_dir + QStringLiteral("/data");
    makePrivateFolder(path, nullptr);
    return path;
}

QSettings& Profile::settings() { return *m_settings; }

const QSettings& Profile::settings() const { return *m_settings; }

void Profile::sync()
{
    m_settings->sync();
    // QSettings writes through a temporary file that gets the umask's permissions.
    if (QFile::exists(m_settings->fileName()))
        QFile::setPermissions(m_settings->fileName(), kFilePermissions);
}

QString Profile::id() const { return m_id; }

QString Profile::secretKey(const QString& name) const
{
    return QStringLiteral("profile-") + m_id + QLatin1Char('/') + name;
}

} // namespace sp
