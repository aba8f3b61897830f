#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace sp {

// The opaque `cursor` of the data listings: base64url of "v1.<listing>.<seq>.<mac>", where the MAC (HMAC-SHA256,
// truncated) covers the account id too, so a cursor cannot be forged, edited or used by another account.
// The key is derived from the sandbox's signing key, so cursors stay valid across restarts.
class ListingCursor
{
public:
    explicit ListingCursor(QByteArray key);

    QString encode(const QString& accountId, char listing, quint64 seq) const;
    // The sequence, or nothing for a malformed, foreign or tampered cursor.
    std::optional<quint64> decode(const QString& accountId, char listing, const QString& cursor) const;

private:
    QByteArray mac(const QString& accountId, const QByteArray& payload) const;

    QByteArray m_key;
};

} // namespace sp
