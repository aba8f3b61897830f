#pragma once

#include "auth/Session.h"

namespace sp {

// Why a session ended: read from the code the server refused a refresh with, and told to the user. The
// messages keep Session's translation context, where they were first translated.
class SessionEndReason
{
public:
    static Session::EndReason fromRefusal(const QString& code);
    static QString message(Session::EndReason reason); // translated; empty for None
};

} // namespace sp
