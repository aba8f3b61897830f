#pragma once

#include <QByteArray>
#include <QString>

namespace sp {

// One CSV field, the one rule for every CSV the app writes (report exports and the offline
// archive): RFC 4180 quoting, and text a spreadsheet would run as a formula made inert.
class CsvCell
{
public:
    // Text starting with = + - @ (ASCII or full-width: some spreadsheets fold ＝＋－＠ to ASCII), a tab
    // or a carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of
    // running it. Only free text goes through this: a number such as -12.50 must stay a number.
    static QString neutralised(const QString& text);
    // `text` as a field: in double quotes, inner quotes doubled, when it holds the separator, " CR
    // or LF.
    static QString quoted(const QString& text, QChar separator = QLatin1Char(','));
    // quoted(text) appended to `out` as UTF-8 (the exporters' hot path: no temporary when unquoted).
    static void appendField(QByteArray& out, const QString& text, QChar separator = QLatin1Char(','));

private:
    static bool needsQuotes(const QString& text, QChar separator);
};

} // namespace sp
