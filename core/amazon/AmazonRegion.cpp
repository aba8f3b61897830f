#include "amazon/AmazonRegion.h"

#include <QCoreApplication>

namespace sp {

QString AmazonRegions::code(AmazonRegion region)
{
    switch (region) {
    case AmazonRegion::Europe:
        return QStringLiteral("eu");
    case AmazonRegion::NorthAmerica:
        return QStringLiteral("na");
    case AmazonRegion::FarEast:
        return QStringLiteral("fe");
    }
    return QString();
}

bool AmazonRegions::fromCode(const QString& code, AmazonRegion* out)
{
    for (AmazonRegion region : {AmazonRegion::Europe, AmazonRegion::NorthAmerica, AmazonRegion::FarEast}) {
        if (code == AmazonRegions::code(region)) {
            *out = region;
            return true;
        }
    }
    return false;
}

QString AmazonRegions::displayName(AmazonRegion region)
{
    switch (region) {
    case AmazonRegion::Europe:
        return QCoreApplication::translate("sp::AmazonRegions", "Europe");
    case AmazonRegion::NorthAmerica:
        return QCoreApplication::translate("sp::AmazonRegions", "North America");
    case AmazonRegion::FarEast:
        return QCoreApplication::translate("sp::AmazonRegions", "Far East (Japan)");
    }
    return QString();
}

} // namespace sp
