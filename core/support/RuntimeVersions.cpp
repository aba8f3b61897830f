#include "support/RuntimeVersions.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSslSocket>
#include <QStringList>
#include <QSysInfo>

#include <openssl/crypto.h>
#include <sqlite3.h>

#ifdef __linux__
#include <link.h>
#endif

#ifndef SP_BUILD_ID
#define SP_BUILD_ID "unknown"
#endif

namespace sp {

namespace {

// The shared objects loaded into this process whose file names carry their versions
// (libqt6keychain.so.0.13.2): what actually runs, whatever the headers said.
QStringList loadedLibraries()
{
    QStringList paths;
#ifdef __linux__
    dl_iterate_phdr(
        [](struct dl_phdr_info* info, size_t, void* data) {
            if (info->dlpi_name && info->dlpi_name[0])
                static_cast<QStringList*>(data)->append(QString::fromLocal8Bit(info->dlpi_name));
            return 0;
        },
        &paths);
#endif
    return paths;
}

QString versionFromLibrary(const QStringList& libraries, const QString& stem)
{
    for (const QString& path : libraries) {
        const QFileInfo info(path);
        if (!info.fileName().startsWith(stem))
            continue;
        const QString real = QFileInfo(info.canonicalFilePath()).fileName();
        static const QRegularExpression version(QStringLiteral(R"(\.so\.([0-9]+(?:\.[0-9]+)*)$)"));
        const QRegularExpressionMatch match = version.match(real);
        return match.hasMatch() ? match.captured(1) : real;
    }
    return QString();
}

QString sqlcipherVersion()
{
    sqlite3* db = nullptr;
    QString version;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            version = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return version;
}

} // namespace

QJsonObject RuntimeVersions::collect()
{
    const QStringList libraries = loadedLibraries();
    QJsonObject app{{QStringLiteral("name"), QStringLiteral("SellerPulse Desktop")},
                    {QStringLiteral("version"), QStringLiteral(SP_VERSION)},
                    {QStringLiteral("build"), QStringLiteral(SP_BUILD_ID)},
                    {QStringLiteral("compiler"), QStringLiteral(__VERSION__)}};
    QJsonObject os{
        {QStringLiteral("name"), QSysInfo::prettyProductName()},
        {QStringLiteral("kernel"), QString(QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion())},
        {QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture()}};
    QJsonObject libs{
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("qt_build"), QString::fromLatin1(QLibraryInfo::build())},
        {QStringLiteral("openssl"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))},
        {QStringLiteral("qt_tls_backend"),
         QString(QSslSocket::activeBackend() + QStringLiteral(": ") + QSslSocket::sslLibraryVersionString())},
        {QStringLiteral("sqlcipher"), sqlcipherVersion()},
        {QStringLiteral("sqlite"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("qtkeychain"), versionFromLibrary(libraries, QStringLiteral("libqt6keychain"))},
        {QStringLiteral("quazip"), versionFromLibrary(libraries, QStringLiteral("libquazip1-qt6"))},
        {QStringLiteral("zlib"), versionFromLibrary(libraries, QStringLiteral("libz.so"))},
    };
    return QJsonObject{{QStringLiteral("app"), app}, {QStringLiteral("os"), os}, {QStringLiteral("libraries"), libs}};
}

QStringList RuntimeVersions::describe(const QJsonObject& versions)
{
    const QJsonObject app = versions.value(QStringLiteral("app")).toObject();
    const QJsonObject os = versions.value(QStringLiteral("os")).toObject();
    const QJsonObject libs = versions.value(QStringLiteral("libraries")).toObject();
    auto text = [&libs](const char* key) {
        const QString value = libs.value(QLatin1String(key)).toString();
        return value.isEmpty() ? QStringLiteral("?") : value;
    };
    return {
        QStringLiteral("SellerPulse Desktop %1 (build %2)")
            .arg(app.value(QStringLiteral("version")).toString(), app.value(QStringLiteral("build")).toString()),
        QString(os.value(QStringLiteral("name")).toString() + QStringLiteral(" (")
                + os.value(QStringLiteral("kernel")).toString() + QLatin1Char(')')),
        QStringLiteral("Qt %1").arg(text("qt")),
        text("openssl"),
        QStringLiteral("SQLCipher %1 (SQLite %2)").arg(text("sqlcipher"), text("sqlite")),
        QStringLiteral("QtKeychain %1").arg(text("qtkeychain")),
        QStringLiteral("QuaZip %1").arg(text("quazip")),
        QStringLiteral("zlib %1").arg(text("zlib")),
    };
}

} // namespace sp
