#include "amazon/AmazonMarketplaces.h"

#include <QCoreApplication>

namespace sp {

namespace {

struct Marketplace
{
    const char* id;
    const char* store; // the store's name, as Amazon writes it (not translated)
    const char* country;
};

// Amazon SP-API documentation, "Marketplace IDs" (North America, Europe, Far East).
const Marketplace kMarketplaces[] = {
    {"A2EUQ1WTGCTBG2", "Amazon.ca", QT_TRANSLATE_NOOP("sp::AmazonMarketplaces", "Canada")},
    {"ATVPDKIKX0DER", "Amazon.com", QT_TRANSLATE_NOOP("sp::AmazonMarketplaces", "United States")},
    {"A1AM78C64UM0Y8", "Amazon.com.mx", QT_TRANSLATE_NOOP("sp::AmazonMarketplaces", "Mexico")},
    {"A2Q3Y263D00KWC", "Amazon.com.br", QT_TRANSLATE_NOOP("sp::AmazonMarketplaces", "Brazil")},
    {"A28R8C7NBKEWEA", "Amazon.ie", QT_TRANSLATE_NOOP("sp::AmazonMarketplaces", "Ireland")},
    {"A1RKKUPIHCS9HS", "Amazon.es", QT_TRANSLATE_NOOP("sp::AmazonMarketplaces", "Spain")},
    {"A1F83G8C2ARO7P", "Amazon.co.uk", QT_TRANSLATE_NOOP("sp::AmazonMarketplaces", "United Kingdom")},
    {"A13V1IB3VIYZZH", "Amazon.fr", QT_TRANSLATE_NOOP("sp::AmazonMarketplaces", "France")},
    {"AMEN7PMS3EDWL", "Amazon.com.be", QT_TRANSLATE_NOOP("sp::AmazonMarketplaces", "Belgium")},
    {"A1805IZSGTT6HS", "Amazon.nl", QT_TRANSLATE_NOOP("sp::AmazonMarketplaces", "Netherlands")},
    {"A1PA6795UKMFR9", "Amazon.de", QT_TRANSLATE_NOOP("sp::AmazonMarketplaces", "Germany")},
    {"APJ6JRA9NG5V4", "Amazon.it", QT_TRANSLATE_NOOP("sp::AmazonMarketplaces", "Italy")},
    {"A2NODRKZP88ZB9", "Amazon.se", QT_TRANSLATE_NOOP("sp::AmazonMarketplaces", "Sweden")},
    {"AE08WJ6YKNBMC", "Amazon.co.za", QT_TRANSLATE_NOOP("sp::AmazonMarketplaces", "South Africa")},
    {"A1C3SOZRARQ6R3", "Amazon.pl", QT_TRANSLATE_NOOP("sp::AmazonMarketplaces", "Poland")},
    {"ARBP9OOSHTCHU", "Amazon.eg", QT_TRANSLATE_NOOP("sp::AmazonMarketplaces", "Egypt")},
    {"A33AVAJ2PDY3EV", "Amazon.com.tr", QT_TRANSLATE_NOOP("sp::AmazonMarketplaces", "Turkey")},
    {"A17E79C6D8DWNP", "Amazon.sa", QT_TRANSLATE_NOOP("sp::AmazonMarketplaces", "Saudi Arabia")},
    {"A2VIGQ35RCS4UG", "Amazon.ae", QT_TRANSLATE_NOOP("sp::AmazonMarketplaces", "United Arab Emirates")},
    {"A21TJRUUN4KGV", "Amazon.in", QT_TRANSLATE_NOOP("sp::AmazonMarketplaces", "India")},
    {"A19VAU5U5O7RUS", "Amazon.sg", QT_TRANSLATE_NOOP("sp::AmazonMarketplaces", "Singapore")},
    {"A39IBJ37TRP1C6", "Amazon.com.au", QT_TRANSLATE_NOOP("sp::AmazonMarketplaces", "Australia")},
    {"A1VC38T7YXB528", "Amazon.co.jp", QT_TRANSLATE_NOOP("sp::AmazonMarketplaces", "Japan")},
};

} // namespace

QString AmazonMarketplaces::displayName(const QString& marketplaceId)
{
    for (const Marketplace& m : kMarketplaces) {
        if (marketplaceId == QLatin1String(m.id))
            //: A marketplace: the store's name, then its country, e.g. "Amazon.de (Germany)".
            return QCoreApplication::translate("sp::AmazonMarketplaces", "%1 (%2)")
                .arg(QLatin1String(m.store), QCoreApplication::translate("sp::AmazonMarketplaces", m.country));
    }
    return marketplaceId;
}

QString AmazonMarketplaces::storeName(const QString& marketplaceId)
{
    for (const Marketplace& m : kMarketplaces) {
        if (marketplaceId == QLatin1String(m.id))
            return QLatin1String(m.store);
    }
    return marketplaceId;
}

QStringList AmazonMarketplaces::storeNames()
{
    QStringList names;
    for (const Marketplace& m : kMarketplaces)
        names.append(QLatin1String(m.store));
    return names;
}

QStringList AmazonMarketplaces::displayNames(const QStringList& marketplaceIds)
{
    QStringList names;
    names.reserve(marketplaceIds.size());
    for (const QString& id : marketplaceIds)
        names.append(displayName(id));
    return names;
}

} // namespace sp
