// Every shipped language (de, es, fr, it) covers every string the app shows: lupdate scans core/, ui/
// and app/ into a copy of each translations/sellerpulse_<lang>.ts, and nothing may be added, vanish or
// come out unfinished. Translations keep their placeholders, and the built .qm files really translate,
// in the language the user chose over the system's.
#include "TranslationLoader.h"
#include "profile/UiLanguage.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace sp::test {

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; // "" (finished), "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; // one, or one per numerus form

    QString key() const { return context + QStringLiteral(" | ") + source + QStringLiteral(" | ") + comment; }
    QString describe() const { return context + QStringLiteral(": \"") + source + QLatin1Char('"'); }
};

// The text of the current element; lupdate writes control characters as <byte value="xd"/>.
QString readText(QXmlStreamReader& xml)
{
    QString text;
    while (xml.readNext() != QXmlStreamReader::EndElement || xml.name() == QLatin1String("byte")) {
        if (xml.hasError())
            return text;
        if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("byte")) {
            const QString value = xml.attributes().value(QLatin1String("value")).toString();
            text += value.startsWith(QLatin1Char('x')) ? QChar(value.mid(1).toUShort(nullptr, 16))
                                                       : QChar(value.toUShort());
        }
    }
    return text;
}

// The messages of a .ts file by context, source and comment; `error` set when it is not valid XML.
QMap<QString, Message> readTs(const QString& path, QString* error)
{
    QMap<QString, Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = readText(xml);
            } else if (name == QLatin1String("message")) {
                message = Message();
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = readText(xml);
            } else if (name == QLatin1String("comment")) {
                message.comment = readText(xml);
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations << readText(xml);
            } else if (name == QLatin1String("numerusform")) {
                message.translations << readText(xml);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.insert(message.key(), message);
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(":%1: ").arg(xml.lineNumber()) + xml.errorString();
    return messages;
}

QDir sourceDir() { return QDir(QString::fromLocal8Bit(qgetenv("SP_SOURCE_DIR"))); }

QString tsPath(const QString& language)
{
    return sourceDir().filePath(QStringLiteral("translations/sellerpulse_%1.ts").arg(language));
}

// %1..%99 and %n, each once however often it occurs (a translation may reorder them).
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

// A keyboard accelerator: "&" before a letter or digit ("&&" is a literal ampersand).
bool hasAccelerator(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(&&)*[\\w]"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(text).hasMatch();
}

QString listed(const QString& title, const QStringList& lines)
{
    return lines.isEmpty() ? QString()
                           : title + QStringLiteral(":\n  ") + lines.join(QStringLiteral("\n  ")) + QLatin1Char('\n');
}

// The shipped translation of a string, straight from the .ts file.
QString translationIn(const QString& language, const QString& context, const QString& source)
{
    QString error;
    const QMap<QString, Message> messages = readTs(tsPath(language), &error);
    const Message message = messages.value(context + QStringLiteral(" | ") + source + QStringLiteral(" | "));
    return message.translations.value(0);
}

const char* const kTitleContext = "sp::SignInDialog";
const char* const kTitleSource = "Sign in to SellerPulse";

QString signInTitle() { return QCoreApplication::translate(kTitleContext, kTitleSource); }

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanupTestCase();

    void isCompleteAndUpToDate_data();
    void isCompleteAndUpToDate();
    void keepsPlaceholders_data();
    void keepsPlaceholders();
    void everyContextIsOneTheCodeLooksUp();
    void builtTranslationTranslates_data();
    void builtTranslationTranslates();
    void chosenLanguageWinsOverSystem();
    void systemLanguageWithoutChoice();
    void unknownChoiceFollowsSystem();
    void sameLanguageKeepsSystemCountry();
};

void TestTranslations::init()
{
    QVERIFY2(sourceDir().exists(QStringLiteral("translations/sellerpulse_de.ts")), "SP_SOURCE_DIR not set");
}

void TestTranslations::cleanupTestCase() { TranslationLoader::install(QCoreApplication::instance(), QLocale::c()); }

static void addLanguages()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : QStringLiteral(SP_SHIPPED_LANGUAGES).split(QLatin1Char(',')))
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::isCompleteAndUpToDate_data() { addLanguages(); }

void TestTranslations::isCompleteAndUpToDate()
{
    QFETCH(QString, language);
    const QDir source = sourceDir();
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("sellerpulse_%1.ts").arg(language));
    QVERIFY(QFile::copy(tsPath(language), copy));

    // The same options as the update_translations target (app/CMakeLists.txt).
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(SP_LUPDATE_BIN),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   source.filePath(QStringLiteral("core")), source.filePath(QStringLiteral("ui")),
                   source.filePath(QStringLiteral("app")), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    const QString log = QString::fromUtf8(lupdate.readAll());
    QVERIFY2(lupdate.exitCode() == 0, qPrintable(log));
    const QRegularExpressionMatch found = QRegularExpression(QStringLiteral("Found (\\d+) source text")).match(log);
    QVERIFY2(found.hasMatch(), qPrintable(log));
    QVERIFY2(found.captured(1).toInt() > 100, qPrintable(log)); // it really scanned the sources

    QString error;
    const QMap<QString, Message> shipped = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QMap<QString, Message> updated = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList added;
    QStringList unfinished;
    for (const Message& message : updated) {
        if (!shipped.contains(message.key()))
            added << message.describe();
        else if (message.type == QLatin1String("unfinished"))
            unfinished << message.describe();
    }
    QStringList vanished;
    for (const Message& message : shipped) {
        if (!updated.contains(message.key()) || message.type == QLatin1String("vanished")
            || message.type == QLatin1String("obsolete"))
            vanished << message.describe();
    }
    const QString report = listed(QStringLiteral("new in the sources"), added)
                           + listed(QStringLiteral("no longer in the sources"), vanished)
                           + listed(QStringLiteral("not translated"), unfinished);
    QVERIFY2(report.isEmpty(), qPrintable(QStringLiteral("translations/sellerpulse_%1.ts is not complete (build the "
                                                         "update_translations target, then translate it):\n")
                                              .arg(language)
                                          + report));
}

void TestTranslations::keepsPlaceholders_data() { addLanguages(); }

void TestTranslations::keepsPlaceholders()
{
    QFETCH(QString, language);
    QString error;
    const QMap<QString, Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);

    QStringList broken;
    for (const Message& message : messages) {
        if (!message.type.isEmpty())
            continue; // unfinished ones fail isCompleteAndUpToDate
        if (message.numerus && message.translations.size() < 2)
            broken << message.describe() + QStringLiteral(" lacks plural forms");
        QSet<QString> expected = placeholders(message.source);
        for (const QString& translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                broken << message.describe() + QStringLiteral(" has an empty form");
                continue;
            }
            if (placeholders(translation) != expected)
                broken << message.describe() + QStringLiteral(" -> \"") + translation
                              + QStringLiteral("\" changes the placeholders");
            if (hasAccelerator(message.source) && !hasAccelerator(translation))
                broken << message.describe() + QStringLiteral(" -> \"") + translation
                              + QStringLiteral("\" lost the keyboard accelerator (&)");
        }
    }
    QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("translations/sellerpulse_%1.ts:\n  ").arg(language)
                                          + broken.join(QStringLiteral("\n  "))));
}

// lupdate names a string's context after the class around the tr() call; a tr() helper in an anonymous
// namespace or a lambda gets the namespace ("sp") instead, while the code looks the string up under the
// class it passes to QCoreApplication::translate(). Such strings are translated in the .ts file and still
// shown in English. Every context must be a class with Q_OBJECT or Q_DECLARE_TR_FUNCTIONS, or a name the
// code passes to translate() or QT_TRANSLATE_NOOP() itself.
void TestTranslations::everyContextIsOneTheCodeLooksUp()
{
    QSet<QString> lookedUp;
    static const QRegularExpression literal(
        QStringLiteral("(?:translate|QT_TRANSLATE_NOOP3?|QT_TRANSLATE_N_NOOP3?)\\(\\s*\"([^\"]+)\""));
    static const QRegularExpression trClass(QStringLiteral("Q_DECLARE_TR_FUNCTIONS\\(\\s*(?:sp::)?(\\w+)\\s*\\)"));
    static const QRegularExpression objectClass(
        QStringLiteral("class\\s+(?:\\w+\\s+)?(\\w+)\\s*(?:final\\s*)?:[^{;]*\\{\\s*Q_OBJECT"));
    for (const QString& folder : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator it(sourceDir().filePath(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString code = QString::fromUtf8(file.readAll());
            for (auto m = literal.globalMatch(code); m.hasNext();)
                lookedUp.insert(m.next().captured(1));
            for (auto m = trClass.globalMatch(code); m.hasNext();)
                lookedUp.insert(QStringLiteral("sp::") + m.next().captured(1));
            for (auto m = objectClass.globalMatch(code); m.hasNext();)
                lookedUp.insert(QStringLiteral("sp::") + m.next().captured(1));
        }
    }
    QVERIFY(lookedUp.contains(QStringLiteral("sp::SignInDialog"))); // it really read the sources

    QString error;
    const QMap<QString, Message> messages = readTs(tsPath(QStringLiteral("de")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList lost;
    for (const Message& message : messages) {
        if (!lookedUp.contains(message.context))
            lost << message.describe();
    }
    QVERIFY2(lost.isEmpty(),
             qPrintable(QStringLiteral("strings whose context no code looks up, so they always show in English "
                                       "(call QCoreApplication::translate(\"sp::TheClass\", ...) directly instead "
                                       "of through a tr() helper outside the class):\n  ")
                        + lost.join(QStringLiteral("\n  "))));
}

void TestTranslations::builtTranslationTranslates_data() { addLanguages(); }

// The .qm files built from the .ts files (embedded under :/i18n, as in the app) are found for the
// language and translate; numbers follow the language too.
void TestTranslations::builtTranslationTranslates()
{
    QFETCH(QString, language);
    const QString expected = translationIn(language, QLatin1String(kTitleContext), QLatin1String(kTitleSource));
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected != QLatin1String(kTitleSource));

    QVERIFY(TranslationLoader::install(QCoreApplication::instance(), QLocale(language)));
    QCOMPARE(signInTitle(), expected);
    QCOMPARE(QLocale().language(), QLocale(language).language());
    QCOMPARE(QLocale().toString(1234.5, 'f', 2), QLocale(language).toString(1234.5, 'f', 2));
    QCOMPARE(QLocale().decimalPoint(), QStringLiteral(",")); // all four write 1.234,50 or 1 234,50

    // English needs no translation: back to the source text.
    TranslationLoader::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(signInTitle(), QLatin1String(kTitleSource));
    // English's plural forms come from its own file: "1 SKU", "2 SKUs", never "SKU(s)".
    QCOMPARE(QCoreApplication::translate("sp::RestockPage", "%n SKU(s) to reorder", nullptr, 1),
             QStringLiteral("1 SKU to reorder"));
    QCOMPARE(QCoreApplication::translate("sp::RestockPage", "%n SKU(s) to reorder", nullptr, 2),
             QStringLiteral("2 SKUs to reorder"));
}

void TestTranslations::chosenLanguageWinsOverSystem()
{
    QTemporaryDir profile;
    {
        QSettings settings(QDir(profile.path()).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(UiLanguage::settingsKey(), QStringLiteral("it"));
    }
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale chosen = TranslationLoader::chosenLocale(profile.path(), german);
    QCOMPARE(chosen.language(), QLocale::Italian);

    QVERIFY(TranslationLoader::install(QCoreApplication::instance(), chosen));
    QCOMPARE(signInTitle(),
             translationIn(QStringLiteral("it"), QLatin1String(kTitleContext), QLatin1String(kTitleSource)));
    QCOMPARE(QLocale().language(), QLocale::Italian);

    // English chosen on a German system: the source text, not German.
    {
        QSettings settings(QDir(profile.path()).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(UiLanguage::settingsKey(), QStringLiteral("en"));
    }
    TranslationLoader::install(QCoreApplication::instance(), TranslationLoader::chosenLocale(profile.path(), german));
    QCOMPARE(signInTitle(), QLatin1String(kTitleSource));
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TestTranslations::systemLanguageWithoutChoice()
{
    QTemporaryDir profile;
    const QLocale french(QLocale::French, QLocale::France);
    // No settings file yet (a first start): the system's language, and nothing is created.
    QCOMPARE(TranslationLoader::chosenLocale(profile.path(), french), french);
    QVERIFY(!QFile::exists(QDir(profile.path()).filePath(QStringLiteral("settings.ini"))));

    {
        QSettings settings(QDir(profile.path()).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("profile/id"), QStringLiteral("0123"));
    }
    QCOMPARE(TranslationLoader::chosenLocale(profile.path(), french), french);
    QVERIFY(TranslationLoader::install(QCoreApplication::instance(), french));
    QCOMPARE(signInTitle(),
             translationIn(QStringLiteral("fr"), QLatin1String(kTitleContext), QLatin1String(kTitleSource)));
}

void TestTranslations::unknownChoiceFollowsSystem()
{
    const QLocale spanish(QLocale::Spanish, QLocale::Spain);
    QCOMPARE(UiLanguage::resolve(QStringLiteral("xx"), spanish), spanish);
    QCOMPARE(UiLanguage::resolve(QString(), spanish), spanish);
    QCOMPARE(UiLanguage::resolve(QStringLiteral("de"), spanish).language(), QLocale::German);
}

void TestTranslations::sameLanguageKeepsSystemCountry()
{
    const QLocale swissGerman(QLocale::German, QLocale::Switzerland);
    QCOMPARE(UiLanguage::resolve(QStringLiteral("de"), swissGerman), swissGerman);
    QCOMPARE(UiLanguage::resolve(QStringLiteral("fr"), swissGerman).language(), QLocale::French);
}

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestTranslations)
#include "TestTranslations.moc"
