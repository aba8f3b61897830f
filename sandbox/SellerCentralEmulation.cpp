#include "SellerCentralEmulation.h"

#include "CryptoPrimitives.h"

namespace sp {

QString SellerCentralEmulation::sellingPartnerId(const QString& accountId, const QString& region)
{
    static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    const QByteArray digest =
        CryptoPrimitives::sha256((QStringLiteral("merchant:") + accountId + QLatin1Char(':') + region).toUtf8());
    QString id = QStringLiteral("A");
    for (int i = 0; i < 13; ++i)
        id += QLatin1Char(kAlphabet[static_cast<unsigned char>(digest.at(i)) % 36]);
    return id;
}

QStringList SellerCentralEmulation::grantedRoles()
{
    return {QStringLiteral("Selling Partner Insights"),
            QStringLiteral("Inventory and Order Tracking"),
            QStringLiteral("Finance and Accounting"),
            QStringLiteral("Amazon Fulfillment"),
            QStringLiteral("Pricing"),
            QStringLiteral("Product Listing")};
}

QStringList SellerCentralEmulation::marketplacesOf(const Business* business, const QString& region)
{
    QStringList ids;
    if (!business)
        return ids;
    for (int m = 0; m < kMarketplaceCount; ++m) {
        const bool sells = static_cast<size_t>(m) < business->productsByMarketplace.size()
                           && !business->productsByMarketplace[static_cast<size_t>(m)].empty();
        if (sells && region == QLatin1String(kMarketplaces[m].region))
            ids.append(QLatin1String(kMarketplaces[m].id));
    }
    return ids;
}

QString SellerCentralEmulation::issueCode(const QString& sellingPartnerId, qint64 now)
{
    // Drop codes nobody exchanged, so the table cannot grow without bound.
    for (auto it = m_codes.begin(); it != m_codes.end();) {
        if (it->expiresAt <= now)
            it = m_codes.erase(it);
        else
            ++it;
    }
    const QString code = QStringLiteral("ANDaMdT") + QString::fromLatin1(CryptoPrimitives::randomToken(18));
    m_codes.insert(code, {sellingPartnerId, now + kCodeLifetimeSeconds});
    return code;
}

SellerCentralEmulation::Exchange SellerCentralEmulation::exchangeCode(const QString& code, qint64 now)
{
    Exchange result;
    const auto it = m_codes.find(code);
    if (it == m_codes.end()) {
        result.error = QStringLiteral("invalid_grant");
        return result;
    }
    const CodeRecord record = *it;
    m_codes.erase(it); // one-time, whatever the outcome
    if (record.expiresAt <= now) {
        result.error = QStringLiteral("invalid_grant");
        return result;
    }
    // Amazon's refresh tokens are "Atzr|" and opaque text, at most 2048 bytes.
    result.refreshToken = QByteArrayLiteral("Atzr|") + CryptoPrimitives::randomToken(96);
    result.sellingPartnerId = record.sellingPartnerId;
    return result;
}

} // namespace sp
