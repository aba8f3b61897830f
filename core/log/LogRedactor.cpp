#include "log/LogRedactor.h"

#include <QRegularExpression>

namespace sp {

namespace {

const QString kMask = QStringLiteral("[REDACTED]");

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

// Secrets recognised by their shape alone, wherever they stand. Order matters: the specific shapes
// first, so that e.g. a JWT is called a JWT, not a token.
const QList<Rule>& shapeRules()
{
    static const QList<Rule> list = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        QList<Rule> r;
        // "Authorization: Bearer xyz", "bearer=xyz": the scheme stays, the credential goes.
        r.append({QRegularExpression(QStringLiteral(R"(\b(bearer)(\s+|=|:\s*)[A-Za-z0-9._~+/=|%-]{12,})"), ci),
                  QStringLiteral("\\1\\2[REDACTED]")});
        // A JWT: base64url('{"') starts its header.
        r.append({QRegularExpression(QStringLiteral(R"(\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.?[A-Za-z0-9_-]*)")),
                  QStringLiteral("[JWT]")});
        // Amazon LWA access and refresh tokens.
        r.append({QRegularExpression(QStringLiteral(R"(\bAtz[ar]\|[A-Za-z0-9_.~+/=|%-]+)")),
                  QStringLiteral("[AMAZON-TOKEN]")});
        // Long hex strings: keys, hashes, raw key dumps (x'...' included).
        r.append({QRegularExpression(QStringLiteral(R"(\b[0-9A-Fa-f]{32,}\b)")), QStringLiteral("[HEX]")});
        // Long opaque tokens (40+ base64url characters with letters and digits). Request ids
        // (32 characters) stay readable on purpose: support needs them.
        r.append(
            {QRegularExpression(QStringLiteral(
                 R"((?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{40,}(?![A-Za-z0-9_-]))")),
             QStringLiteral("[TOKEN]")});
        // Email addresses, also percent-encoded in a query string ("seller%40example.com").
        r.append(
            {QRegularExpression(
                 QStringLiteral(R"([A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})"), ci),
             QStringLiteral("[EMAIL]")});
        return r;
    }();
    return list;
}

// A field name followed by its value, in any notation: JSON ("name": ...), form and query
// (name=...), headers and prose (Name: ...), and a quoted value right after the name (name '...').
const QRegularExpression& fieldPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"((?<![A-Za-z0-9_.\[\]-])(["']?)([A-Za-z_][A-Za-z0-9_.\[\]-]*)\1(\s*[:=]\s*|\s+(?=["'])))"));
    return pattern;
}

// Names whose value is a credential whatever the notation: *token*, *password*, secrets, keys.
bool isCredentialName(const QString& lower)
{
    static const QRegularExpression credential(QStringLiteral(
        R"(token|passw(?:or)?d|passphrase|secret|credential|authorization|cookie|(?:^|[_.-])(?:api|private|cache|encryption)[_-]?key$)"));
    return credential.match(lower).hasMatch();
}

// The one-time values of an OAuth / Amazon consent flow. Common words ("state", "code"), so only
// as a parameter (name=value) or a quoted JSON name, never in prose ("state: ready").
bool isFlowParameter(const QString& lower)
{
    static const QStringList names{QStringLiteral("spapi_oauth_code"),
                                   QStringLiteral("state"),
                                   QStringLiteral("code"),
                                   QStringLiteral("handle"),
                                   QStringLiteral("code_verifier"),
                                   QStringLiteral("code_challenge"),
                                   QStringLiteral("oauth_code"),
                                   QStringLiteral("authorization_code")};
    return names.contains(lower);
}

bool endsQuotedValue(QChar c) { return c.isSpace() || QStringLiteral(",;&}])").contains(c); }

// Where a value that starts at `from` ends (exclusive), and whether it was quoted and closed.
// Quoted, after a quoted name (JSON, a Python dict: notations that escape their quotes): at the
// matching quote (backslash escapes); a closing quote followed by more value text means the quote
// was part of the value, which then runs on like an unquoted one. Otherwise (prose, headers, forms:
// a quote there may be part of the secret) to the end of the line, except that after '=' an
// "&name=" starts the next form or query parameter, so "password=correct horse" loses
// "correct horse" and "code=x&state=y" keeps both names.
qsizetype valueEnd(const QString& line, qsizetype from, bool quoteAware, bool afterEquals, bool* closedQuote)
{
    *closedQuote = false;
    const qsizetype lineEnd = [&] {
        const qsizetype newline = line.indexOf(QLatin1Char('\n'), from);
        return newline < 0 ? line.size() : newline;
    }();
    if (quoteAware && from < lineEnd && (line.at(from) == QLatin1Char('"') || line.at(from) == QLatin1Char('\''))) {
        const QChar quote = line.at(from);
        for (qsizetype i = from + 1; i < lineEnd; ++i) {
            if (line.at(i) == QLatin1Char('\\')) {
                ++i;
                continue;
            }
            if (line.at(i) == quote) {
                if (i + 1 >= lineEnd || endsQuotedValue(line.at(i + 1))) {
                    *closedQuote = true;
                    return i + 1;
                }
                break; // a quote inside the value: treat the value as unquoted
            }
        }
    }
    if (afterEquals) {
        static const QRegularExpression nextParameter(QStringLiteral(R"(&[A-Za-z_][A-Za-z0-9_.\[\]-]*=)"));
        const QRegularExpressionMatch next = nextParameter.match(line, from);
        if (next.hasMatch() && next.capturedStart() < lineEnd)
            return next.capturedStart();
    }
    return lineEnd;
}

// Replaces the values of credential-named fields by the mask, keeping the names (and an
// Authorization scheme such as "Bearer") so the line still says what was sent.
QString redactFields(const QString& line)
{
    QString out;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = fieldPattern().globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedStart() < copied)
            continue; // inside a value already masked
        const QString name = match.captured(2).toLower();
        const QString separator = match.captured(3).trimmed();
        const bool quotedName = !match.captured(1).isEmpty();
        const bool flow = isFlowParameter(name)
                          && (separator == QLatin1String("=") || (quotedName && separator == QLatin1String(":")));
        if (!flow && !isCredentialName(name))
            continue;
        qsizetype from = match.capturedEnd();
        if (name == QLatin1String("authorization")) {
            static const QRegularExpression scheme(
                QStringLiteral(R"((?:bearer|basic|digest|negotiate|ntlm|token|aws4-hmac-sha256)[ \t]+(?=\S))"),
                QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch schemeMatch = scheme.match(line, from, QRegularExpression::NormalMatch,
                                                                     QRegularExpression::AnchorAtOffsetMatchOption);
            if (schemeMatch.hasMatch())
                from = schemeMatch.capturedEnd();
        }
        bool closedQuote = false;
        const qsizetype end = valueEnd(line, from, quotedName, separator == QLatin1String("="), &closedQuote);
        if (end == from)
            continue; // "password=" with nothing after it
        out += QStringView(line).mid(copied, from - copied);
        if (closedQuote)
            out += line.at(from) + kMask + line.at(from);
        else if (quotedName && (line.at(from) == QLatin1Char('"') || line.at(from) == QLatin1Char('\'')))
            out += line.at(from) + kMask;
        else
            out += kMask;
        copied = end;
    }
    if (copied == 0)
        return line;
    out += QStringView(line).mid(copied);
    return out;
}

} // namespace

QString LogRedactor::redact(const QString& line)
{
    // Named fields first: a JWT or an email given as a password is masked as the password it is.
    QString result = redactFields(line);
    for (const Rule& rule : shapeRules())
        result.replace(rule.pattern, rule.replacement);
    return result;
}

} // namespace sp
