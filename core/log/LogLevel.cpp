#include "log/LogLevel.h"

#include <QLoggingCategory>

namespace sp {

std::optional<LogLevel> LogLevels::parse(const QString& text)
{
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("debug"))
        return LogLevel::Debug;
    if (value == QLatin1String("info"))
        return LogLevel::Info;
    if (value == QLatin1String("warning"))
        return LogLevel::Warning;
    return std::nullopt;
}

QString LogLevels::name(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return QStringLiteral("debug");
    case LogLevel::Info:
        return QStringLiteral("info");
    case LogLevel::Warning:
        return QStringLiteral("warning");
    }
    return QStringLiteral("info");
}

void LogLevels::apply(LogLevel level)
{
    const bool debug = level == LogLevel::Debug;
    const bool info = level != LogLevel::Warning;
    QLoggingCategory::setFilterRules(QStringLiteral("sellerpulse.*.debug=%1\nsellerpulse.*.info=%2\n")
                                         .arg(debug ? QLatin1String("true") : QLatin1String("false"),
                                              info ? QLatin1String("true") : QLatin1String("false")));
}

} // namespace sp
