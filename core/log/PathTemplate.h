#pragma once

#include <QString>

namespace sp {

// An API path as the request log shows it: ids replaced by "{id}", no query string or fragment
// ("/v1/orders/305-1234567-7654321?x=1" -> "/v1/orders/{id}"). Ids in a path are seller data
// (order ids, SKUs), and the template is what support needs to see which endpoint was called.
class PathTemplate
{
public:
    static QString of(const QString& path);
};

} // namespace sp
