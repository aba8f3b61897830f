// libFuzzer target: an HTTP error answer (status, Retry-After header, problem+json body) mapped to
// an ApiError by ProblemDetails::fromHttp, as ApiClient does for every 4xx/5xx.
// Byte 0 picks the status (400..599), bytes up to the first '\n' are the Retry-After header, the
// rest is the body.
#include "FuzzJson.h"
#include "api/ProblemDetails.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const int status = 400 + data[0] % 200;
    const QByteArray rest = sp::fuzz::bytes(data + 1, size - 1);
    const qsizetype newline = rest.indexOf('\n');
    const QByteArray retryAfter = newline < 0 ? QByteArray() : rest.left(newline);
    const QByteArray body = newline < 0 ? rest : rest.mid(newline + 1);

    const sp::ApiError error = sp::ProblemDetails::fromHttp(status, body, QString(), retryAfter);
    // Invariants the UI relies on: an error answer is never "ok", a 429 always waits 1 s..24 h,
    // server texts are cut to 1000 characters.
    if (error.ok() || error.httpStatus != status)
        __builtin_trap();
    if (status == 429 && (error.retryAfterSeconds < 1 || error.retryAfterSeconds > 24 * 3600))
        __builtin_trap();
    if (error.title.size() > 1000 || error.detail.size() > 1000 || error.code.size() > 1000)
        __builtin_trap();
    (void)error.userMessage();
    return 0;
}
