#pragma once

#include <QStringView>
#include <QtGlobal>

namespace sp {

// The contract's decimal amounts ("24.99", "-3.10") as integer cents, exactly (no floating point).
class Money
{
public:
    // False unless `text` matches ^-?[0-9]{1,12}\.[0-9]{2}$.
    static bool parseCents(QStringView text, qint64* cents);
    static QString formatCents(qint64 cents); // "-3.10"
};

} // namespace sp
