#include "support/SupportBundleReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::SupportBundleReader", text); }

std::optional<SupportBundle> failed(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

// Every entry must be listed with the same size and hash, and every listed file must be there:
// a bundle altered after it was made is reported as damaged rather than shown as the user's.
bool matchesManifest(const SupportBundle& bundle, const QByteArray& manifestBytes, QString* why)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(manifestBytes, &parseError);
    const QJsonObject manifest = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || manifest.value(QStringLiteral("format")).toString() != QLatin1String(SupportBundle::kFormat)) {
        *why = QCoreApplication::translate("sp::SupportBundleReader",
                                           "Its manifest is missing or not a SellerPulse support bundle manifest.");
        return false;
    }
    if (manifest.value(QStringLiteral("format_version")).toInt() > SupportBundle::kFormatVersion) {
        *why = QCoreApplication::translate("sp::SupportBundleReader", "It was made by a newer version of SellerPulse.");
        return false;
    }
    const QJsonArray listed = manifest.value(QStringLiteral("files")).toArray();
    if (listed.size() != bundle.files.size()) {
        *why = QCoreApplication::translate("sp::SupportBundleReader", "Its files do not match its manifest.");
        return false;
    }
    for (const QJsonValue& value : listed) {
        const QJsonObject entry = value.toObject();
        const SupportBundle::File* file = bundle.find(entry.value(QStringLiteral("name")).toString());
        if (!file || file->content.size() != entry.value(QStringLiteral("size")).toInteger(-1)
            || QString::fromLatin1(QCryptographicHash::hash(file->content, QCryptographicHash::Sha256).toHex())
                   != entry.value(QStringLiteral("sha256")).toString()) {
            *why = QCoreApplication::translate("sp::SupportBundleReader", "Its files do not match its manifest.");
            return false;
        }
    }
    return true;
}

} // namespace

bool SupportBundleReader::isSafeName(const QString& name)
{
    if (name.isEmpty() || name.size() > 200 || name.startsWith(QLatin1Char('/')) || name.endsWith(QLatin1Char('/'))
        || name.contains(QLatin1Char('\\')) || name.contains(QLatin1Char(':')))
        return false;
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    const QStringList parts = name.split(QLatin1Char('/'));
    for (const QString& part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    }
    return true;
}

std::optional<SupportBundle> SupportBundleReader::readFile(const QString& path, QString* error, const Limits& limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(error, tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > limits.maxArchiveBytes)
        return failed(error, tr("This file is too large to be a support bundle (%1 MB, at most %2 MB).")
                                 .arg(file.size() / (1024 * 1024))
                                 .arg(limits.maxArchiveBytes / (1024 * 1024)));
    const QByteArray bytes = file.read(limits.maxArchiveBytes + 1);
    return read(bytes, error, limits);
}

std::optional<SupportBundle> SupportBundleReader::read(const QByteArray& archive, QString* error, const Limits& limits)
{
    const QString notABundle = tr("This is not a support bundle, or it is damaged or incomplete: %1");
    if (archive.size() > limits.maxArchiveBytes)
        return failed(error, tr("This file is too large to be a support bundle."));
    if (!archive.startsWith("PK\x03\x04"))
        return failed(error, notABundle.arg(tr("it is not a ZIP archive.")));

    QByteArray copy = archive; // QBuffer needs a non-const array; QuaZip only reads it
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return failed(error, notABundle.arg(tr("its table of contents cannot be read (truncated?).")));
    const int declaredEntries = zip.getEntriesCount();
    if (declaredEntries < 0 || declaredEntries > limits.maxEntries)
        return failed(
            error,
            tr("This support bundle has too many files (%1, at most %2).").arg(declaredEntries).arg(limits.maxEntries));

    SupportBundle bundle;
    QByteArray manifest;
    bool haveManifest = false;
    QSet<QString> seen;
    qint64 total = 0;
    int entries = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        if (++entries > limits.maxEntries)
            return failed(error, tr("This support bundle has too many files."));
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return failed(error, notABundle.arg(tr("an entry cannot be read.")));
        const QString name = info.name;
        if (!isSafeName(name))
            return failed(error, tr("This support bundle contains an unsafe file name (%1): it was refused.")
                                     .arg(name.left(80).toHtmlEscaped()));
        if (seen.contains(name))
            return failed(error, tr("This support bundle contains the file %1 twice.").arg(name));
        seen.insert(name);
        const qint64 declared = qint64(info.uncompressedSize);
        if (declared > limits.maxEntryBytes)
            return failed(error, tr("The file %1 in this support bundle is too large (%2 bytes, at most %3).")
                                     .arg(name)
                                     .arg(declared)
                                     .arg(limits.maxEntryBytes));
        if (declared >= limits.ratioCheckFromBytes && declared > qint64(info.compressedSize) * limits.maxRatio)
            return failed(error, tr("The file %1 in this support bundle is compressed suspiciously well "
                                    "(a possible zip bomb): it was refused.")
                                     .arg(name));

        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::ReadOnly))
            return failed(error, notABundle.arg(tr("the file %1 cannot be opened.").arg(name)));
        // Never trust the declared size: read at most the cap plus one byte.
        const qint64 cap = qMin(limits.maxEntryBytes, limits.maxTotalBytes - total);
        QByteArray content;
        char chunk[16384];
        while (true) {
            const qint64 got = entry.read(chunk, sizeof chunk);
            if (got < 0) {
                entry.close();
                return failed(error, notABundle.arg(tr("the file %1 is damaged.").arg(name)));
            }
            if (got == 0)
                break;
            if (content.size() + got > cap) {
                entry.close();
                return failed(error, tr("The files in this support bundle are larger than they claim "
                                        "or too large in total: it was refused."));
            }
            content.append(chunk, got);
        }
        entry.close();
        if (entry.getZipError() != 0 || content.size() != declared)
            return failed(error, notABundle.arg(tr("the file %1 is damaged (checksum or size).").arg(name)));
        total += content.size();
        if (name == QLatin1String(SupportBundle::kManifestName)) {
            manifest = content;
            haveManifest = true;
        } else {
            bundle.add(name, content);
        }
    }
    if (zip.getZipError() != 0)
        return failed(error, notABundle.arg(tr("the archive is damaged.")));
    zip.close();
    if (!haveManifest)
        return failed(error, notABundle.arg(tr("it has no manifest.")));
    QString why;
    if (!matchesManifest(bundle, manifest, &why))
        return failed(error, notABundle.arg(why));
    return bundle;
}

} // namespace sp
