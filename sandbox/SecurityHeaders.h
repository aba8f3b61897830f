#pragma once

#include "HttpExchange.h"

namespace sp {

// The security page's response headers, added to every reply (errors and 404 included).
namespace SecurityHeaders {
void apply(HttpReply* reply);
}

} // namespace sp
