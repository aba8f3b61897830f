#pragma once

#include <QString>

#include <optional>

namespace sp {

// How much the app logs: debug, info (the default) or warning. Applied to every "sellerpulse.*"
// category through QLoggingCategory's filter rules.
enum class LogLevel { Debug, Info, Warning };

class LogLevels
{
public:
    static constexpr const char* kSettingKey = "log/level";    // in the profile's settings
    static std::optional<LogLevel> parse(const QString& text); // "debug", "info", "warning"
    static QString name(LogLevel level);
    static void apply(LogLevel level);
};

} // namespace sp
