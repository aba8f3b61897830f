#pragma once

#include <QString>
#include <QStringList>

namespace sp {

// Amazon's marketplace ids as a seller recognises them: "Amazon.de (Germany)". The ids are public
// constants (Amazon's SP-API "Marketplace IDs" list; the sandbox's six are among them).
struct AmazonMarketplaces
{
    // "Amazon.de (Germany)", the country translated (context "sp::AmazonMarketplaces"); an id not
    // in the list is shown as it is, so nothing the server names is hidden.
    static QString displayName(const QString& marketplaceId);
    static QStringList displayNames(const QStringList& marketplaceIds);
    // "Amazon.de": the store alone, for a table's narrow column (the id when not in the list).
    static QString storeName(const QString& marketplaceId);
    static QStringList storeNames(); // every store in the list
};

} // namespace sp
