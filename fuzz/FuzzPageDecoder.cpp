// libFuzzer target: one page of a data listing (the JSON body of GET /v1/<resource>), decoded by
// PageDecoder exactly as CacheWriter does before anything reaches the cache.
// The first byte picks the resource, the rest is the body.
#include "FuzzJson.h"
#include "cache/PageDecoder.h"

#include <array>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // Appended only, so that the corpus's first bytes keep their resource.
    static const std::array<QString, 7> kResources = {QStringLiteral("marketplaces"),     QStringLiteral("products"),
                                                      QStringLiteral("inventory"),        QStringLiteral("orders"),
                                                      QStringLiteral("financial-events"), QStringLiteral("settlements"),
                                                      QStringLiteral("restock-settings")};
    if (size < 1)
        return 0;
    const QString& resource = kResources[data[0] % kResources.size()];
    const auto json = sp::fuzz::jsonObject(sp::fuzz::bytes(data + 1, size - 1));
    if (!json)
        return 0;
    sp::DecodedPage page;
    QString error;
    const bool ok = sp::PageDecoder::decode(resource, *json, &page, &error);
    // A refusal always says why; an accepted page is never larger than its JSON.
    if (!ok && error.isEmpty())
        __builtin_trap();
    if (ok && page.rowCount() < 0)
        __builtin_trap();
    return 0;
}
