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
    pair.m_verifier = SecureBytes(random.bytes().toBase64(kBase64Url));
    pair.m_challenge = challengeOf(pair.m_verifier.bytes());
    return pair;
}

QByteArray PkcePair::challengeOf(const QByteArray& verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

} // namespace sp
