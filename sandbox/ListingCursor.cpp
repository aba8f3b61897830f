#include "ListingCursor.h"

#include "CryptoPrimitives.h"

#include <QList>

namespace sp {

namespace {
constexpr int kMacBytes = 12;
constexpr int kMaxCursorLength = 200;
} // namespace

ListingCursor::ListingCursor(QByteArray key)
    : m_key(std::move(key))
{}

QByteArray ListingCursor::mac(const QString& accountId, const QByteArray& payload) const
{
    return CryptoPrimitives::hmacSha256(m_key, accountId.toUtf8() + '\n' + payload).left(kMacBytes);
}

QString ListingCursor::encode(const QString& accountId, char listing, quint64 seq) const
{
    const QByteArray payload = QByteArrayLiteral("v1.") + listing + '.' + QByteArray::number(seq);
    const QByteArray text = payload + '.' + CryptoPrimitives::toBase64Url(mac(accountId, payload));
    return QString::fromLatin1(CryptoPrimitives::toBase64Url(text));
}

std::optional<quint64> ListingCursor::decode(const QString& accountId, char listing, const QString& cursor) const
{
    if (cursor.isEmpty() || cursor.size() > kMaxCursorLength)
        return std::nullopt;
    QByteArray text;
    if (!CryptoPrimitives::fromBase64Url(cursor.toLatin1(), &text))
        return std::nullopt;
    const qsizetype lastDot = text.lastIndexOf('.');
    if (lastDot < 0)
        return std::nullopt;
    const QByteArray payload = text.left(lastDot);
    QByteArray presentedMac;
    if (!CryptoPrimitives::fromBase64Url(text.mid(lastDot + 1), &presentedMac)
        || !CryptoPrimitives::constantTimeEquals(presentedMac, mac(accountId, payload)))
        return std::nullopt;
    const QList<QByteArray> parts = payload.split('.');
    if (parts.size() != 3 || parts[0] != "v1" || parts[1].size() != 1 || parts[1][0] != listing)
        return std::nullopt;
    bool ok = false;
    const quint64 seq = parts[2].toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    return seq;
}

} // namespace sp
