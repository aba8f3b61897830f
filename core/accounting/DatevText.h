#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace sp {

// Text in a DATEV file (DATEV-Format, EXTF): Windows-1252 (DATEV's "ANSI"), fields separated by ';',
// text fields in double quotes with inner quotes doubled, and no control characters inside a field.
// Our own table instead of QStringEncoder("windows-1252"): Qt reaches that codec only through ICU,
// which not every Qt build has (Windows), and the table is 27 entries.
namespace DatevText {

// `text` as Windows-1252: Latin-1 as itself, the 27 characters of 0x80-0x9F (EUR sign, typographic
// quotes and dashes, Š, Ž, Œ, ...) as their bytes, any other letter as its base letter when its
// Unicode decomposition starts with one that fits (ő -> o, ł has none), else '?' (one per code point,
// surrogate pairs included).
QByteArray toCp1252(QStringView text);

// A text field's content: line breaks, tabs and other control characters become spaces, ';' becomes
// ',' (some DATEV importers split on it even inside quotes), runs of spaces shrink to one, trimmed,
// and cut to `maxLength` characters (DATEV counts characters of the Windows-1252 text, one byte each).
QString cleaned(const QString& text, int maxLength);

// `text` (already cleaned) as a quoted field: "...", inner quotes doubled, in Windows-1252.
QByteArray quoted(const QString& text);

// A document number for "Belegfeld 1": DATEV allows letters, digits and _ $ % - / and 36 of them.
// Other characters become '_' (an Amazon order id 302-1234567-1234567 stays as it is).
QString documentNumber(const QString& reference);

} // namespace DatevText

} // namespace sp
