#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QString>

namespace sp {

// Maps an HTTP error answer (any 4xx/5xx, ideally application/problem+json) to an ApiError.
struct ProblemDetails
{
    // `retryAfterHeader` is the raw Retry-After value (whole seconds); a 429 becomes Kind::RateLimited.
    // A body that is not a problem object still gives Kind::Problem with the status and request id.
    static ApiError fromHttp(int httpStatus, const QByteArray& body, const QString& requestId,
                             const QByteArray& retryAfterHeader);
};

} // namespace sp
