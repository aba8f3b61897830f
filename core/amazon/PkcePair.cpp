#include "amazon/PkcePair.h"

#include <QCryptographicHash>

namespace sp {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

PkcePair PkcePair::generate()
{
    PkcePair pair;
    SecureBytes random = SecureBytes::random(kVerifierRandomBytes);
    if (random.isEmpty())
        return pair;
    QByteArray encoded = random.toByteArray().toBase64(kBase64Url);
    pair.m_verifier = SecureBytes::takeFrom(encoded);
    pair.m_challenge = challengeOf(pair.m_verifier.view());
    return pair;
}

QByteArray PkcePair::challengeOf(QByteArrayView verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

} // namespace sp
