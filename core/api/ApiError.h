#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

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
    QStringList fields;    // validation_failed: the offending fields the problem's `errors` name
    int retryAfterSeconds = 0;
    QString technical;       // e.g. the TLS error text; never a secret
    int deadlineSeconds = 0; // code "deadline": the request's overall deadline
    // code "certificate_time": this computer's time when the certificate was refused, and the server's
    // clock minus this one's at its last answer (0: not known or within the tolerance).
    QDateTime localTime;
    qint64 clockOffsetSeconds = 0;

    // A clock offset the message about a certificate's dates mentions (beyond usual drift).
    static constexpr qint64 kClockSkewToleranceSeconds = 5 * 60;

    bool ok() const { return kind == Kind::None; }
    // Translated ("sp::ApiError" context): what happened and what to do, without the request id.
    QString userMessage() const;
    // Translated lines for support, shown only in a "Details" part: the request id, the HTTP status,
    // the problem's code and the kind. Empty when ok().
    QString details() const;
    // Kind as a stable lower-case word, for logs and tests.
    static QString kindName(Kind kind);
};

} // namespace sp

Q_DECLARE_METATYPE(sp::ApiError)
