#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace sp {

bool TranslationLoader::install(QCoreApplication* app, const QLocale& locale)
{
    // Qt's own strings (standard buttons, file dialogs) come from the system's Qt translations.
    auto* qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto* appTranslator = new QTranslator(app);
    if (appTranslator->load(locale, QStringLiteral("sellerpulse"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // No log line here: usage errors must stay one line on stderr.
        QCoreApplication::installTranslator(appTranslator);
        return true;
    }
    delete appTranslator;
    return false;
}

} // namespace sp
