#include "common/CsvCell.h"

namespace sp {

namespace {

bool looksLikeFormula(QChar first)
{
    switch (first.unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
    case 0xFF1D: // full-width = + - @
    case 0xFF0B:
    case 0xFF0D:
    case 0xFF20:
        return true;
    default:
        return false;
    }
}

} // namespace

QString CsvCell::neutralised(const QString& text)
{
    if (text.isEmpty() || !looksLikeFormula(text.at(0)))
        return text;
    return QLatin1Char('\'') + text;
}

bool CsvCell::needsQuotes(const QString& text, QChar separator)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (c == separator || u == '"' || u == '\r' || u == '\n')
            return true;
    }
    return false;
}

QString CsvCell::quoted(const QString& text, QChar separator)
{
    if (!needsQuotes(text, separator))
        return text;
    QString doubled = text;
    doubled.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + doubled + QLatin1Char('"');
}

void CsvCell::appendField(QByteArray& out, const QString& text, QChar separator)
{
    out += (needsQuotes(text, separator) ? quoted(text, separator) : text).toUtf8();
}

} // namespace sp
