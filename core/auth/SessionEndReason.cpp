#include "auth/SessionEndReason.h"

#include <QCoreApplication>

namespace sp {

Session::EndReason SessionEndReason::fromRefusal(const QString& code)
{
    if (code == QLatin1String("password_changed") || code == QLatin1String("session_revoked"))
        return Session::EndReason::SignedOutElsewhere;
    if (code == QLatin1String("refresh_token_reused"))
        return Session::EndReason::TokenReused;
    return Session::EndReason::SessionExpired;
}

QString SessionEndReason::message(Session::EndReason reason)
{
    switch (reason) {
    case Session::EndReason::None:
        return QString();
    case Session::EndReason::UserSignedOut:
        return QCoreApplication::translate("sp::Session", "You signed out.");
    case Session::EndReason::SignedOutElsewhere:
        return QCoreApplication::translate("sp::Session",
                                           "You were signed out elsewhere: the password was changed or this "
                                           "session was ended on another device. Sign in again.");
    case Session::EndReason::SessionExpired:
        return QCoreApplication::translate("sp::Session", "Your session has expired. Sign in again.");
    case Session::EndReason::ServerChanged:
        return QCoreApplication::translate("sp::Session",
                                           "Your saved sign-in belongs to another server, or this server's "
                                           "certificate has changed, so it was not sent and has been removed. "
                                           "Sign in again.");
    case Session::EndReason::TokenReused:
        return QCoreApplication::translate("sp::Session",
                                           "Your session was ended for your safety because its sign-in token "
                                           "was used twice. Sign in again; if this happens again, change your "
                                           "password.");
    }
    return QString();
}

} // namespace sp
