#include "TranslationLoader.h"

#include "profile/UiLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

namespace sp {

namespace {

// Marks the translators installed here, so that a second install() replaces rather than stacks them.
const char* const kTranslatorName = "sp.translator";

} // namespace

QLocale TranslationLoader::chosenLocale(const QString& profileDir, const QLocale& system)
{
    // The same folder Profile::open() uses.
    const QString dir =
        profileDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : profileDir;
    const QString path = QDir(dir).filePath(QStringLiteral("settings.ini"));
    if (dir.isEmpty() || !QFileInfo::exists(path))
        return system;
    const QSettings settings(path, QSettings::IniFormat);
    return UiLanguage::resolve(settings.value(UiLanguage::settingsKey()).toString(), system);
}

bool TranslationLoader::install(QCoreApplication* app, const QLocale& locale, const QString& qmDir)
{
    const QList<QTranslator*> previous =
        app->findChildren<QTranslator*>(QLatin1String(kTranslatorName), Qt::FindDirectChildrenOnly);
    qDeleteAll(previous); // a deleted translator removes itself from the application

    QLocale::setDefault(locale);

    // Qt's own strings (standard buttons, file dialogs) come from the system's Qt translations.
    auto* qtTranslator = new QTranslator(app);
    qtTranslator->setObjectName(QLatin1String(kTranslatorName));
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto* appTranslator = new QTranslator(app);
    appTranslator->setObjectName(QLatin1String(kTranslatorName));
    if (appTranslator->load(locale, QStringLiteral("sellerpulse"), QStringLiteral("_"), qmDir)) {
        // No log line here: usage errors must stay one line on stderr.
        QCoreApplication::installTranslator(appTranslator);
        return true;
    }
    delete appTranslator;
    return false;
}

} // namespace sp
