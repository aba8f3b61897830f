#include "SecurityHeaders.h"

namespace sp::SecurityHeaders {

void apply(HttpReply* reply)
{
    reply->setHeader(QByteArrayLiteral("Strict-Transport-Security"),
                     QByteArrayLiteral("max-age=63072000; includeSubDomains; preload"));
    reply->setHeader(QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY"));
    reply->setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    reply->setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("strict-origin-when-cross-origin"));
    reply->setHeader(QByteArrayLiteral("Permissions-Policy"),
                     QByteArrayLiteral("accelerometer=(), gyroscope=(), magnetometer=(), camera=(), microphone=(), "
                                       "geolocation=(), payment=(), usb=()"));
}

} // namespace sp::SecurityHeaders
