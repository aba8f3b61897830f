#include "log/LogRedactor.h"

#include <QRegularExpression>

namespace sp {

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

// Order matters: the specific shapes first, so that e.g. a JWT is called a JWT, not a token.
const QList<Rule>& rules()
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
        // Credential-named fields in any notation: token=..., "refresh_token": "...", password: ...
        r.append({QRegularExpression(
                      QStringLiteral(R"(\b((?:(?:access|refresh|id|auth|session)[_-]?)?tokens?|(?:client[_-]?)?secret|password|passwd|(?:api|private|cache|encryption)[_-]?key)(\"?\s*[:=]\s*\"?)([^\s\"'&,;}]+))"),
                      ci),
                  QStringLiteral("\\1\\2[REDACTED]")});
        // Long hex strings: keys, hashes, raw key dumps (x'...' included).
        r.append({QRegularExpression(QStringLiteral(R"(\b[0-9A-Fa-f]{32,}\b)")), QStringLiteral("[HEX]")});
        // Long opaque tokens (40+ base64url characters with letters and digits). Request ids
        // (32 characters) stay readable on purpose: support needs them.
        r.append({QRegularExpression(QStringLiteral(R"((?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{40,}(?![A-Za-z0-9_-]))")),
                  QStringLiteral("[TOKEN]")});
        // Email addresses.
        r.append({QRegularExpression(QStringLiteral(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")),
                  QStringLiteral("[EMAIL]")});
        return r;
    }();
    return list;
}

} // namespace

QString LogRedactor::redact(const QString& line)
{
    QString result = line;
    for (const Rule& rule : rules())
        result.replace(rule.pattern, rule.replacement);
    return result;
}

} // namespace sp
