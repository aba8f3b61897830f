#pragma once

#include <QJsonObject>
#include <QString>

namespace sp {

// Strict access to the fields of a decoded response: a missing field or a wrong type gives an empty
// value, and the first such problem is remembered. Check ok() at the end, before using any value.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject& object, QString prefix = QString());

    QString requiredString(const QString& field);
    QString optionalString(const QString& field); // absent or null: empty
    qint64 requiredInt(const QString& field);
    bool requiredBool(const QString& field);
    QJsonObject requiredObject(const QString& field);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; } // e.g. "field 'expires_in': expected an integer"

private:
    void fail(const QString& field, const char* expected);

    QJsonObject m_object;
    QString m_prefix;
    QString m_error;
};

} // namespace sp
