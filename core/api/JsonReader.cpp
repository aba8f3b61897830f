#include "api/JsonReader.h"

#include <QJsonValue>

#include <cmath>
#include <limits>

namespace sp {

JsonReader::JsonReader(const QJsonObject& object, QString prefix)
    : m_object(object)
    , m_prefix(std::move(prefix))
{}

void JsonReader::fail(const QString& field, const char* expected)
{
    if (!m_error.isEmpty())
        return; // the first problem is the one worth reporting
    const QString name = m_prefix.isEmpty() ? field : m_prefix + QLatin1Char('.') + field;
    m_error = QStringLiteral("field '%1': expected %2").arg(name, QLatin1String(expected));
}

QString JsonReader::requiredString(const QString& field)
{
    const QJsonValue value = m_object.value(field);
    if (!value.isString()) {
        fail(field, "a string");
        return QString();
    }
    return value.toString();
}

QString JsonReader::optionalString(const QString& field)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString()) {
        fail(field, "a string or null");
        return QString();
    }
    return value.toString();
}

qint64 JsonReader::requiredInt(const QString& field)
{
    const QJsonValue value = m_object.value(field);
    // JSON numbers arrive as doubles: accept only whole numbers that fit a qint64 exactly.
    const double number = value.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!value.isDouble() || !std::isfinite(number) || std::trunc(number) != number
        || std::fabs(number) > 9007199254740992.0) {
        fail(field, "an integer");
        return 0;
    }
    return static_cast<qint64>(number);
}

bool JsonReader::requiredBool(const QString& field)
{
    const QJsonValue value = m_object.value(field);
    if (!value.isBool()) {
        fail(field, "a boolean");
        return false;
    }
    return value.toBool();
}

QJsonObject JsonReader::requiredObject(const QString& field)
{
    const QJsonValue value = m_object.value(field);
    if (!value.isObject()) {
        fail(field, "an object");
        return QJsonObject();
    }
    return value.toObject();
}

} // namespace sp
