#pragma once

#include "HttpExchange.h"

#include <optional>

namespace sp {

class ListingCursor;

// The parameters every paged listing shares (limit, cursor, updated_since), read and checked in one
// place so that every listing answers bad ones alike: 400 validation_failed naming each bad query
// field, or 400 invalid_cursor for a cursor of another listing or account.
struct ListingQuery
{
    static constexpr int kDefaultLimit = 500;
    static constexpr int kMaxLimit = 1000;

    int limit = kDefaultLimit;
    std::optional<qint64> updatedSince; // unix seconds; ignored (unset) when a cursor is given
    std::optional<quint64> after;       // the cursor's last sequence number

    // The parameters of `request` for `listing` of `accountId`; nullopt with `*problem` set when bad.
    static std::optional<ListingQuery> parse(const HttpRequest& request, const ListingCursor& cursors,
                                             const QString& accountId, char listing, HttpReply* problem);
};

} // namespace sp
