#pragma once

#include "HttpExchange.h"

#include <optional>

namespace sp {

// The body of PUT /v1/restock-settings/{sku} and PUT /v1/restock-default, checked whole against the contract's
// RestockSettingRequest: exactly lead_time_days (a whole number 1..365) and safety_days (0..365). Anything else
// answers 400 validation_failed naming every offending field (invalid_json, 415, 413 as for every body).
struct RestockSettingBody
{
    static constexpr int kMinLeadTimeDays = 1;
    static constexpr int kMaxDays = 365;

    int leadTimeDays = 0;
    int safetyDays = 0;

    // The body's values, or nullopt with `*problem` set.
    static std::optional<RestockSettingBody> parse(const HttpRequest& request, HttpReply* problem);
};

} // namespace sp
