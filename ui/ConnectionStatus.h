#pragma once

#include "auth/Session.h"

#include <QCoreApplication>
#include <QString>

namespace sp {

// The one line the status bar shows about the connection, from the session's state.
struct ConnectionStatus
{
    Q_DECLARE_TR_FUNCTIONS(sp::ConnectionStatus)

public:
    Session::State state = Session::State::SignedOut;
    bool offline = false; // the last request could not reach the server
    QString serverName;   // e.g. "SellerPulse cloud", "the local sandbox"
    QString email;

    QString text() const;
};

} // namespace sp
