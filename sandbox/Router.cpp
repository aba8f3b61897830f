#include "Router.h"

#include "ProblemResponse.h"

#include <QCoreApplication>

namespace sp {

void Router::add(const QByteArray& method, const QString& pattern, Handler handler)
{
    m_routes.append({method, pattern.split(QLatin1Char('/')), std::move(handler)});
}

bool Router::matches(const Route& route, const QStringList& segments, QStringList* parameters)
{
    if (route.segments.size() != segments.size())
        return false;
    QStringList found;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString& expected = route.segments.at(i);
        if (expected.startsWith(QLatin1Char('{'))) {
            if (segments.at(i).isEmpty())
                return false;
            found.append(segments.at(i));
        } else if (expected != segments.at(i)) {
            return false;
        }
    }
    *parameters = found;
    return true;
}

HttpReply Router::dispatch(const HttpRequest& request) const
{
    const QStringList segments = request.path.split(QLatin1Char('/'));
    QList<QByteArray> allowed;
    for (const Route& route : m_routes) {
        QStringList parameters;
        if (!matches(route, segments, &parameters))
            continue;
        if (route.method == request.method)
            return route.handler(request, parameters);
        allowed.append(route.method);
    }
    if (allowed.isEmpty()) {
        return ProblemResponse::make(404, QStringLiteral("not_found"),
                                     QCoreApplication::translate("sp::Router", "There is nothing at this path."),
                                     request.requestId);
    }
    HttpReply reply = ProblemResponse::make(
        405, QStringLiteral("method_not_allowed"),
        QCoreApplication::translate("sp::Router", "This path does not accept this method."), request.requestId);
    reply.setHeader(QByteArrayLiteral("Allow"), allowed.join(", "));
    return reply;
}

} // namespace sp
