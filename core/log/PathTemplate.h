#pragma once

#include <QString>
#include <QStringList>

namespace sp {

// An API path as the request log shows it: the route template of docs/api/openapi.yaml, values
// replaced by their parameter names, no query string or fragment ("/v1/unit-costs/blue-mug?x=1" ->
// "/v1/unit-costs/{sku}"). Values in a path are seller data (SKUs, order ids) and may look like
// route words, so a segment is kept only where the contract has that word at that place; a path
// the contract does not know keeps only the contract's route words, anything else is "{id}".
class PathTemplate
{
public:
    static QString of(const QString& path);
    // The contract's paths (kept in step with docs/api/openapi.yaml by TestLogRedaction).
    static const QStringList& contractPaths();
};

} // namespace sp
