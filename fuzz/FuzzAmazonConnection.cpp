// libFuzzer target: the JSON body of GET /v1/amazon/connection, decoded by AmazonConnection::fromJson.
#include "FuzzJson.h"
#include "amazon/AmazonConnection.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto json = sp::fuzz::jsonObject(sp::fuzz::bytes(data, size));
    if (!json)
        return 0;
    sp::AmazonConnection connection;
    QString error;
    const bool ok = sp::AmazonConnection::fromJson(*json, &connection, &error);
    if (!ok && error.isEmpty())
        __builtin_trap();
    (void)sp::AmazonConnection::statusText(connection.status);
    return 0;
}
