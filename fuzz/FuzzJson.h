#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace sp::fuzz {

// The bytes libFuzzer hands over, as the QByteArray a QNetworkReply would give (a deep copy: the
// fuzzer's buffer ends exactly at `size`, so any read past it is caught by ASan in our code).
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// What ApiClient does with a 2xx body before handing it to a decoder: a JSON object or nothing.
inline std::optional<QJsonObject> jsonObject(const QByteArray& body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace sp::fuzz
