// The language chooser stores the user's choice in the profile's settings, and the next start's
// TranslationLoader picks it up over the system language.
#include "LanguageChooser.h"
#include "TranslationLoader.h"
#include "profile/UiLanguage.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace sp::test {

class TestLanguageChooser : public QObject
{
    Q_OBJECT

private slots:
    void offersSystemDefaultAndEachLanguageInItsOwnName();
    void showsTheStoredChoice();
    void choosingStoresItForTheNextStart();
    void systemDefaultRemovesTheChoice();
    void unknownStoredCodeShowsSystemDefault();
};

namespace {

QComboBox* comboOf(LanguageChooser& chooser) { return chooser.findChild<QComboBox*>(QStringLiteral("languageCombo")); }

QString settingsPath(const QTemporaryDir& profile)
{
    return QDir(profile.path()).filePath(QStringLiteral("settings.ini"));
}

} // namespace

void TestLanguageChooser::offersSystemDefaultAndEachLanguageInItsOwnName()
{
    LanguageChooser chooser;
    QComboBox* combo = comboOf(chooser);
    QVERIFY(combo);
    QVERIFY(!combo->accessibleName().isEmpty());
    QStringList names;
    for (int i = 0; i < combo->count(); ++i)
        names << combo->itemText(i);
    QCOMPARE(names, (QStringList{QStringLiteral("System default"), QStringLiteral("Deutsch"), QStringLiteral("English"),
                                 QStringLiteral("Espa\u00f1ol"), QStringLiteral("Fran\u00e7ais"),
                                 QStringLiteral("Italiano")}));
    QCOMPARE(combo->itemData(0).toString(), QString());
    // It tells the user when the choice takes effect.
    auto* note = chooser.findChild<QLabel*>(QStringLiteral("languageNote"));
    QVERIFY(note);
    QVERIFY(note->text().contains(QStringLiteral("next time")));
}

void TestLanguageChooser::showsTheStoredChoice()
{
    QTemporaryDir profile;
    QSettings settings(settingsPath(profile), QSettings::IniFormat);
    settings.setValue(UiLanguage::settingsKey(), QStringLiteral("it"));
    LanguageChooser chooser;
    QSignalSpy chosen(&chooser, &LanguageChooser::languageChosen);
    chooser.setSettings(&settings);
    QCOMPARE(comboOf(chooser)->currentText(), QStringLiteral("Italiano"));
    QCOMPARE(chooser.currentCode(), QStringLiteral("it"));
    QCOMPARE(chosen.count(), 0); // showing is not choosing
}

void TestLanguageChooser::choosingStoresItForTheNextStart()
{
    QTemporaryDir profile;
    QSettings settings(settingsPath(profile), QSettings::IniFormat);
    LanguageChooser chooser;
    chooser.setSettings(&settings);
    QCOMPARE(chooser.currentCode(), QString());
    QSignalSpy chosen(&chooser, &LanguageChooser::languageChosen);

    QComboBox* combo = comboOf(chooser);
    combo->setCurrentIndex(combo->findData(QStringLiteral("fr")));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("fr"));
    settings.sync();
    QCOMPARE(settings.value(UiLanguage::settingsKey()).toString(), QStringLiteral("fr"));

    // The next start: French although the system speaks German.
    const QLocale german(QLocale::German, QLocale::Germany);
    QCOMPARE(TranslationLoader::chosenLocale(profile.path(), german).language(), QLocale::French);

    // A restart is offered now, and asked for with one click; back to the language it started
    // with, there is nothing to restart for.
    auto* restart = chooser.findChild<QPushButton*>(QStringLiteral("languageRestartButton"));
    QVERIFY(restart);
    QVERIFY(!restart->isHidden());
    QSignalSpy restarts(&chooser, &LanguageChooser::restartRequested);
    restart->click();
    QCOMPARE(restarts.count(), 1);
    combo->setCurrentIndex(combo->findData(QString()));
    QVERIFY(restart->isHidden());
}

void TestLanguageChooser::systemDefaultRemovesTheChoice()
{
    QTemporaryDir profile;
    QSettings settings(settingsPath(profile), QSettings::IniFormat);
    settings.setValue(UiLanguage::settingsKey(), QStringLiteral("es"));
    LanguageChooser chooser;
    chooser.setSettings(&settings);
    QSignalSpy chosen(&chooser, &LanguageChooser::languageChosen);

    comboOf(chooser)->setCurrentIndex(0);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QString());
    settings.sync();
    QVERIFY(!settings.contains(UiLanguage::settingsKey()));
    const QLocale german(QLocale::German, QLocale::Germany);
    QCOMPARE(TranslationLoader::chosenLocale(profile.path(), german), german);
}

void TestLanguageChooser::unknownStoredCodeShowsSystemDefault()
{
    QTemporaryDir profile;
    QSettings settings(settingsPath(profile), QSettings::IniFormat);
    settings.setValue(UiLanguage::settingsKey(), QStringLiteral("tlh"));
    LanguageChooser chooser;
    chooser.setSettings(&settings);
    QCOMPARE(comboOf(chooser)->currentIndex(), 0);
    QCOMPARE(chooser.currentCode(), QString());
    const QLocale italian(QLocale::Italian, QLocale::Italy);
    QCOMPARE(TranslationLoader::chosenLocale(profile.path(), italian), italian);
}

} // namespace sp::test

QTEST_MAIN(sp::test::TestLanguageChooser)
#include "TestLanguageChooser.moc"
