// The German translation covers every string the app shows: lupdate scans core/, ui/ and app/
// into a copy of translations/sellerpulse_de.ts, and nothing may come out unfinished.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace sp::test {

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void germanIsComplete();
};

void TestTranslations::germanIsComplete()
{
    const QDir source(QString::fromLocal8Bit(qgetenv("SP_SOURCE_DIR")));
    QVERIFY2(source.exists(QStringLiteral("translations/sellerpulse_de.ts")), "SP_SOURCE_DIR not set");
    QTemporaryDir dir;
    const QString ts = dir.filePath(QStringLiteral("sellerpulse_de.ts"));
    QVERIFY(QFile::copy(source.filePath(QStringLiteral("translations/sellerpulse_de.ts")), ts));

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(SP_LUPDATE_BIN),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   source.filePath(QStringLiteral("core")), source.filePath(QStringLiteral("ui")),
                   source.filePath(QStringLiteral("app")), QStringLiteral("-ts"), ts});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    const QString log = QString::fromUtf8(lupdate.readAll());
    const QRegularExpressionMatch found = QRegularExpression(QStringLiteral("Found (\\d+) source text")).match(log);
    QVERIFY2(found.hasMatch(), qPrintable(log));
    QVERIFY2(found.captured(1).toInt() > 100, qPrintable(log)); // it really scanned the sources

    QFile file(ts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(file.readAll());
    QStringList untranslated;
    const QRegularExpression message(QStringLiteral("<source>(.*?)</source>\\s*<translation type=\"unfinished\""),
                                     QRegularExpression::DotMatchesEverythingOption);
    for (auto it = message.globalMatch(xml); it.hasNext();)
        untranslated << it.next().captured(1);
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("not translated to German (run the update_translations target and "
                                       "translate translations/sellerpulse_de.ts):\n")
                        + untranslated.join(QLatin1Char('\n'))));
}

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestTranslations)
#include "TestTranslations.moc"
