#pragma once

#include <QString>

namespace sp {

// Random ids for X-Request-Id: 32 characters of [A-Za-z0-9], so that support can find one request.
struct RequestId
{
    static QString generate();
};

} // namespace sp
