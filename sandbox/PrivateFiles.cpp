#include "PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace sp::PrivateFiles {

namespace {
constexpr QFileDevice::Permissions kOwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

bool ensureFolder(const QString& path, QString* error)
{
    if (!QDir().mkpath(path) || !QFile::setPermissions(path, kOwnerReadWrite | QFileDevice::ExeOwner)) {
        if (error)
            *error = QCoreApplication::translate("sp::PrivateFiles", "Cannot create the folder %1.").arg(path);
        return false;
    }
    return true;
}

bool writeAtomically(const QString& path, const QByteArray& data, QString* error)
{
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.setPermissions(kOwnerReadWrite)
                    && file.write(data) == data.size() && file.commit();
    if (!ok || !QFile::setPermissions(path, kOwnerReadWrite)) {
        if (error)
            *error =
                QCoreApplication::translate("sp::PrivateFiles", "Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace sp::PrivateFiles
