#pragma once

#include <QLocale>

class QCoreApplication;

namespace sp {

// Installs the app's translation (embedded under :/i18n) and Qt's own for `locale`.
struct TranslationLoader
{
    // True when an app translation for the locale was found (English needs none).
    static bool install(QCoreApplication* app, const QLocale& locale = QLocale::system());
};

} // namespace sp
