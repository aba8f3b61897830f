#include "accounting/DatevText.h"

namespace sp {

namespace {

// Windows-1252's bytes 0x80-0x9F; 0 where the code page has no character (0x81, 0x8D, 0x8F, 0x90, 0x9D).
constexpr char16_t kHighTable[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                     0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                     0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                     0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// The Windows-1252 byte of `u`, or 0 when the code page has none.
char byteOf(char16_t u)
{
    if ((u >= 0x20 && u < 0x7F) || (u >= 0xA0 && u <= 0xFF))
        return char(u);
    if (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0))
        return 0; // control characters (C0, DEL, C1) are never written
    for (int i = 0; i < 32; ++i) {
        if (kHighTable[i] == u)
            return char(0x80 + i);
    }
    return 0;
}

} // namespace

namespace DatevText {

QByteArray toCp1252(QStringView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += '?';
            ++i;
            continue;
        }
        if (const char b = byteOf(c.unicode())) {
            out += b;
            continue;
        }
        const QString decomposition = c.decomposition();
        const char base = decomposition.isEmpty() ? 0 : byteOf(decomposition.at(0).unicode());
        out += base ? base : '?';
    }
    return out;
}

QString cleaned(const QString& text, int maxLength)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
        else if (c == QLatin1Char(';'))
            c = QLatin1Char(',');
        if (c == QLatin1Char(' ') && (out.isEmpty() || out.endsWith(QLatin1Char(' '))))
            continue;
        out += c;
    }
    out = out.trimmed();
    if (out.size() > maxLength) {
        out.truncate(maxLength);
        if (out.at(out.size() - 1).isHighSurrogate()) // never half a code point
            out.chop(1);
        out = out.trimmed();
    }
    return out;
}

QByteArray quoted(const QString& text)
{
    QByteArray out = toCp1252(text);
    out.replace('"', "\"\"");
    return '"' + out + '"';
}

QString documentNumber(const QString& reference)
{
    QString out;
    for (QChar c : reference) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_'
                             || u == '$' || u == '%' || u == '-' || u == '/';
        out += allowed ? c : QLatin1Char('_');
        if (out.size() == 36)
            break;
    }
    return out;
}

} // namespace DatevText

} // namespace sp
