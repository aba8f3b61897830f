#pragma once

namespace sp {

// The SP-API application ids the app expects in a consent URL (its `application_id`). An id is
// public (it is in every consent URL), so pinning it is not a secret: it stops a server answer,
// compromised or spoofed, from sending the seller to consent to somebody else's application on the
// genuine Seller Central page, which the host allow-list alone would let through.
struct AmazonApplication
{
    // SellerPulse's SP-API application id for Amazon's Seller Central hosts. A PLACEHOLDER until the
    // id registered in Amazon's Solution Provider Portal is filled in here before a release against
    // the hosted service (docs/security.md, "Not built"). The one place to change it
    // (ConsentUrlPolicy reads it).
    static constexpr const char* kSellerPulseId = "amzn1.sp.solution.7c5f0b8e-2d4a-4b61-9a3e-5e11e4b0c0de";
    // sellerpulse-sandbox's fixed, documented application id (docs/api/openapi.yaml, the
    // /sandbox/sellercentral description); ConsentUrlPolicy reads it for the sandbox's consent page.
    static constexpr const char* kSandboxId = "amzn1.sellerapps.app.5e11e4b0-0000-4000-8000-53414e44424f";
};

} // namespace sp
