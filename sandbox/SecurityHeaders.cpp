#include "SecurityHeaders.h"

#include <algorithm>

namespace sp::SecurityHeaders {

void apply(HttpReply* reply)
{
    reply->setHeader(QByteArrayLiteral("Strict-Transport-Security"),
                     QByteArrayLiteral("max-age=63072000; includeSubDomains; preload"));
    reply->setHeader(QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY"));
    reply->setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    // A route may ask for the stricter no-referrer (the Amazon callback's redirect to the app's loopback).
    const bool noReferrer = std::any_of(reply->headers.cbegin(), reply->headers.cend(), [](const auto& header) {
        return header.first.compare("Referrer-Policy", Qt::CaseInsensitive) == 0 && header.second == "no-referrer";
    });
    if (!noReferrer)
        reply->setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("strict-origin-when-cross-origin"));
    reply->setHeader(QByteArrayLiteral("Permissions-Policy"),
                     QByteArrayLiteral("accelerometer=(), gyroscope=(), magnetometer=(), camera=(), microphone=(), "
                                       "geolocation=(), payment=(), usb=()"));
}

} // namespace sp::SecurityHeaders
