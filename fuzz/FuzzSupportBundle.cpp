// libFuzzer target: a support bundle as a user (or an attacker) hands it over, read entirely in
// memory by SupportBundleReader (ZIP parsing through QuaZip, names, sizes, ratios, manifest).
#include "FuzzJson.h"
#include "support/SupportBundleReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    const auto bundle = sp::SupportBundleReader::read(sp::fuzz::bytes(data, size), &error);
    // Refused: always with a reason. Accepted: only safe names, each once.
    if (!bundle && error.isEmpty())
        __builtin_trap();
    if (bundle) {
        QStringList seen;
        for (const auto& file : bundle->files) {
            if (!sp::SupportBundleReader::isSafeName(file.name) || seen.contains(file.name))
                __builtin_trap();
            seen << file.name;
        }
    }
    return 0;
}
