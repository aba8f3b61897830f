#pragma once

#include <QJsonObject>

namespace sp {

// The versions this process actually runs with, asked at run time (not the headers it was built
// against): the app, the OS, Qt, OpenSSL (libcrypto and Qt's TLS backend), SQLCipher (PRAGMA
// cipher_version) and SQLite, QtKeychain and QuaZip (from the shared objects loaded into the process).
class RuntimeVersions
{
public:
    static QJsonObject collect();
    // "name version" lines for the About dialog, in a fixed order.
    static QStringList describe(const QJsonObject& versions);
};

} // namespace sp
