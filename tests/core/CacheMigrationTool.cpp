// sp_core_cache_migration_tool: one start of the cache's writer for TestCacheMigrationCrash, killed
// with SIGKILL in the middle of converting an SQLCipher 3 cache.
//   SP_MIGRATION_STOP_AT=<step> sp_core_cache_migration_tool DATABASE   (the key's 64 hex digits on stdin)
// Opens DATABASE the way the app does (CacheWriter::openFile). When the conversion reaches the
// named step (Detected, Checkpointed, Exporting, Exported, Verified, Swapped) it prints
// "MODE <octal>" (the mode of the copy beside the cache, when there is one) and "STOPPED <step>",
// and waits to be killed. Exporting stops only once the copy has bytes on disk. Without a stop it
// prints "OPEN <error>" and exits.
#include "cache/CacheFormatMigration.h"
#include "cache/CacheWriter.h"
#include "cache/SecureBytes.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <iostream>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: SP_MIGRATION_STOP_AT=<step> %s DATABASE < key-hex\n", argv[0]);
        return 2;
    }
    const QString database = args.at(1);
    std::string hexLine;
    std::getline(std::cin, hexLine);
    sp::SecureBytes key = sp::SecureBytes::fromHex(QByteArrayView(hexLine.data(), qsizetype(hexLine.size())));
    std::fill(hexLine.begin(), hexLine.end(), '\0');

    const QByteArray stopAt = qgetenv("SP_MIGRATION_STOP_AT");
    const QString copy = sp::CacheFormatMigration::temporaryPath(database);
    sp::CacheFormatMigration::setStepHookForTests([&](sp::CacheFormatMigration::Step step) {
        const char* name = sp::CacheFormatMigration::stepName(step);
        if (stopAt != name)
            return;
        if (step == sp::CacheFormatMigration::Step::Exporting && QFileInfo(copy).size() == 0)
            return; // not yet "during": nothing of the copy is on disk
        struct stat info = {};
        if (::lstat(QFile::encodeName(copy).constData(), &info) == 0)
            std::printf("MODE %o\n", unsigned(info.st_mode & 07777));
        std::printf("STOPPED %s\n", name);
        std::fflush(stdout);
        for (;;)
            ::pause(); // the test kills this process here
    });

    sp::CacheWriter writer;
    QString message;
    QByteArray raw = key.toByteArray();
    const sp::CipherDatabase::OpenError error = writer.openFile(database, raw, &message);
    sp::SecureBytes::wipe(raw);
    std::printf("OPEN %d %s\n", int(error), qUtf8Printable(message));
    std::fflush(stdout);
    writer.closeFile();
    return 0;
}
