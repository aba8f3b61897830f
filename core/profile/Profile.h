#pragma once

#include <QSettings>
#include <QString>

#include <memory>
#include <optional>

namespace sp {

// A folder with settings, data and a keychain namespace. Movable (holds its QSettings by
// unique_ptr), not copyable; keep it alive as long as a Session uses it.
class Profile
{
public:
    // `dir` empty: the platform's app data folder. Creates the folder (0700) and data/ (0700), and an id
    // on first use. nullopt with a translated error when the folder cannot be created or written.
    static std::optional<Profile> open(const QString& dir, QString* error);

    Profile(Profile&&) noexcept;
    Profile& operator=(Profile&&) noexcept;
    Profile(const Profile&) = delete;
    Profile& operator=(const Profile&) = delete;
    ~Profile();

    QString dir() const;
    QString dataDir() const; // DIR/data, created 0700
    QSettings& settings();   // DIR/settings.ini, file 0600
    const QSettings& settings() const;
    // Writes the settings to disk now and re-applies 0600 (QSettings replaces the file on save).
    void sync();
    QString id() const;                           // random, created once, stored in settings
    QString secretKey(const QString& name) const; // "profile-<id>/<name>"

private:
    Profile() = default;

    QString m_dir;
    QString m_id;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace sp
