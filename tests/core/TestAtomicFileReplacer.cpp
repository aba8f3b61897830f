// The writer behind every file the user chooses (exports, the offline archive, the account export
// download, support bundles): whole or nothing, 0600, and never through a symbolic link, whether the
// link is at the target before the write, swapped in at the temporary name during it, or at the
// target at the end. A victim file elsewhere stays as it was.
#include "common/AtomicFileReplacer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace sp::test {

class TestAtomicFileReplacer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_elsewhere;
    QString m_victim;
    const QByteArray m_victimContent = "the victim's own data\n";

    QStringList files() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }
    QByteArray victimNow() const
    {
        QFile file(m_victim);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid() && m_elsewhere.isValid());
        for (const QString& name : files())
            QFile::remove(m_dir.filePath(name));
        m_victim = m_elsewhere.filePath(QStringLiteral("victim.txt"));
        QFile victim(m_victim);
        QVERIFY(victim.open(QIODevice::WriteOnly | QIODevice::Truncate));
        victim.write(m_victimContent);
    }

    void writesWholeAndPrivate()
    {
        const QString target = m_dir.filePath(QStringLiteral("a.zip"));
        {
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        AtomicFileReplacer file(target);
        QVERIFY2(file.open(), qPrintable(file.errorString()));
        QCOMPARE(files().size(), 2); // the old file and the hidden temporary one
        file.file().write("new content");
        QVERIFY2(file.commit(), qPrintable(file.errorString()));
        QCOMPARE(files(), QStringList{QStringLiteral("a.zip")});
        QFile check(target);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("new content"));
        struct stat info;
        QVERIFY(::stat(QFile::encodeName(target).constData(), &info) == 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
    }

    void discardLeavesNothing()
    {
        const QString target = m_dir.filePath(QStringLiteral("b.zip"));
        {
            AtomicFileReplacer file(target);
            QVERIFY(file.open());
            file.file().write("half");
        }
        QCOMPARE(files(), QStringList());
    }

    // writeWhole: the bytes whole, or nothing and the reason (a link at the target is never followed).
    void writeWholeWritesAllOrNothing()
    {
        const QString target = m_dir.filePath(QStringLiteral("whole.csv"));
        QString error;
        QVERIFY2(AtomicFileReplacer::writeWhole(target, QByteArray("a;b\r\n"), &error), qPrintable(error));
        QFile written(target);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("a;b\r\n"));
        const QString link = m_dir.filePath(QStringLiteral("link.csv"));
        QVERIFY(QFile::link(m_victim, link));
        QVERIFY(!AtomicFileReplacer::writeWhole(link, QByteArray("x"), &error));
        QVERIFY2(error.contains(QLatin1String("symbolic link")), qPrintable(error));
        QCOMPARE(victimNow(), m_victimContent);
        QCOMPARE(files(), (QStringList{QStringLiteral("link.csv"), QStringLiteral("whole.csv")}));
    }

    void linkAtTheTargetIsRefused()
    {
        const QString target = m_dir.filePath(QStringLiteral("c.zip"));
        QVERIFY(QFile::link(m_victim, target));
        AtomicFileReplacer file(target);
        QVERIFY(!file.open());
        QCOMPARE(file.failure(), AtomicFileReplacer::Failure::TargetIsLink);
        QVERIFY2(file.errorString().contains(QLatin1String("symbolic link")), qPrintable(file.errorString()));
        QCOMPARE(victimNow(), m_victimContent);
        QCOMPARE(files(), QStringList{QStringLiteral("c.zip")});
    }

    void linkSwappedInAtTheTemporaryNameIsNotFollowed()
    {
        const QString target = m_dir.filePath(QStringLiteral("d.zip"));
        AtomicFileReplacer file(target);
        QVERIFY(file.open());
        const QString temporary = file.temporaryPath();
        file.file().write("first half;");
        file.file().flush();
        // Another process replaces the temporary name by a link to the victim.
        QVERIFY(QFile::remove(temporary));
        QVERIFY(QFile::link(m_victim, temporary));
        file.file().write("second half");
        QVERIFY(!file.commit());
        QCOMPARE(file.failure(), AtomicFileReplacer::Failure::Swapped);
        QCOMPARE(victimNow(), m_victimContent);
        QVERIFY(!QFileInfo::exists(target) && !QFileInfo(target).isSymLink()); // nothing moved into place
        file.discard();
        QVERIFY(QFileInfo(temporary).isSymLink()); // not ours: left alone
        QCOMPARE(victimNow(), m_victimContent);
    }

    void linkAtTheTargetAtTheEndIsRefused()
    {
        const QString target = m_dir.filePath(QStringLiteral("e.zip"));
        AtomicFileReplacer file(target);
        QVERIFY(file.open());
        file.file().write("content");
        QVERIFY(QFile::link(m_victim, target));
        QVERIFY(!file.commit());
        QCOMPARE(file.failure(), AtomicFileReplacer::Failure::TargetIsLink);
        QCOMPARE(victimNow(), m_victimContent);
        file.discard();
        QCOMPARE(files(), QStringList{QStringLiteral("e.zip")}); // the link only; the temporary file is gone
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestAtomicFileReplacer)
#include "TestAtomicFileReplacer.moc"
