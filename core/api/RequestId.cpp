#include "api/RequestId.h"

#include <QRandomGenerator>

namespace sp {

QString RequestId::generate()
{
    static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr int kAlphabetSize = int(sizeof(kAlphabet)) - 1;
    constexpr int kLength = 32;
    QString id;
    id.reserve(kLength);
    QRandomGenerator* random = QRandomGenerator::system();
    for (int i = 0; i < kLength; ++i)
        id.append(QLatin1Char(kAlphabet[random->bounded(kAlphabetSize)]));
    return id;
}

} // namespace sp
