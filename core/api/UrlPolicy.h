#pragma once

#include <QString>
#include <QUrl>

namespace sp {

// Which server base URLs the client may talk to: https always; plain http only for loopback IP literals.
struct UrlPolicy
{
    // False with a translated reason for relative/empty URLs, other schemes, http to a non-loopback
    // host, user info, a query or a fragment.
    static bool isAllowed(const QUrl& url, QString* whyNot);
    // The IP literals 127.0.0.0/8 and ::1 (bracketed or not); never a name, not even "localhost".
    static bool isLoopbackHost(const QString& host);
};

} // namespace sp
