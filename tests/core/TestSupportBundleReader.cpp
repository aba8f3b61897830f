// Support bundles round-trip through the writer and the reader; damaged and hostile files are
// refused with a clear reason, and reading never writes anything anywhere.
#include "support/SupportBundle.h"
#include "support/SupportBundleReader.h"
#include "support/SupportBundleWriter.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace sp::test {

namespace {

const QString kCreatedAt = QStringLiteral("2026-11-29T05:00:00Z");

struct Entry
{
    QString name;
    QByteArray content;
};

// A ZIP made directly with QuaZip, whatever its names: what an attacker could send.
QByteArray rawZip(const QList<Entry>& entries)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadWrite);
    {
        QuaZip zip(&buffer);
        zip.open(QuaZip::mdCreate);
        for (const Entry& entry : entries) {
            QuaZipFile file(&zip);
            file.open(QIODevice::WriteOnly, QuaZipNewInfo(entry.name));
            file.write(entry.content);
            file.close();
        }
        zip.close();
    }
    return bytes;
}

// A hostile archive that is otherwise a correct bundle: the manifest lists the extra entries too.
QByteArray bundleWith(const QList<Entry>& extra)
{
    SupportBundle bundle;
    bundle.add(QStringLiteral("summary.txt"), "hello\n");
    for (const Entry& entry : extra)
        bundle.add(entry.name, entry.content);
    QList<Entry> entries{{QLatin1String(SupportBundle::kManifestName), bundle.manifest(kCreatedAt)}};
    for (const SupportBundle::File& file : bundle.files)
        entries.append({file.name, file.content});
    return rawZip(entries);
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes)
        c = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

QStringList filesUnder(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

class TestSupportBundleReader : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        SupportBundle bundle;
        bundle.add(QStringLiteral("summary.txt"), "Summary\n");
        bundle.add(QStringLiteral("versions.json"), R"({"qt":"6.4.2"})");
        bundle.add(QStringLiteral("logs/sellerpulse.log"), QByteArray(200000, 'a') + "\nend\n");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.zip"));
        QString error;
        QVERIFY2(SupportBundleWriter::write(bundle, path, kCreatedAt, &error), qPrintable(error));
        QCOMPARE(QFileInfo(path).permissions() & 0x7777,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
        const auto read = SupportBundleReader::readFile(path, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->files.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(read->files[i].name, bundle.files[i].name);
            QCOMPARE(read->files[i].content, bundle.files[i].content);
        }
    }

    void hostileBundlesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("archive");
        QTest::addColumn<QString>("reason"); // part of the message

        SupportBundle good;
        good.add(QStringLiteral("summary.txt"), "Summary\n");
        good.add(QStringLiteral("logs/sellerpulse.log"), randomBytes(5000).toHex());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("good.zip"));
        SupportBundleWriter::write(good, path, kCreatedAt, nullptr);
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        const QByteArray valid = file.readAll();

        QTest::newRow("not a zip") << QByteArray("this is a text file, not an archive\n")
                                   << QStringLiteral("not a ZIP");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a ZIP");
        QTest::newRow("truncated") << valid.left(valid.size() / 2) << QStringLiteral("damaged or incomplete");
        QTest::newRow("truncated end") << valid.left(valid.size() - 10) << QStringLiteral("damaged or incomplete");
        QByteArray flipped = valid;
        flipped[valid.size() / 3] = char(flipped[valid.size() / 3] ^ 0x55);
        QTest::newRow("flipped byte") << flipped << QStringLiteral("damaged");
        QTest::newRow("path traversal") << bundleWith({{QStringLiteral("../evil.txt"), "pwned"}})
                                        << QStringLiteral("unsafe file name");
        QTest::newRow("deep traversal") << bundleWith({{QStringLiteral("logs/../../../tmp/evil.txt"), "pwned"}})
                                        << QStringLiteral("unsafe file name");
        QTest::newRow("absolute") << bundleWith({{QStringLiteral("/tmp/evil.txt"), "pwned"}})
                                  << QStringLiteral("unsafe file name");
        QTest::newRow("backslash") << bundleWith({{QStringLiteral("..\\evil.txt"), "pwned"}})
                                   << QStringLiteral("unsafe file name");
        QTest::newRow("drive") << bundleWith({{QStringLiteral("C:/evil.txt"), "pwned"}})
                               << QStringLiteral("unsafe file name");
        QTest::newRow("oversized entry") << bundleWith({{QStringLiteral("big.log"), randomBytes(17 * 1024 * 1024)}})
                                         << QStringLiteral("too large");
        QTest::newRow("zip bomb") << bundleWith({{QStringLiteral("zeros.log"), QByteArray(12 * 1024 * 1024, '\0')}})
                                  << QStringLiteral("zip bomb");
        QList<Entry> many;
        for (int i = 0; i < 70; ++i)
            many.append({QStringLiteral("f%1.txt").arg(i), "x"});
        QTest::newRow("too many entries") << bundleWith(many) << QStringLiteral("too many files");
        QTest::newRow("duplicate") << rawZip(
            {{QStringLiteral("manifest.json"), "{}"}, {QStringLiteral("a.txt"), "1"}, {QStringLiteral("a.txt"), "2"}})
                                   << QStringLiteral("twice");
        QTest::newRow("no manifest") << rawZip({{QStringLiteral("summary.txt"), "hello"}})
                                     << QStringLiteral("no manifest");
        QTest::newRow("altered file") << rawZip({{QStringLiteral("manifest.json"), good.manifest(kCreatedAt)},
                                                 {QStringLiteral("summary.txt"), "Altered\n"},
                                                 {QStringLiteral("logs/sellerpulse.log"), good.files[1].content}})
                                      << QStringLiteral("do not match");
        QTest::newRow("unlisted file") << bundleWith({}).replace("summary.txt", "summary.txx")
                                       << QStringLiteral("damaged");
    }

    void hostileBundlesAreRefused()
    {
        QFETCH(QByteArray, archive);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString work = dir.filePath(QStringLiteral("work"));
        QVERIFY(QDir().mkpath(work));
        const QString path = QDir(work).filePath(QStringLiteral("hostile.zip"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(archive);
        file.close();
        const QStringList before = filesUnder(dir.path());
        const QString oldCwd = QDir::currentPath();
        QDir::setCurrent(work); // a relative "../evil.txt" would land in dir

        QString error;
        const auto bundle = SupportBundleReader::readFile(path, &error);
        QDir::setCurrent(oldCwd);
        QVERIFY(!bundle);
        QVERIFY2(error.contains(reason, Qt::CaseInsensitive), qPrintable(error));
        // Nothing was written: not next to the file, not above it, not in /tmp.
        QCOMPARE(filesUnder(dir.path()), before);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/evil.txt")));
    }

    void safeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("safe");
        QTest::newRow("plain") << QStringLiteral("summary.txt") << true;
        QTest::newRow("folder") << QStringLiteral("logs/requests.log") << true;
        QTest::newRow("dots in name") << QStringLiteral("logs/sellerpulse.1.log") << true;
        QTest::newRow("dotdot") << QStringLiteral("..") << false;
        QTest::newRow("dot") << QStringLiteral("./a") << false;
        QTest::newRow("empty segment") << QStringLiteral("a//b") << false;
        QTest::newRow("directory") << QStringLiteral("logs/") << false;
        QTest::newRow("control") << QStringLiteral("a\nb") << false;
        QTest::newRow("long") << QString(300, QLatin1Char('a')) << false;
    }

    void safeNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, safe);
        QCOMPARE(SupportBundleReader::isSafeName(name), safe);
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSupportBundleReader)
#include "TestSupportBundleReader.moc"
