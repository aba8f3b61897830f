#pragma once

#include <QString>

namespace sp {

// The SP-API authorization regions: one grant covers every marketplace of its region.
enum class AmazonRegion { Europe, NorthAmerica, FarEast };

struct AmazonRegions
{
    static QString code(AmazonRegion region);                     // "eu", "na", "fe" (the API's words)
    static bool fromCode(const QString& code, AmazonRegion* out); // false for anything else
    static QString displayName(AmazonRegion region);              // translated
};

} // namespace sp
