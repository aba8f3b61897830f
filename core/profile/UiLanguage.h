#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <algorithm>

namespace sp::UiLanguage {

// The profile setting with the language the user chose; missing or empty: follow the system.
inline QString settingsKey() { return QStringLiteral("ui/language"); }

struct Offered
{
    QString code;       // "de", the value stored under settingsKey()
    QString nativeName; // "Deutsch": each language in its own words, so a user who cannot read the
                        // current one still finds theirs
};

// The languages the app ships a translation for (English is the source language).
inline QList<Offered> offered()
{
    return {{QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("es"), QStringLiteral("Espa\u00f1ol")},
            {QStringLiteral("fr"), QStringLiteral("Fran\u00e7ais")},
            {QStringLiteral("it"), QStringLiteral("Italiano")}};
}

// The locale the app runs in: the chosen language when it is one we ship, else the system's. When the
// chosen language is the system's own, the system locale is kept so that its country stays (de_CH
// writes numbers differently from de_DE).
inline QLocale resolve(const QString& chosen, const QLocale& system)
{
    const QList<Offered> languages = offered();
    const bool shipped =
        std::any_of(languages.cbegin(), languages.cend(), [&chosen](const Offered& o) { return o.code == chosen; });
    if (!shipped)
        return system;
    const QLocale wanted(chosen);
    return wanted.language() == system.language() ? system : wanted;
}

} // namespace sp::UiLanguage
