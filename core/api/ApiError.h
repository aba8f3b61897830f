#pragma once

#include <QMetaType>
#include <QString>

namespace sp {

// What went wrong with one API request, as a value. Never carries a secret.
struct ApiError
{
    enum class Kind {
        None,
        Network,
        Tls,
        Timeout,
        Cancelled,
        Policy,
        RateLimited,
        Problem,
        Decode,
        SessionEnded,
        KeychainUnavailable
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;          // problem+json `code`, e.g. "invalid_credentials"
    QString title, detail; // from the server; not shown raw for unknown codes
    QString requestId;     // X-Request-Id of the request, shown to the user for support
    int retryAfterSeconds = 0;
    QString technical;     // e.g. the TLS error text; never a secret

    bool ok() const { return kind == Kind::None; }
    // Translated ("sp::ApiError" context): what happened and what to do.
    QString userMessage() const;
    // Kind as a stable lower-case word, for logs and tests.
    static QString kindName(Kind kind);
};

} // namespace sp

Q_DECLARE_METATYPE(sp::ApiError)
