#pragma once

#include <QLocale>
#include <QStringView>
#include <QtGlobal>

namespace sp {

// Integer cents and their text, the one place for both: the contract's decimal amounts ("24.99",
// "-3.10") read exactly (no floating point), and cents written as text in the machine form (API
// requests, CSV, the offline archive) or the locale's form (the UI, PDF cells).
class Money
{
public:
    // False unless `text` matches ^-?[0-9]{1,12}\.[0-9]{2}$.
    static bool parseCents(QStringView text, qint64* cents);
    // Machine form: "-1234.56", "0.00"; every qint64 including INT64_MIN.
    static QString formatCents(qint64 cents);
    // The locale's form: "-1,234.56" (en_US), "-1.234,56" (de_DE); no currency.
    static QString formatCents(qint64 cents, const QLocale& locale);
};

} // namespace sp
