#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace sp {

// Puts the app in the user's language: the one chosen in the profile's settings (UiLanguage), else
// the system's (QLocale::system().uiLanguages(), the user's order of preference).
struct TranslationLoader
{
    // The locale for the profile in `profileDir` (empty: the default profile). Reads the settings
    // without creating anything: the profile is opened later, and --help must not create one.
    static QLocale chosenLocale(const QString& profileDir, const QLocale& system = QLocale::system());

    // Installs the app's translation (the .qm files under `qmDir`) and Qt's own for `locale`, replacing
    // any installed before, and makes `locale` the default QLocale so that numbers, dates and money
    // follow it. True when an app translation for the locale was found (English needs none).
    static bool install(QCoreApplication* app, const QLocale& locale = chosenLocale(QString()),
                        const QString& qmDir = QStringLiteral(":/i18n"));
};

} // namespace sp
