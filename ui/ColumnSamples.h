#pragma once

#include <QStringList>

namespace sp {

// Samples of what the record tables' columns show, in the current language and locale, for
// ColumnFit: the longest forms a column can take, without reading a row.
namespace ColumnSamples {
QStringList dateTime();         // a date and time as MoneyText shows them
QStringList money();            // a large negative amount with its currency
QStringList orderStatuses();    // every order status, translated
QStringList eventTypes();       // every financial event type, translated
QStringList charges();          // every charge and fee, translated
QStringList stores();           // "Amazon.co.uk" and the others
QStringList number(int digits); // a count of that many digits, grouped
// What a cell that may be cut shows on hover: the whole `text`, and below it `detail` (e.g. the
// name Amazon uses, for support).
QString toolTip(const QString& text, const QString& detail = QString());
} // namespace ColumnSamples

} // namespace sp
