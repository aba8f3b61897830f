// libFuzzer target: an access token as the server sends it, read by JwtClaims (the refresh hint).
#include "FuzzJson.h"
#include "auth/JwtClaims.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto claims = sp::JwtClaims::read(sp::fuzz::bytes(data, size));
    // Accepted claims always carry a plausible expiry (JwtClaims refuses anything past 9999).
    if (claims && (claims->expiresAt < 0 || claims->expiresAt > 253402300799LL || claims->issuedAt < 0))
        __builtin_trap();
    return 0;
}
