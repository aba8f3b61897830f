#include "support/SupportBundleWriter.h"

#include "common/AtomicFileReplacer.h"
#include "support/SupportBundle.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::SupportBundleWriter", text); }

bool addEntry(QuaZip* zip, const QString& name, const QByteArray& content, const QDateTime& time)
{
    QuaZipNewInfo info(name);
    info.dateTime = time;
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QuaZipFile file(zip);
    if (!file.open(QIODevice::WriteOnly, info))
        return false;
    const bool written = file.write(content) == content.size();
    file.close();
    return written && file.getZipError() == 0;
}

} // namespace

bool SupportBundleWriter::write(const SupportBundle& bundle, const QString& path, const QString& createdAt,
                                QString* error)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::ReadWrite))
        return fail(tr("Could not prepare the support bundle in memory."));
    {
        QuaZip zip(&buffer);
        zip.setUtf8Enabled(true);
        if (!zip.open(QuaZip::mdCreate))
            return fail(tr("Could not create the support bundle archive."));
        const QDateTime time = QDateTime::fromString(createdAt, Qt::ISODate);
        bool ok = addEntry(&zip, QLatin1String(SupportBundle::kManifestName), bundle.manifest(createdAt), time);
        for (const SupportBundle::File& file : bundle.files)
            ok = ok && addEntry(&zip, file.name, file.content, time);
        zip.close();
        if (!ok || zip.getZipError() != 0)
            return fail(tr("Could not write the support bundle archive."));
    }
    buffer.close();

    // Through one descriptor into a new 0600 file, renamed into place: a link at `path` or at the
    // temporary name is never followed (AtomicFileReplacer; QSaveFile would follow one at `path`).
    QString reason;
    if (!AtomicFileReplacer::writeWhole(path, bytes, &reason))
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
    return true;
}

} // namespace sp
