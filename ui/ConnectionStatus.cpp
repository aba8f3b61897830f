#include "ConnectionStatus.h"

#include <QCoreApplication>

namespace sp {

QString ConnectionStatus::text() const
{
    switch (state) {
    case Session::State::SignedIn:
        if (offline)
            return tr("Offline");
        return tr("Signed in to %1 as %2").arg(serverName, email);
    case Session::State::Restoring:
    case Session::State::SigningIn:
        return tr("Signing in...");
    case Session::State::KeychainUnavailable:
        return tr("Keychain unavailable");
    case Session::State::SignedOut:
        break;
    }
    return offline ? tr("Offline") : tr("Signed out");
}

} // namespace sp
