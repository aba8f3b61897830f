#pragma once

#include <QString>
#include <QtGlobal>

namespace sp {

// The checks of the exchange-rates listing's values (docs/api/openapi.yaml, ExchangeRateDay), so a
// hostile or broken page is refused whole before anything is written.
namespace ExchangeRateText {

// A currency the client knows: an ISO 4217 code of some locale Qt knows, other than EUR (the base,
// implicit at 1: a rate for it could only contradict that).
bool isKnownCurrency(const QString& code);
// "1.0832" -> 1083200. At most 6 integer and 6 fraction digits, greater than zero; anything else
// (a sign, an exponent, "NaN", "0.0") is refused.
bool parseMicros(const QString& text, qint64* micros);

} // namespace ExchangeRateText
} // namespace sp
