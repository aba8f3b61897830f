#include "api/ApiError.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <climits>

namespace sp {

namespace {

// Known problem codes get our own wording; the server's title is shown only for codes we do not know,
// and never raw without a hint of what to do.
QString problemMessage(const ApiError& e)
{
    const QString& c = e.code;
    if (c == QLatin1String("invalid_credentials"))
        return QCoreApplication::translate("sp::ApiError",
                                           "The email address or password is not correct. Check them and try again.");
    if (c == QLatin1String("weak_password"))
        return QCoreApplication::translate(
            "sp::ApiError",
            "The new password is not accepted: use 10 to 128 characters, different from the current password.");
    if (c == QLatin1String("validation_failed") || c == QLatin1String("invalid_json"))
        return QCoreApplication::translate(
            "sp::ApiError", "The server did not accept the request. Check what you entered and try again.");
    if (c == QLatin1String("unauthorized") || c == QLatin1String("token_expired"))
        return QCoreApplication::translate("sp::ApiError", "Your session is no longer valid. Sign in again.");
    if (c == QLatin1String("password_changed") || c == QLatin1String("session_revoked"))
        return QCoreApplication::translate(
            "sp::ApiError",
            "You were signed out elsewhere (the password was changed or the session was ended). Sign in again.");
    if (c == QLatin1String("refresh_token_invalid"))
        return QCoreApplication::translate("sp::ApiError", "Your session has expired. Sign in again.");
    if (c == QLatin1String("refresh_token_reused"))
        return QCoreApplication::translate(
            "sp::ApiError",
            "Your session was ended for your safety because its sign-in token was used twice. Sign in again.");
    if (c == QLatin1String("not_found"))
        return QCoreApplication::translate("sp::ApiError",
                                           "The requested item does not exist or belongs to another account.");
    if (c == QLatin1String("account_exists"))
        return QCoreApplication::translate("sp::ApiError", "An account with this email address already exists.");
    if (c == QLatin1String("payload_too_large") || c == QLatin1String("unsupported_media_type")
        || c == QLatin1String("method_not_allowed"))
        return QCoreApplication::translate(
            "sp::ApiError",
            "The server refused the request as malformed. Please update SellerPulse or contact support.");
    if (e.httpStatus >= 500)
        return QCoreApplication::translate("sp::ApiError", "The server had a problem (HTTP %1). Try again later.")
            .arg(e.httpStatus);
    return QCoreApplication::translate("sp::ApiError",
                                       "The server refused the request (HTTP %1). Try again later or contact support.")
        .arg(e.httpStatus);
}

} // namespace

QString ApiError::userMessage() const
{
    QString message;
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Network:
        message = QCoreApplication::translate(
            "sp::ApiError", "The server cannot be reached. Check your internet connection and try again.");
        break;
    case Kind::Tls:
        if (code == QLatin1String("certificate_time")) {
            message = QCoreApplication::translate(
                          "sp::ApiError",
                          "The server's certificate is not valid at this "
                          "computer's date and time (%1): %2. Check your computer's clock: if the date or time is "
                          "wrong, correct it and try again.")
                          .arg(QLocale().toString(localTime.isValid() ? localTime : QDateTime::currentDateTime(),
                                                  QLocale::LongFormat),
                               technical.isEmpty() ? QCoreApplication::translate("sp::ApiError", "unknown reason")
                                                   : technical);
            if (qAbs(clockOffsetSeconds) > kClockSkewToleranceSeconds) {
                // Computed first: template arguments inside translate() calls stall lupdate's parser.
                const int minutes = int(std::min(qAbs(clockOffsetSeconds) / 60, qint64(INT_MAX)));
                const QString offset =
                    clockOffsetSeconds > 0
                        ? QCoreApplication::translate(
                            "sp::ApiError",
                            "At its last answer the server's clock was %n minute(s) ahead of this computer's.", nullptr,
                            minutes)
                        : QCoreApplication::translate(
                            "sp::ApiError",
                            "At its last answer the server's clock was %n minute(s) behind this computer's.", nullptr,
                            minutes);
                message += QLatin1Char(' ') + offset;
            }
            break;
        }
        if (code == QLatin1String("tls_handshake")) {
            message = QCoreApplication::translate(
                          "sp::ApiError",
                          "A secure connection to the server could not be set up: %1. The "
                          "server may only offer an outdated TLS version (SellerPulse requires TLS 1.2 or later).")
                          .arg(technical.isEmpty() ? QCoreApplication::translate("sp::ApiError", "unknown reason")
                                                   : technical);
            break;
        }
        message =
            QCoreApplication::translate(
                "sp::ApiError", "The server's certificate is not trusted: %1. Check the server address, or the CA file "
                                "when you use your own server.")
                .arg(technical.isEmpty() ? QCoreApplication::translate("sp::ApiError", "unknown reason") : technical);
        break;
    case Kind::Timeout:
        message =
            code == QLatin1String("deadline") ? QCoreApplication::translate(
                "sp::ApiError",
                "The server is too slow: its answer did not arrive completely within %n second(s). Try again later.",
                nullptr, deadlineSeconds)
                                              : QCoreApplication::translate(
                                                  "sp::ApiError",
                                                  "The server did not answer in time. Try again later.");
        break;
    case Kind::Cancelled:
        message = QCoreApplication::translate("sp::ApiError", "The request was cancelled.");
        break;
    case Kind::Policy:
        message = QCoreApplication::translate("sp::ApiError", "This server address is not allowed: %1").arg(technical);
        break;
    case Kind::RateLimited:
        message = retryAfterSeconds > 0
                      ? QCoreApplication::translate("sp::ApiError", "Too many attempts. Try again in %n second(s).",
                                                    nullptr, retryAfterSeconds)
                      : QCoreApplication::translate("sp::ApiError", "Too many attempts. Try again later.");
        break;
    case Kind::Problem:
        message = problemMessage(*this);
        break;
    case Kind::Decode:
        if (code == QLatin1String("disk_full")) {
            message = QCoreApplication::translate("sp::ApiError", "The disk is full: free some space on the disk that "
                                                                  "holds %1 and try again.")
                          .arg(technical);
            break;
        }
        message = QCoreApplication::translate(
            "sp::ApiError", "The server sent an answer SellerPulse does not understand. Try again later or "
                            "contact support.");
        break;
    case Kind::SessionEnded:
        message = code.isEmpty() ? QCoreApplication::translate("sp::ApiError", "Your session has ended. Sign in again.")
                                 : problemMessage(*this);
        break;
    case Kind::KeychainUnavailable:
        message = QCoreApplication::translate(
            "sp::ApiError", "The system keychain is locked or unavailable. Unlock it and retry, or continue "
                            "for this session only.");
        break;
    }
    // The request id is not part of the message: it goes to details(), shown on request, once.
    return message;
}

QString ApiError::details() const
{
    if (ok())
        return QString();
    QStringList lines;
    if (!requestId.isEmpty())
        lines << QCoreApplication::translate("sp::ApiError", "Request ID: %1").arg(requestId);
    if (httpStatus > 0)
        lines << QCoreApplication::translate("sp::ApiError", "HTTP status: %1").arg(httpStatus);
    // The problem's code is a stable word of the API (not translated); the server's title and detail
    // are not shown: they are the server's words, in the server's language.
    if (!code.isEmpty())
        lines << QCoreApplication::translate("sp::ApiError", "Problem type: %1").arg(code);
    lines << QCoreApplication::translate("sp::ApiError", "Error kind: %1").arg(kindName(kind));
    return lines.join(QLatin1Char('\n'));
}

QString ApiError::kindName(Kind k)
{
    switch (k) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Policy:
        return QStringLiteral("policy");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::Problem:
        return QStringLiteral("problem");
    case Kind::Decode:
        return QStringLiteral("decode");
    case Kind::SessionEnded:
        return QStringLiteral("session-ended");
    case Kind::KeychainUnavailable:
        return QStringLiteral("keychain-unavailable");
    }
    return QStringLiteral("unknown");
}

} // namespace sp
