#include "accounting/FeeVat.h"

namespace sp {

FeeVat::Split FeeVat::split(qint64 grossCents, int rateBp)
{
    if (rateBp == 0 || !isValidRate(rateBp))
        return {grossCents, 0};
    // On the magnitude, in unsigned arithmetic (INT64_MIN has no positive qint64): gross * 10000 / d
    // with d = 10000 + rate, as q * 10000 + rem * 10000 / d, so nothing overflows (rem < d <= 20000).
    const bool negative = grossCents < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(grossCents) : quint64(grossCents);
    const quint64 d = 10000u + quint64(rateBp);
    const quint64 q = magnitude / d;
    const quint64 rem = magnitude % d;
    const quint64 net = q * 10000u + (2u * rem * 10000u + d) / (2u * d); // half away from zero
    // net is far below 2^63 (rate > 0: net <= magnitude * 10000 / 10001 + 1), so it fits a qint64.
    const qint64 signedNet = negative ? -qint64(net) : qint64(net);
    return {signedNet, grossCents - signedNet};
}

} // namespace sp
