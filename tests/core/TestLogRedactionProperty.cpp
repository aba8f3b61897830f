// A property of the redaction pass: a secret in a credential position of a log line does not survive,
// whatever it is made of. A seeded generator makes secrets from many alphabets (base64, hex,
// punctuation, words with spaces, quotes and backslashes, non-Latin scripts and emoji, percent
// escapes) and lengths, encodes each as its line shape would (JSON string, percent- or form-encoded
// query value, single- or double-quoted prose, a raw header or prose value), puts it in every
// position of many line shapes, and checks that no fragment of it is left. Deterministic: a failure
// prints the seed, case and line, and the same run repeats it.
#include "log/LogRedactor.h"

#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

#include <functional>

namespace sp::test {

namespace {

constexpr quint32 kSeed = 20261205;
constexpr int kSecrets = 3000; // each in every shape: about 100,000 lines

// How a secret appears in a line of a given notation.
enum class Encoding { Json, Percent, Form, SingleQuoted, DoubleQuoted, RawToEnd, RawAfterEquals, Email };

struct Shape
{
    const char* name;
    Encoding encoding;
    QString text; // %1: the encoded secret (all occurrences are the same secret)
};

QString encode(const QString& secret, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Json: {
        QString out;
        for (QChar c : secret) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                out += QLatin1Char('\\') + QString(c);
            else if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
        return out;
    }
    case Encoding::Percent:
    case Encoding::Email:
        return QString::fromLatin1(QUrl::toPercentEncoding(secret));
    case Encoding::Form:
        return QString::fromLatin1(QUrl::toPercentEncoding(secret, " ")).replace(QLatin1Char(' '), QLatin1Char('+'));
    case Encoding::SingleQuoted:
    case Encoding::DoubleQuoted: {
        const QChar quote = encoding == Encoding::SingleQuoted ? QLatin1Char('\'') : QLatin1Char('"');
        QString out;
        for (QChar c : secret) {
            if (c == quote || c == QLatin1Char('\\'))
                out += QLatin1Char('\\');
            out += c;
        }
        return out;
    }
    case Encoding::RawToEnd:
        return secret;
    case Encoding::RawAfterEquals:
        // In name=value notation a bare "&" followed by "name=" starts the next parameter (that is
        // what the notation means), so a literal "&" in a value is written escaped.
        return QString(secret).replace(QLatin1Char('&'), QLatin1String("%26"));
    }
    return secret;
}

const QList<Shape>& shapes()
{
    static const QList<Shape> list{
        // JSON bodies.
        {"json refresh_token", Encoding::Json, QStringLiteral(R"({"refresh_token":"%1","token_type":"bearer"})")},
        {"json passwords", Encoding::Json,
         QStringLiteral(R"(PATCH /v1/account/password body {"current_password": "%1", "new_password": "%1"})")},
        {"json lwa", Encoding::Json, QStringLiteral(R"({"account":"acc_1","lwa_refresh_token":"%1"})")},
        {"json nested", Encoding::Json, QStringLiteral(R"({"auth":{"access_token":"%1","expires_in":3600}})")},
        {"json pkce", Encoding::Json, QStringLiteral(R"({"code_verifier":"%1","state":"%1","code":"%1"})")},
        {"json spaced", Encoding::Json, QStringLiteral(R"({ "password" : "%1" })")},
        {"json at end", Encoding::Json, QStringLiteral(R"("spapi_oauth_code":"%1")")},
        // Query strings and forms.
        {"query callback", Encoding::Percent,
         QStringLiteral("GET /v1/amazon/callback?state=%1&spapi_oauth_code=%1&selling_partner_id=A3XYZ status 302")},
        {"query code handle", Encoding::Percent, QStringLiteral("https://127.0.0.1:4/cb?code=%1&handle=%1#frag")},
        {"query pkce", Encoding::Percent,
         QStringLiteral("authorize?code_challenge=%1&code_challenge_method=S256&code_verifier=%1")},
        {"query token at start", Encoding::Percent, QStringLiteral("refresh_token=%1")},
        {"form refresh", Encoding::Form,
         QStringLiteral("grant_type=refresh_token&refresh_token=%1&client_id=amzn1.application-oa2-client")},
        {"form passwords", Encoding::Form, QStringLiteral("current_password=%1&new_password=%1&remember=1")},
        // Headers.
        {"header bearer", Encoding::RawToEnd, QStringLiteral("Authorization: Bearer %1")},
        {"header basic", Encoding::RawToEnd, QStringLiteral("> authorization: basic %1")},
        {"header amazon", Encoding::RawToEnd, QStringLiteral("x-amz-access-token: %1")},
        {"header cookie", Encoding::RawToEnd, QStringLiteral("Cookie: sp_session=%1")},
        // Prose.
        {"prose colon", Encoding::RawToEnd, QStringLiteral("sign-in rejected, password: %1")},
        {"prose equals", Encoding::RawAfterEquals, QStringLiteral("refresh failed refresh_token=%1")},
        {"prose equals twice", Encoding::RawAfterEquals, QStringLiteral("handle=%1 then code_verifier=%1")},
        {"prose double quoted", Encoding::DoubleQuoted, QStringLiteral(R"(set new_password "%1" failed (422))")},
        {"prose single quoted", Encoding::SingleQuoted,
         QStringLiteral("stored lwa_refresh_token '%1' in the keychain")},
        {"python dict", Encoding::SingleQuoted, QStringLiteral("{'client_secret': '%1', 'x': 1}")},
        {"prose password= quoted", Encoding::DoubleQuoted, QStringLiteral(R"(password="%1", remember=true)")},
        // Emails (secret: an address), plain and percent-encoded.
        {"email prose", Encoding::RawToEnd, QStringLiteral("signed in as %1 (2 accounts)")},
        {"email json", Encoding::Json, QStringLiteral(R"({"email":"%1"})")},
        {"email query", Encoding::Email, QStringLiteral("GET /v1/x?email=%1&y=1")},
    };
    return list;
}

bool isEmailShape(const Shape& shape) { return QByteArray(shape.name).startsWith("email"); }

// The pieces secrets are made of.
const QList<QStringList>& alphabets()
{
    static const QList<QStringList> list = [] {
        auto chars = [](const QString& s) {
            QStringList out;
            for (QChar c : s)
                out.append(QString(c));
            return out;
        };
        const QString lower = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
        const QString digits = QStringLiteral("0123456789");
        const QString upper = lower.toUpper();
        QList<QStringList> l;
        l.append(chars(lower + upper + digits));                          // alphanumeric
        l.append(chars(lower + upper + digits + QStringLiteral("-_")));   // base64url
        l.append(chars(lower + upper + digits + QStringLiteral("+/=")));  // base64
        l.append(chars(QStringLiteral("0123456789abcdef")));              // hex
        l.append(chars(QStringLiteral("!#$%&()*+,-./:;<=>?@[]^_{|}~`"))); // punctuation
        l.append(chars(lower + QStringLiteral("      ")));                // words with spaces
        l.append(chars(QStringLiteral("\"'\\ \"'\\abc")));                // quotes and backslashes
        l.append({QStringLiteral("é"), QStringLiteral("ü"), QStringLiteral("ß"), QStringLiteral("ñ"),
                  QStringLiteral("ø"), QStringLiteral("中"), QStringLiteral("文"), QStringLiteral("日本"),
                  QStringLiteral("Ж"), QStringLiteral("д"), QStringLiteral("ع"), QStringLiteral("🔑"),
                  QStringLiteral("✓"), QStringLiteral("\u00A0"), QStringLiteral("\u200B")}); // other scripts
        l.append({QStringLiteral("%41"), QStringLiteral("%2F"), QStringLiteral("%25"), QStringLiteral("%20"),
                  QStringLiteral("%3D"), QStringLiteral("%26"), QStringLiteral("%E2%9C%93"), QStringLiteral("+")});
        l.append(chars(QStringLiteral("\t Aa1|.~"))); // tabs, Amazon-ish
        return l;
    }();
    return list;
}

QString randomSecret(QRandomGenerator& random)
{
    // Lengths from 1 to 120 pieces, short ones often (the hardest to tell apart from the line).
    const int length = random.bounded(4) == 0 ? 1 + random.bounded(6) : 1 + random.bounded(120);
    // Mostly one alphabet, sometimes a mix of all.
    const bool mixed = random.bounded(3) == 0;
    const int home = random.bounded(alphabets().size());
    QString secret;
    for (int i = 0; i < length; ++i) {
        const QStringList& alphabet = alphabets().at(mixed ? random.bounded(alphabets().size()) : home);
        secret += alphabet.at(random.bounded(alphabet.size()));
    }
    return secret;
}

QString randomEmail(QRandomGenerator& random)
{
    static const QString local = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-");
    static const QString label = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789-");
    auto pick = [&](const QString& from, int n) {
        QString s;
        for (int i = 0; i < n; ++i)
            s += from.at(random.bounded(from.size()));
        return s;
    };
    QString domain = pick(label, 1 + random.bounded(12));
    for (int labels = random.bounded(3); labels > 0; --labels)
        domain += QLatin1Char('.') + pick(label, 1 + random.bounded(8));
    return pick(local, 1 + random.bounded(20)) + QLatin1Char('@') + domain + QLatin1Char('.')
           + pick(QStringLiteral("abcdefghijklmnopqrstuvwxyz"), 2 + random.bounded(5));
}

// The first fragment of `secret` (as written and as encoded) that is left in `redacted` and could
// not have come from the rest of the line or from a mask; empty when none is.
QString survivingFragment(const QString& secret, const QString& encoded, const QString& shapeText,
                          const QString& redacted)
{
    static const QString masks = QStringLiteral("[REDACTED] [EMAIL] [JWT] [TOKEN] [HEX] [AMAZON-TOKEN]");
    const QString lineWithoutSecret = QString(shapeText).replace(QLatin1String("%1"), QLatin1String(" ")) + masks;
    for (const QString& form : {secret, encoded}) {
        const qsizetype window = std::min<qsizetype>(4, form.size());
        for (qsizetype at = 0; at + window <= form.size(); ++at) {
            const QString fragment = form.mid(at, window);
            if (fragment.trimmed().isEmpty() || lineWithoutSecret.contains(fragment))
                continue; // not telling: the line has it anyway
            if (redacted.contains(fragment))
                return fragment;
        }
    }
    return QString();
}

} // namespace

class TestLogRedactionProperty : public QObject
{
    Q_OBJECT

private slots:
    void noGeneratedSecretSurvives()
    {
        QRandomGenerator random(kSeed);
        qint64 lines = 0;
        for (int n = 0; n < kSecrets; ++n) {
            const QString secret = randomSecret(random);
            const QString email = randomEmail(random);
            for (const Shape& shape : shapes()) {
                const QString value = isEmailShape(shape) ? email : secret;
                const QString encoded = encode(value, shape.encoding);
                const QString line = QString(shape.text).replace(QLatin1String("%1"), encoded);
                const QString redacted = LogRedactor::redact(line);
                ++lines;
                const QString fragment = survivingFragment(value, encoded, shape.text, redacted);
                if (!fragment.isEmpty()) {
                    QFAIL(qPrintable(QStringLiteral("seed %1, case %2, shape \"%3\": \"%4\" survived\n  line:     %5\n"
                                                    "  redacted: %6")
                                         .arg(kSeed)
                                         .arg(n)
                                         .arg(QLatin1String(shape.name), fragment, line, redacted)));
                }
                // Structured notations: the redacted line says nothing about the secret at all.
                if (shape.encoding == Encoding::Json || shape.encoding == Encoding::Percent
                    || shape.encoding == Encoding::Form || shape.encoding == Encoding::Email) {
                    const QString reference =
                        QString(shape.text)
                            .replace(QLatin1String("%1"), encode(isEmailShape(shape) ? QStringLiteral("a.b@example.com")
                                                                                     : QStringLiteral("reference"),
                                                                 shape.encoding));
                    if (redacted != LogRedactor::redact(reference)) {
                        QFAIL(qPrintable(
                            QStringLiteral("seed %1, case %2, shape \"%3\": the redacted line depends on "
                                           "the secret\n  line:     %4\n  redacted: %5\n  expected: %6")
                                .arg(kSeed)
                                .arg(n)
                                .arg(QLatin1String(shape.name), line, redacted, LogRedactor::redact(reference))));
                    }
                }
            }
        }
        QVERIFY(lines >= 50000);
        qInfo("%lld generated lines redacted, none kept a fragment of its secret", lines);
    }

    // The generator is not too kind: without the redactor, the check finds the secrets.
    void theCheckFindsUnredactedSecrets()
    {
        QRandomGenerator random(kSeed);
        int found = 0;
        const int cases = 200;
        for (int n = 0; n < cases; ++n) {
            const QString secret = randomSecret(random);
            const Shape& shape = shapes().at(n % shapes().size());
            const QString encoded = encode(secret, shape.encoding);
            const QString line = QString(shape.text).replace(QLatin1String("%1"), encoded);
            if (!survivingFragment(secret, encoded, shape.text, line).isEmpty())
                ++found;
        }
        QVERIFY2(found > cases * 6 / 10, qPrintable(QString::number(found)));
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestLogRedactionProperty)
#include "TestLogRedactionProperty.moc"
