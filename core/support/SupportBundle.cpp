#include "support/SupportBundle.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace sp {

void SupportBundle::add(const QString& name, const QByteArray& content) { files.append(File{name, content}); }

const SupportBundle::File* SupportBundle::find(const QString& name) const
{
    for (const File& file : files) {
        if (file.name == name)
            return &file;
    }
    return nullptr;
}

QByteArray SupportBundle::manifest(const QString& createdAt) const
{
    QJsonArray list;
    for (const File& file : files) {
        list.append(QJsonObject{
            {QStringLiteral("name"), file.name},
            {QStringLiteral("size"), qint64(file.content.size())},
            {QStringLiteral("sha256"),
             QString::fromLatin1(QCryptographicHash::hash(file.content, QCryptographicHash::Sha256).toHex())}});
    }
    const QJsonObject manifest{{QStringLiteral("format"), QLatin1String(kFormat)},
                               {QStringLiteral("format_version"), kFormatVersion},
                               {QStringLiteral("created_at"), createdAt},
                               {QStringLiteral("app_version"), QStringLiteral(SP_VERSION)},
                               {QStringLiteral("files"), list}};
    return QJsonDocument(manifest).toJson(QJsonDocument::Indented);
}

qint64 SupportBundle::totalBytes() const
{
    qint64 total = 0;
    for (const File& file : files)
        total += file.content.size();
    return total;
}

} // namespace sp
