#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sp {

// The files of a support bundle, in memory, in the order they are shown. manifest.json lists every
// other file with its size and SHA-256 and is made by manifest(), never added by hand.
struct SupportBundle
{
    static constexpr const char* kManifestName = "manifest.json";
    static constexpr const char* kSummaryName = "summary.txt";
    static constexpr const char* kFormat = "sellerpulse-support-bundle";
    static constexpr int kFormatVersion = 1;

    struct File
    {
        QString name; // relative, '/'-separated, e.g. "logs/sellerpulse.log"
        QByteArray content;
    };
    QList<File> files;

    void add(const QString& name, const QByteArray& content);
    const File* find(const QString& name) const;
    // The manifest for `files` (created_at and app version included).
    QByteArray manifest(const QString& createdAt) const;
    qint64 totalBytes() const;
};

} // namespace sp
