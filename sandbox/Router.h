#pragma once

#include "HttpExchange.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace sp {

// Maps method + path to a handler. Patterns are literal segments or "{param}" (one segment).
// Unknown paths answer 404 not_found; known paths with another method 405 method_not_allowed + Allow.
class Router
{
public:
    using Handler = std::function<HttpReply(const HttpRequest&, const QStringList& parameters)>;

    void add(const QByteArray& method, const QString& pattern, Handler handler);
    HttpReply dispatch(const HttpRequest& request) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };
    static bool matches(const Route& route, const QStringList& segments, QStringList* parameters);

    QList<Route> m_routes;
};

} // namespace sp
