#pragma once

#include "BusinessGenerator.h"

#include <QString>
#include <QStringList>

namespace sp {

// The shape of a seller's account as a SellerPulse support bundle describes it (cache-summary.json
// and connection.json): marketplaces (and so currencies), order and product counts, the span of
// order dates, and whether Amazon was connected. Read with QuaZip in memory, with caps, since a
// bundle comes from outside; the sandbox never links core, so this is its own small reader.
struct BundleShape
{
    BusinessShape business;
    int orderCount = 0;
    bool amazonConnected = false;
    QString amazonRegion;       // "eu", "na", ... of the first marketplace
    QStringList marketplaceIds; // the bundle's marketplaces in amazonRegion (known to the sandbox)

    // False with a one-line reason.
    static bool read(const QString& path, BundleShape* shape, QString* error);
};

} // namespace sp
